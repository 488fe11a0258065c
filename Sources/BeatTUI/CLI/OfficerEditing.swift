import ArgumentParser
import BeatCore

/// `beat officer add|edit|deactivate`: the officers of the station.
extension OfficerCommand {
    struct Add: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an officer.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Their id (e.g. kaczmarek).") var id: String
        @Option(help: "Their name.") var name: String
        @Option(help: "Rank, abbreviated (st. sierż., mł. asp. …).") var rank: String
        @Option(help: "Badge number.") var badge: String
        @Option(help: "Their district.") var district: String
        @Option(help: "Their beat (a dzielnicowy has one; a supervisor none).") var beat: String?
        @Option(help: "Phone.") var phone: String = ""
        @Option(help: "E-mail.") var email: String = ""
        @Option(help: "f or m: Polish that agrees with them (dzielnicowa, dodała).") var gender: Gender?
        @Option(help: "Their Unix account: Beat then knows them by it.") var login: String?
        @Option(help: "officer or supervisor (supervisors set up the station and may act for others).") var role: OfficerRole = .officer

        func run(_ session: Session) throws {
            try Station.add(session, .officer, id, exists: { $0.officer(id) != nil }) { model in
                _ = try Arguments.district(district, in: model)
                return .putOfficer(Officer(id: id, rank: rank, name: name, badge: badge, phone: phone, email: email, district: district,
                                           beat: beat, gender: gender, login: login, role: role))
            }
        }
    }

    struct Edit: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change an officer's details (\"\" clears beat and login).")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The officer's id.") var id: String
        @Option(help: "Their name.") var name: String?
        @Option(help: "Rank.") var rank: String?
        @Option(help: "Badge number.") var badge: String?
        @Option(help: "Their district.") var district: String?
        @Option(help: "Their beat (\"\": none).") var beat: String?
        @Option(help: "Phone.") var phone: String?
        @Option(help: "E-mail.") var email: String?
        @Option(help: "f or m.") var gender: Gender?
        @Option(help: "Their Unix account (\"\": none).") var login: String?
        @Option(help: "officer or supervisor.") var role: OfficerRole?

        func run(_ session: Session) throws {
            try Station.edit(session, .officer, id, find: { $0.officer(id) }, unknown: L10n.unknownOfficer(id), put: Change.putOfficer) { o, model in
                if let name { o.name = name }
                if let rank { o.rank = rank }
                if let badge { o.badge = badge }
                if let district { o.district = try Arguments.district(district, in: model) }
                o.beat = Station.optional(beat, o.beat)
                if let phone { o.phone = phone }
                if let email { o.email = email }
                if let gender { o.gender = gender }
                o.login = Station.optional(login, o.login)
                if let role { o.role = role }
            }
        }
    }

    struct Deactivate: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "deactivate",
            abstract: "An officer leaves: every open task moves to the officer taking over, in one change.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The officer leaving.") var id: String
        @Option(help: "Who takes over their open tasks (needed while they have any).") var handover: String?

        func run(_ session: Session) throws {
            let store = try session.openStore(.reference)
            _ = try Arguments.officer(id, in: store.model)
            if let h = handover { _ = try Arguments.officer(h, in: store.model) }
            let moving = store.model.tasks.filter { $0.assignee == id && $0.isOpen }.count
            try session.write(store, .deactivateOfficer(OfficerDeactivation(officer: id, handover: handover)))
            Output.line(L10n.officerDeactivated(store.model.officer(id)!, handover: handover.flatMap { store.model.officer($0) },
                                                tasks: handover == nil ? 0 : moving))
        }
    }
}
