import ArgumentParser
import BeatCore

/// `beat rejon` (also `beat beats`): the beats (rejony służbowe) and their streets.
struct RejonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rejon", abstract: "Beats (rejony służbowe) and their streets.",
                                                    subcommands: [List.self, Add.self, Edit.self], aliases: ["beats"])

    struct List: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List beats with their streets.")
        @OptionGroup var common: CommonOptions
        @Option(help: "Only this district's beats.") var district: String?
        @Flag(help: "JSON output (keys: id, district, number, name, streets).") var json = false

        func run(_ session: Session) throws {
            let model = try session.openStore(.head).model
            if let d = district { _ = try Arguments.district(d, in: model) }
            let beats = model.beats.filter { district == nil || $0.district == district }
                .sorted { ($0.district, $0.number ?? Int.max, $0.id) < ($1.district, $1.number ?? Int.max, $1.id) }
            if json { return Output.json(.array(beats.map(JSONForms.beat))) }
            var table = TextTable([.init("ID"), .init(L10n.colDistrict), .init(L10n.colNumber, alignRight: true),
                                   .init(L10n.colNameOfThing, flexible: true, minWidth: 8), .init(L10n.colOfficer, flexible: true, minWidth: 8),
                                   .init(L10n.colStreets, flexible: true, minWidth: 12)])
            for b in beats {
                table.add([b.id, model.district(b.district)?.name ?? b.district, b.number.map(String.init) ?? "—", b.name,
                           model.officer(forBeat: b.id)?.surname ?? "—", b.streets.joined(separator: ", ")])
            }
            Output.table(table)
        }
    }

    struct Add: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a beat.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Its id (e.g. dobrzec-1).") var id: String
        @Option(help: "The district it is in.") var district: String
        @Option(help: "Its name (e.g. Dobrzec Północ).") var name: String
        @Option(help: "Its number in the district (rejon służbowy nr N).") var number: Int?
        @Option(help: "A street of the beat (repeatable); a street belongs to one beat only.") var street: [String] = []

        func run(_ session: Session) throws {
            try Station.add(session, .beat, id, exists: { $0.beat(id) != nil }) { model in
                _ = try Arguments.district(district, in: model)
                return .putBeat(Beat(id: id, district: district, number: number, name: name, streets: street))
            }
        }
    }

    struct Edit: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change a beat: name, number, district, streets.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The beat's id.") var id: String
        @Option(help: "Its name.") var name: String?
        @Option(help: "Its number in the district.") var number: Int?
        @Option(help: "The district it is in.") var district: String?
        @Option(help: "The streets, all of them (repeatable; replaces the list).") var street: [String] = []
        @Option(help: "A street to add (repeatable).") var addStreet: [String] = []
        @Option(help: "A street to remove (repeatable; Polish letters and case ignored).") var removeStreet: [String] = []

        func run(_ session: Session) throws {
            try Station.edit(session, .beat, id, find: { $0.beat(id) }, unknown: L10n.unknownBeat(id), put: Change.putBeat) { b, model in
                if let name { b.name = name }
                if let number { b.number = number }
                if let district { b.district = try Arguments.district(district, in: model) }
                if !street.isEmpty { b.streets = street }
                for s in removeStreet {
                    let key = StreetMatcher.key(s)
                    guard b.streets.contains(where: { StreetMatcher.key($0) == key }) else { throw BeatError.usage(L10n.streetNotInBeat(s, id)) }
                    b.streets.removeAll { StreetMatcher.key($0) == key }
                }
                b.streets += addStreet
            }
        }
    }
}
