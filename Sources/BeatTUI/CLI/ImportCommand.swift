import ArgumentParser
import BeatCore
import Foundation

/// `beat import officers|streets|members FILE.csv`: a station's spreadsheets, all or nothing.
struct ImportCommand: SessionCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import officers, streets or team members from a CSV file: all rows or none, one journal entry.",
        discussion: """
        officers: id,name,rank,badge,district,beat,phone,email,gender,login,role (id, name, district required)
        streets:  beat,district,number,name,street — one row per street; a new beat is created (it needs a name)
        members:  team,name,role,organisation,phone,email,gender,nominatedBy (team, name, role required)
        UTF-8, a header row, columns in any order; any other column is refused. Every bad row is reported as
        FILE:LINE: reason (exit 65) and nothing is imported; importing the same file again changes nothing.
        """)
    @OptionGroup var common: CommonOptions
    @Argument(help: "What the file holds: officers, streets or members.") var kind: ImportKind
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "Check the file and say what would change, without changing anything.") var dryRun = false

    func run(_ session: Session) throws {
        let store = try session.openStore(.head)
        guard let bytes = FileManager.default.contents(atPath: file) else { throw BeatError.noInput(L10n.cannotReadInput(file)) }
        let name = (file as NSString).lastPathComponent
        let plan: RecordImport?
        do {
            plan = try StationImport.changes(kind, Array(bytes), name: file, model: store.model,
                                             by: ChangeContext(by: try session.journalName(in: store.model), at: session.clock.now))
        } catch let e as CSVProblems {
            throw BeatError.badInput(e.problems.map(\.description) + [L10n.importNothingDone])
        }
        guard var plan else { return Output.line(L10n.importNothingToChange(file)) }
        plan.file = name
        if dryRun { return Output.line(L10n.importWouldChange(plan.kind, plan.changes.count)) }
        try session.write(store, .importRecords(plan))
        Output.line(L10n.imported(plan.kind, plan.changes.count, file))
    }
}
