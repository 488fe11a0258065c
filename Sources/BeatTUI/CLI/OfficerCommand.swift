import ArgumentParser
import BeatCore

struct OfficerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "officer", abstract: "Officers.", subcommands: [List.self])

    struct List: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List officers.")
        @OptionGroup var common: CommonOptions
        @Flag(help: "JSON output (keys: id, name, rank, badge, district, beat, phone, email, active).")
        var json = false

        func run(_ session: Session) throws {
            let model = try session.openStore(.head).model
            let officers = model.officers.sorted { ($0.district, $0.surname, $0.id) < ($1.district, $1.surname, $1.id) }
            if json { return Output.json(.array(officers.map(JSONForms.officer))) }
            var table = TextTable([.init("ID"), .init(L10n.colRank), .init(L10n.colName, flexible: true), .init(L10n.colBadge),
                                   .init(L10n.colDistrict), .init(L10n.colBeat), .init(L10n.colPhone)])
            for o in officers {
                table.add([o.id, o.rank, o.name + (o.active ? "" : " " + L10n.inactiveMark), o.badge,
                           model.district(o.district)?.name ?? o.district, o.beat.flatMap { model.beat($0)?.name } ?? "—", o.phone])
            }
            Output.table(table)
        }
    }
}
