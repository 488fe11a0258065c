import ArgumentParser
import BeatCore

/// `beat district`: the districts (dzielnice) of the station.
struct DistrictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "district", abstract: "Districts (dzielnice).",
                                                    subcommands: [List.self, Add.self, Edit.self])

    struct List: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List districts.")
        @OptionGroup var common: CommonOptions
        @Flag(help: "JSON output (keys: id, name, city, residents).") var json = false

        func run(_ session: Session) throws {
            let model = try session.openStore(.head).model
            let districts = model.districts.sorted { PolishCollation.less($0.name, $1.name) }
            if json { return Output.json(.array(districts.map(JSONForms.district))) }
            var table = TextTable([.init("ID"), .init(L10n.colNameOfThing, flexible: true), .init(L10n.colCity),
                                   .init(L10n.colResidents, alignRight: true), .init(L10n.colBeats, alignRight: true)])
            for d in districts {
                table.add([d.id, d.name, d.city, L10n.reportNumber(d.residents), String(model.beats.filter { $0.district == d.id }.count)])
            }
            Output.table(table)
        }
    }

    struct Add: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a district.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Its id: lower-case letters, digits, - (e.g. dobrzec).") var id: String
        @Option(help: "Its name.") var name: String
        @Option(help: "The city.") var city: String = ""
        @Option(help: "How many people live there (for contacts per 1,000 residents).") var residents: Int = 0

        func run(_ session: Session) throws {
            try Station.add(session, .district, id, exists: { $0.district(id) != nil }) { _ in
                .putDistrict(District(id: id, name: name, city: city, residents: residents, streets: []))
            }
        }
    }

    struct Edit: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change a district's name, city or residents.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The district's id.") var id: String
        @Option(help: "Its name.") var name: String?
        @Option(help: "The city.") var city: String?
        @Option(help: "How many people live there.") var residents: Int?

        func run(_ session: Session) throws {
            try Station.edit(session, .district, id, find: { $0.district(id) }, unknown: L10n.unknownDistrict(id), put: Change.putDistrict) { d, _ in
                if let name { d.name = name }
                if let city { d.city = city }
                if let residents { d.residents = residents }
            }
        }
    }
}
