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
        let name = (file as NSString).lastPathComponent
        switch kind {
        case .records(let kind):
            try importing(session, .head, plan: { bytes, store in
                var plan = try StationImport.changes(kind, bytes, name: file, model: store.model,
                                                     by: ChangeContext(by: try session.journalName(in: store.model), at: session.clock.now))
                plan?.file = name
                return plan
            }, would: { L10n.importWouldChange($0.kind, $0.changes.count) }, change: { .importRecords($0) },
               done: { L10n.imported($0.kind, $0.changes.count, file) })
        case .figures:
            try importing(session, .reference, plan: { var f = try EvidenceImport.figures($0, name: file, model: $1.model); f?.file = name; return f },
                          would: L10n.importFiguresWould, change: { .importFigures($0) }, done: L10n.importedFigures)
        case .survey:
            try importing(session, .reference, plan: { var r = try EvidenceImport.survey($0, name: file, model: $1.model); r?.file = name; return r },
                          would: L10n.importSurveyWould, change: { .recordSurveys($0) }, done: L10n.importedSurvey)
        }
    }

    /// The steps every import takes: read the file, plan its change (nil: nothing to change;
    /// bad rows: each reported, nothing done), then say what it would change, or write it.
    private func importing<Plan>(_ session: Session, _ scope: LoadScope, plan: ([UInt8], any BeatStore) throws -> Plan?,
                                 would: (Plan) -> String, change: (Plan) -> Change, done: (Plan) -> String) throws {
        let store = try session.openStore(scope)
        guard let bytes = FileManager.default.contents(atPath: file) else { throw BeatError.noInput(L10n.cannotReadInput(file)) }
        let planned: Plan?
        do {
            planned = try plan(Array(bytes), store)
        } catch let e as CSVProblems {
            throw BeatError.badInput(e.problems.map(\.description) + [L10n.importNothingDone])
        }
        guard let planned else { return Output.line(L10n.importNothingToChange(file)) }
        if dryRun { return Output.line(would(planned)) }
        try session.write(store, change(planned))
        Output.line(done(planned))
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

    public static func parse(_ text: String) -> ImportSubject? {
        switch text.lowercased() {
        case "figures", "dane-policyjne", "dane policyjne": return .figures
        case "survey", "surveys", "ankieta", "badanie": return .survey
        default: return ImportKind.parse(text).map(ImportSubject.records)
        }
    }
    public static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.badImportKind(text), option: option) }
}
