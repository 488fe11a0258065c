import ArgumentParser
import BeatCore
import Foundation

/// `beat import officers|streets|members|figures|survey FILE.csv`: a station's spreadsheets and
/// its evidence (police figures, survey results), all or nothing.
struct ImportCommand: SessionCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import officers, streets, team members, police figures or survey results from a CSV file: all rows or none, one journal entry.",
        discussion: """
        officers: id,name,rank,badge,district,beat,phone,email,gender,login,role (id, name, district required)
        streets:  beat,district,number,name,street — one row per street; a new beat is created (it needs a name)
        members:  team,name,role,organisation,phone,email,gender,nominatedBy (team, name, role required)
        figures:  month,district,beat,category,kind,count — month YYYY-MM, beat may be empty, kind intervention,
                  offence, misdemeanour or call; the months in the file are replaced whole
        survey:   district,day,respondents,question,answer,count — one row per answer, one round per district and
                  day (a round recorded for that day is replaced); question safety, concerns or another's text
        UTF-8, a header row, columns in any order; any other column is refused. Every bad row is reported as
        FILE:LINE: reason (exit 65) and nothing is imported; importing the same file again changes nothing.
        """)
    @OptionGroup var common: CommonOptions
    @Argument(help: "What the file holds: officers, streets, members, figures or survey.") var kind: ImportSubject
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "Check the file and say what would change, without changing anything.") var dryRun = false

    func run(_ session: Session) throws {
        guard case .records(let kind) = kind else { return try importEvidence(session) }
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

    /// Police figures or survey results: the register's side of the store.
    private func importEvidence(_ session: Session) throws {
        let store = try session.openStore(.reference)
        guard let bytes = FileManager.default.contents(atPath: file) else { throw BeatError.noInput(L10n.cannotReadInput(file)) }
        let name = (file as NSString).lastPathComponent
        do {
            switch kind {
            case .figures:
                guard var f = try EvidenceImport.figures(Array(bytes), name: file, model: store.model) else {
                    return Output.line(L10n.importNothingToChange(file))
                }
                f.file = name
                if dryRun { return Output.line(L10n.importFiguresWould(f)) }
                try session.write(store, .importFigures(f))
                Output.line(L10n.importedFigures(f))
            case .survey:
                guard var r = try EvidenceImport.survey(Array(bytes), name: file, model: store.model) else {
                    return Output.line(L10n.importNothingToChange(file))
                }
                r.file = name
                if dryRun { return Output.line(L10n.importSurveyWould(r)) }
                try session.write(store, .recordSurveys(r))
                Output.line(L10n.importedSurvey(r))
            case .records: break
            }
        } catch let e as CSVProblems {
            throw BeatError.badInput(e.problems.map(\.description) + [L10n.importNothingDone])
        }
    }
}

/// What `beat import` reads: one of the station's spreadsheets, or evidence.
enum ImportSubject: CommandLineValue, CaseIterable {
    case records(ImportKind)
    case figures
    case survey

    static var allCases: [ImportSubject] { ImportKind.allCases.map(ImportSubject.records) + [.figures, .survey] }
    static var allValueStrings: [String] { allCases.map(\.id) }

    var id: String {
        switch self {
        case .records(let k): return k.rawValue
        case .figures: return "figures"
        case .survey: return "survey"
        }
    }

    init?(argument: String) { guard let v = Self.argument(argument) else { return nil }; self = v }
    static func parse(_ text: String) -> ImportSubject? {
        switch text.lowercased() {
        case "figures", "dane-policyjne", "dane policyjne": return .figures
        case "survey", "surveys", "ankieta", "badanie": return .survey
        default: return ImportKind.parse(text).map(ImportSubject.records)
        }
    }
    static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.badImportKind(text), option: option) }
}
