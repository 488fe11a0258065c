import ArgumentParser
import BeatCore

struct OfficerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "officer", abstract: "Officers.",
                                                    subcommands: [List.self, Add.self, Edit.self, Deactivate.self])

    struct List: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List officers.")
        @OptionGroup var common: CommonOptions
        @Flag(help: "JSON output (keys: id, name, rank, badge, district, beat, phone, email, active, gender, login, role).")
        var json = false

        func run(_ session: Session) throws {
            let model = try session.openStore(.head).model
            let officers = model.officers.sorted { ($0.district, $0.surname, $0.id) < ($1.district, $1.surname, $1.id) }
            if json { return Output.json(.array(officers.map(JSONForms.officer))) }
            // The name tells officers apart, the phone is no use cut: on a narrow page the
            // district and the beat go under the officer's line.
            var table = TextTable([.init("ID"), .init(L10n.colRank), .init(L10n.colName, role: .identity, minWidth: 12),
                                   .init(L10n.colBadge), .init(L10n.colDistrict, leaves: 2), .init(L10n.colBeat, leaves: 1),
                                   .init(L10n.colPhone)])
            for o in officers {
                table.add([o.id, o.rank, o.name + (o.active ? "" : " " + L10n.inactiveMark(o.gender)), o.badge,
                           model.district(o.district)?.name ?? o.district, o.beat.flatMap { b in model.beat(b).map(L10n.beatShort) ?? b } ?? "—", o.phone])
            }
            Output.table(table)
        }
    }
}
