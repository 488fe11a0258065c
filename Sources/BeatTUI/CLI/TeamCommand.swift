import ArgumentParser
import BeatCore

/// `beat team`: the district coordination teams and their members.
struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "team", abstract: "Coordination teams and their members.",
                                                    subcommands: [List.self, Add.self, Edit.self, Member.self])

    struct List: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the teams and their members.")
        @OptionGroup var common: CommonOptions
        @Flag(help: "JSON output (keys: id, district, name, members: id, name, role, organisation, phone, email, gender, nominatedBy).")
        var json = false

        func run(_ session: Session) throws {
            let model = try session.openStore(.head).model
            let teams = model.teams.sorted { ($0.district, $0.id) < ($1.district, $1.id) }
            if json { return Output.json(.array(teams.map(JSONForms.team))) }
            for (k, t) in teams.enumerated() {
                if k > 0 { Output.line("") }
                Output.line("\(t.name) (\(t.id)) — \(model.district(t.district)?.name ?? t.district)")
                // The name stays whole; on a narrow page the role (with whom it represents) goes under the row.
                var table = TextTable([.init("ID"), .init(L10n.colName, role: .identity, minWidth: 12),
                                       .init(L10n.colRole, role: .text, minWidth: 10, leaves: 1), .init(L10n.colPhone)])
                for m in t.members {
                    let nominated = m.nominatedBy.map { "; " + L10n.nominatedBy(t.member($0)?.name ?? $0, m.gender) } ?? ""
                    table.add([m.id, m.name, L10n.memberRole(m, in: model) + nominated, m.phone ?? ""])
                }
                Output.table(table)
            }
        }
    }

    struct Add: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a team (its members: beat team member add).")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Its id (e.g. zespol-dobrzec).") var id: String
        @Option(help: "The district it serves.") var district: String
        @Option(help: "Its name.") var name: String

        func run(_ session: Session) throws {
            try Station.add(session, .team, id, exists: { $0.team(id) != nil }) { model in
                _ = try Arguments.district(district, in: model)
                return .putTeam(CoordinationTeam(id: id, district: district, name: name, members: []))
            }
        }
    }

    struct Edit: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change a team's name or district.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The team's id.") var id: String
        @Option(help: "Its name.") var name: String?
        @Option(help: "The district it serves (only before it has meetings or tasks).") var district: String?

        func run(_ session: Session) throws {
            let store = try session.openStore(.head)
            guard let t = store.model.team(id) else { throw BeatError.usage(L10n.unknownTeam(id)) }
            if let district { _ = try Arguments.district(district, in: store.model) }
            let edit = TeamEdit(team: id, name: name ?? t.name, district: district ?? t.district)
            try Station.save(session, store, edit.name == t.name && edit.district == t.district ? nil : .editTeam(edit), .team, id)
        }
    }

    struct Member: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "member", abstract: "A team's members.",
                                                        subcommands: [Add.self, Edit.self, Remove.self])

        /// The options a member's details take, for add and edit alike.
        struct Details: ParsableArguments {
            @Option(help: "Their name.") var name: String?
            @Option(help: "Their role (\(PartnerRole.allCases.map(\.rawValue).joined(separator: ", ")); Polish names too).")
            var role: PartnerRole?
            @Option(help: "Their organisation: a partner organisation's id or name (\"\": none).") var organisation: String?
            @Option(help: "Phone (\"\": none).") var phone: String?
            @Option(help: "E-mail (\"\": none).") var email: String?
            @Option(help: "f or m: Polish that agrees with them (przewodnicząca, wyznaczona).") var gender: Gender?
            @Option(help: "For a designated contact: the member who nominated them (id or name).") var nominatedBy: String?

            /// `m` with the details given applied.
            func applied(to m: Partner, team: CoordinationTeam, model: Model) throws -> Partner {
                var m = m
                if let name { m.name = name }
                if let role { m.role = role }
                if let organisation { m.organisation = organisation.isEmpty ? "" : try Arguments.organisation(organisation, in: model) }
                m.phone = Station.optional(phone, m.phone)
                m.email = Station.optional(email, m.email)
                if let gender { m.gender = gender }
                if let n = nominatedBy {
                    guard let found = team.members.first(where: { $0.id == n || TextFold.key($0.name) == TextFold.key(n) }) else {
                        throw BeatError.usage(L10n.unknownPartner(n))
                    }
                    m.nominatedBy = found.id
                }
                return m
            }
        }

        struct Add: SessionCommand {
            static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a member to a team.")
            @OptionGroup var common: CommonOptions
            @Argument(help: "The team's id.") var team: String
            @Option(help: "Their id (default: made from the name).") var id: String?
            @OptionGroup var details: Details

            func run(_ session: Session) throws {
                let store = try session.openStore(.head)
                guard let t = store.model.team(team) else { throw BeatError.usage(L10n.unknownTeam(team)) }
                guard let name = details.name else { throw BeatError.usage(L10n.optionNeeded("--name")) }
                guard let role = details.role else { throw BeatError.usage(L10n.optionNeeded("--role")) }
                let taken = Set(store.model.teams.flatMap { $0.members.map(\.id) })
                let memberID = id ?? StationImport.uniqueID(StationImport.slug(name), taken: taken)
                guard store.model.partner(memberID) == nil else { throw BeatError.usage(L10n.alreadyExists(.member, memberID)) }
                let m = try details.applied(to: Partner(id: memberID, name: name, role: role, organisation: ""), team: t, model: store.model)
                try session.write(store, .putMember(MemberPut(team: team, member: m)))
                Output.line(L10n.recordAdded(.member, memberID))
            }
        }

        struct Edit: SessionCommand {
            static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change a member's details.")
            @OptionGroup var common: CommonOptions
            @Argument(help: "The team's id.") var team: String
            @Argument(help: "The member's id.") var member: String
            @OptionGroup var details: Details

            func run(_ session: Session) throws {
                let store = try session.openStore(.head)
                guard let t = store.model.team(team) else { throw BeatError.usage(L10n.unknownTeam(team)) }
                guard let old = t.member(member) else { throw BeatError.usage(L10n.unknownPartner(member)) }
                let m = try details.applied(to: old, team: t, model: store.model)
                try Station.save(session, store, m == old ? nil : .putMember(MemberPut(team: team, member: m)), .member, member)
            }
        }

        struct Remove: SessionCommand {
            static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a member no task, meeting or contact names.")
            @OptionGroup var common: CommonOptions
            @Argument(help: "The team's id.") var team: String
            @Argument(help: "The member's id.") var member: String

            func run(_ session: Session) throws {
                let store = try session.openStore(.head)
                guard store.model.team(team) != nil else { throw BeatError.usage(L10n.unknownTeam(team)) }
                try session.write(store, .removeMember(MemberRemoval(team: team, member: member)))
                Output.line(L10n.memberRemoved(member, team))
            }
        }
    }
}
