import ArgumentParser
import BeatCore

/// `beat organisation` (also `beat org`): partner organisations — housing cooperatives,
/// schools, the city guard, social welfare, the road authority, other police units.
struct OrganisationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "organisation", abstract: "Partner organisations.",
                                                    subcommands: [List.self, Add.self, Edit.self], aliases: ["org"])

    struct List: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List partner organisations.")
        @OptionGroup var common: CommonOptions
        @Flag(help: "JSON output (keys: id, name, kind, district, phone, email).") var json = false

        func run(_ session: Session) throws {
            let model = try session.openStore(.head).model
            let orgs = model.organisations.sorted { PolishCollation.less($0.name, $1.name) }
            if json { return Output.json(.array(orgs.map(JSONForms.organisation))) }
            var table = TextTable([.init("ID"), .init(L10n.colNameOfThing, flexible: true, minWidth: 10), .init(L10n.colKind, flexible: true, minWidth: 8),
                                   .init(L10n.colDistrict), .init(L10n.colPhone)])
            for o in orgs {
                table.add([o.id, o.name, L10n.organisationKindName(o.kind), o.district.map { model.district($0)?.name ?? $0 } ?? "—", o.phone ?? ""])
            }
            Output.table(table)
        }
    }

    struct Add: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a partner organisation.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Its id (e.g. sm-dobrzec).") var id: String
        @Option(help: "Its name.") var name: String
        @Option(help: "What it is (\(OrganisationKind.allCases.map(\.rawValue).joined(separator: ", ")); Polish names too).")
        var kind: OrganisationKind
        @Option(help: "The district it works in (none: the whole city).") var district: String?
        @Option(help: "Phone.") var phone: String?
        @Option(help: "E-mail.") var email: String?

        func run(_ session: Session) throws {
            try Station.add(session, .organisation, id, exists: { $0.organisation(id) != nil }) { model in
                if let d = district { _ = try Arguments.district(d, in: model) }
                return .putOrganisation(PartnerOrganisation(id: id, name: name, kind: kind, district: district, phone: phone, email: email))
            }
        }
    }

    struct Edit: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change a partner organisation (\"\" clears a field).")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Its id.") var id: String
        @Option(help: "Its name.") var name: String?
        @Option(help: "What it is.") var kind: OrganisationKind?
        @Option(help: "The district it works in (\"\": the whole city).") var district: String?
        @Option(help: "Phone.") var phone: String?
        @Option(help: "E-mail.") var email: String?

        func run(_ session: Session) throws {
            try Station.edit(session, .organisation, id, find: { $0.organisation(id) }, unknown: L10n.unknownOrganisation(id),
                             put: Change.putOrganisation) { o, model in
                if let name { o.name = name }
                if let kind { o.kind = kind }
                o.district = try Station.optional(district, o.district).map { try Arguments.district($0, in: model) }
                o.phone = Station.optional(phone, o.phone)
                o.email = Station.optional(email, o.email)
            }
        }
    }
}
