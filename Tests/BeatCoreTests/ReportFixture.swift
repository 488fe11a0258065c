import BeatCore
import BeatDemo
import Foundation
import XCTest

/// The printouts' fixture: the demo pilot on 2026-11-22 (deterministic), plus a few records
/// whose text is hostile — escape sequences, tabs, newlines, bidirectional overrides, very
/// long Polish words, and characters that mean something in Markdown, CSV and iCalendar.
enum ReportFixture {
    static let today = Day("2026-11-22")!
    static let offset = 60
    static let clock = Clock(today: today, now: Timestamp(day: today, hour: 9, minute: 41, offsetMinutes: offset), isPinned: true)
    static let source = ReportSource(path: "/srv/beat/kalisz", id: "demo-kalisz", seq: 0)

    static let esc = "\u{1B}[31mCZERWONY\u{1B}[0m"
    static let longWord = "Konstantynopolitańczykowianeczkowonajdziwniejszymiprzedsiębiorstwami"
    static let hostileTitle = "Zgłoszenie \(esc)\tz ulicy | Łódzkiej, \"cytat\"; \u{202E}odwrócone\u{202C} *gwiazdki* [link](x) "
        + longWord
    static let hostileNote = "Notatka\nz nową linią\r\ni \u{07}dzwonkiem, \u{1B}]0;tytuł\u{07} oraz \u{9B}31m"
    static let hostileSummary = "=SUMA(A1) mieszkanka mówi:\n\u{1B}[2J wyczyść ekran\t\u{2066}izolowane\u{2069} " + longWord

    /// The hostile task (overdue, Kaczmarek's, plan 2), note and contact added to the demo.
    static let model: Model = {
        var m = DemoPilot.model(today: today, offsetMinutes: offset)
        let ctx = ChangeContext(by: "kaczmarek", at: Timestamp(day: Day("2026-11-20")!, hour: 10, offsetMinutes: offset))
        do {
            guard case .task(let id)? = try m.apply(.addTask(TaskDraft(plan: 2, title: hostileTitle,
                                                                       description: "Opis\r\nw dwóch\u{0B}liniach\u{1B}[1m",
                                                                       assignee: "kaczmarek", due: Day("2026-11-21"), priority: .high)),
                                                    context: ctx).created else { fatalError("no task") }
            try m.apply(.addNote(NoteAddition(task: id, text: hostileNote)), context: ctx)
            try m.apply(.addTask(TaskDraft(title: "Krótkie: " + longWord + longWord, assignee: "kaczmarek", due: Day("2026-11-30"))),
                        context: ctx)
            try m.apply(.addContact(ContactDraft(time: Timestamp(day: Day("2026-11-20")!, hour: 11, offsetMinutes: offset),
                                                 officer: "kaczmarek", district: "dobrzec", beat: "dobrzec-2",
                                                 place: "ul. Polna 7\t\u{1B}[5m", channel: .phone, category: .publicDrinking,
                                                 summary: hostileSummary,
                                                 resident: ResidentData(name: "Zdzisława \u{1B}[7mŁęcka", phone: "+48 600 100 200",
                                                                        email: "z.lecka@example.pl", address: "ul. Polna 7/3"),
                                                 followUp: Day("2026-11-27"))), context: ctx)
        } catch {
            fatalError("fixture: \(error)")
        }
        return m
    }()

    /// One printout per kind, with the options the golden files use.
    static let cases: [(name: String, kind: ReportKind, options: ReportOptions)] = [
        ("progress", .progress, ReportOptions()),
        ("officer", .officer, ReportOptions(officer: "kaczmarek")),
        ("officer-personal", .officer, ReportOptions(officer: "kaczmarek", withPersonalData: true)),
        ("plan", .plan, ReportOptions(plan: 2)),
        ("contacts", .contacts, ReportOptions()),
        ("districts", .districts, ReportOptions()),
        ("letter", .letter, ReportOptions(officer: "kaczmarek")),
        ("meeting", .meeting, ReportOptions(team: "zespol-dobrzec")),
        ("invitation", .invitation, ReportOptions(officer: "wisniewski", team: "zespol-dobrzec")),
        ("threats", .threats, ReportOptions(district: "dobrzec")),
    ]

    static func document(_ kind: ReportKind, _ options: ReportOptions) throws -> ReportDocument {
        try Reports.build(kind: kind, model: model, options: options, clock: clock, source: source)
    }
}

/// Golden files under Tests/BeatCoreTests/Golden; `BEAT_UPDATE_GOLDEN=1 swift test` rewrites them.
func assertGolden(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["BEAT_UPDATE_GOLDEN"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        XCTAssertNoThrow(try Data(actual.utf8).write(to: url), file: file, line: line)
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        XCTFail("no golden file \(name); run BEAT_UPDATE_GOLDEN=1 swift test", file: file, line: line)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != actual {
        let got = NSTemporaryDirectory() + "beat-golden-" + name
        try? Data(actual.utf8).write(to: URL(fileURLWithPath: got))
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        let i = (0..<min(e.count, a.count)).first { e[$0] != a[$0] } ?? min(e.count, a.count)
        XCTFail("\(name) differs from the golden file at line \(i + 1):\n  golden: \(i < e.count ? e[i] : "<end>")\n  actual: \(i < a.count ? a[i] : "<end>")\n(actual written to \(got))",
                file: file, line: line)
    }
}
