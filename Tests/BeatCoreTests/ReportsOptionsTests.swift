@testable import BeatCore
import Foundation
import XCTest

/// The options of the printouts, their checks, pages, the footer, and the small helpers
/// the printouts rely on.
final class ReportsOptionsTests: XCTestCase {

    func build(_ kind: ReportKind, _ o: ReportOptions, clock: Clock = ReportFixture.clock) throws -> ReportDocument {
        try Reports.build(kind: kind, model: ReportFixture.model, options: o, clock: clock, source: ReportFixture.source)
    }

    func assertUsage(_ kind: ReportKind, _ o: ReportOptions, _ needle: String, line: UInt = #line) {
        XCTAssertThrowsError(try build(kind, o), line: line) { e in
            guard case .usage(let m) = e as? BeatError else { return XCTFail("\(e)", line: line) }
            XCTAssertTrue(m.contains(needle), m, line: line)
            XCTAssertEqual((e as? BeatError)?.exitCode, 64, line: line)
        }
    }

    func testWrongOptionsAreUsageErrorsThatSayWhatToDo() {
        assertUsage(.officer, ReportOptions(), "--officer ID albo --as ID")
        assertUsage(.letter, ReportOptions(), "--officer ID albo --as ID")
        assertUsage(.officer, ReportOptions(officer: "nikt"), "Nie ma funkcjonariusza o identyfikatorze „nikt”")
        assertUsage(.plan, ReportOptions(), "--plan NR")
        assertUsage(.plan, ReportOptions(plan: 99), "Nie ma planu bezpieczeństwa nr 99")
        assertUsage(.letter, ReportOptions(officer: "kaczmarek", plan: 2), "nie przyjmuje opcji --plan")
        assertUsage(.contacts, ReportOptions(withPersonalData: true), "nie przyjmuje opcji --with-personal-data")
        assertUsage(.progress, ReportOptions(district: "rypinek"), "Nie ma dzielnicy")
        assertUsage(.progress, ReportOptions(district: "widok", plan: 2), "Plan nr 2 dotyczy innej dzielnicy")
        assertUsage(.progress, ReportOptions(from: Day("2026-11-30"), to: Day("2026-11-01")), "kończy się (--to 2026-11-01)")
        assertUsage(.progress, ReportOptions(width: 12), "--width 12")
        assertUsage(.progress, ReportOptions(pageLength: 5), "--page-length 5")
        assertUsage(.meeting, ReportOptions(), "--team ID")
        assertUsage(.meeting, ReportOptions(team: "zespol-rypinek"), "Nie ma zespołu koordynacyjnego o identyfikatorze „zespol-rypinek”")
        assertUsage(.meeting, ReportOptions(team: "zespol-dobrzec", since: ReportFixture.today), "musi zaczynać się przed dniem dzisiejszym")
        assertUsage(.meeting, ReportOptions(district: "dobrzec", team: "zespol-dobrzec"), "nie przyjmuje opcji --district")
        assertUsage(.progress, ReportOptions(team: "zespol-dobrzec"), "nie przyjmuje opcji --team")
        assertUsage(.contacts, ReportOptions(since: ReportFixture.today), "nie przyjmuje opcji --since")
    }

    func testEveryKindIsListedOnceAndFoundByName() {
        XCTAssertEqual(Reports.kinds.map(\.id), ["progress", "officer", "plan", "contacts", "districts", "letter", "meeting", "invitation", "programme", "threats"])
        XCTAssertEqual(Set(Reports.kinds.map(\.id)).count, Reports.kinds.count)
        XCTAssertEqual(Reports.kind(named: "Progress"), .progress)
        XCTAssertNil(Reports.kind(named: "posiedzenie"))
        for k in Reports.kinds { XCTAssertFalse(k.purpose.isEmpty) }
        XCTAssertEqual(Reports.fileName(kind: .progress, format: .text, day: ReportFixture.today), "beat-progress-2026-11-22.txt")
    }

    func testTheFooterShowsTheTimeOnlyWhenTodayIsNotPinned() throws {
        let pinned = try build(.progress, ReportOptions()).render(.text)
        XCTAssertTrue(pinned.contains("Wygenerowano 2026-11-22 programem Beat z magazynu /srv/beat/kalisz (id"), pinned)
        XCTAssertFalse(pinned.contains("09:41"))
        var clock = ReportFixture.clock
        clock.isPinned = false
        let live = try build(.progress, ReportOptions(), clock: clock)
        XCTAssertTrue(live.render(.text).contains("Wygenerowano 2026-11-22 09:41 +01:00"))
        XCTAssertTrue(live.render(.json).contains("\"generated\": \"2026-11-22T09:41:00+01:00\""))
    }

    func testThePeriodDefaultsAndOptionsReachTheReport() throws {
        let progress = try build(.progress, ReportOptions()).render(.text)
        XCTAssertTrue(progress.contains("Okres:      2026-10-24\u{00A0}– 2026-11-22"), "the last 30 days, today the last: " + progress)
        let contacts = try build(.contacts, ReportOptions()).render(.text)
        XCTAssertTrue(contacts.contains("2026-06-01\u{00A0}– 2026-11-22"), contacts)
        let narrow = try build(.contacts, ReportOptions(district: "widok", from: Day("2026-11-01"), to: Day("2026-11-15")))
        let csv = try CSVParser.parse(narrow.render(.csv))
        XCTAssertEqual(csv[0], ["category", "categoryId", "2026-11", "total"])
        let expected = ReportFixture.model.contacts.filter {
            $0.district == "widok" && $0.time.day >= Day("2026-11-01")! && $0.time.day <= Day("2026-11-15")!
        }.count
        XCTAssertEqual(csv.dropFirst().reduce(0) { $0 + Int($1[3])! }, expected)
        let one = try build(.progress, ReportOptions(plan: 3)).render(.csv)
        XCTAssertEqual(try CSVParser.parse(one).count, 2, "the one plan only: \(one)")
    }

    func testPagesFitTheirLengthRepeatHeadersAndKeepHeadingsWithWhatFollows() throws {
        let doc = try build(.plan, ReportOptions(plan: 2))
        let plain = doc.render(.text, width: 80)
        let text = doc.render(.text, width: 80, pageLength: 24)
        let pages = text.components(separatedBy: "\n\u{0C}")
        XCTAssertGreaterThan(pages.count, 3)
        for (i, page) in pages.enumerated() {
            let lines = page.split(separator: "\n", omittingEmptySubsequences: false).filter { i < pages.count - 1 || !$0.isEmpty }
            XCTAssertLessThanOrEqual(lines.count, 24, "page \(i + 1)")
            XCTAssertTrue(lines[0].hasPrefix("Plan nr 2: Bezpieczny Dobrzec"), String(lines[0]))
            XCTAssertTrue(lines[0].hasSuffix("strona \(i + 1) z \(pages.count)"), String(lines[0]))
            if i < pages.count - 1, let last = lines.last {
                XCTAssertFalse(last.allSatisfy { $0 == "=" || $0 == "-" }, "page \(i + 1) ends with a heading or a table header")
                XCTAssertFalse(last.hasSuffix(":"), "page \(i + 1) ends with a caption: \(last)")
            }
        }
        // The task table runs over several pages: its header is repeated on each.
        let header = "Nr  Status       Termin"
        XCTAssertEqual(plain.components(separatedBy: header).count - 1, 1)
        XCTAssertGreaterThan(text.components(separatedBy: header).count - 1, 1)
        // Nothing is lost: the pages hold every line of the unpaginated text.
        let body = pages.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2) }
        for line in plain.split(separator: "\n") where !line.isEmpty { XCTAssertTrue(body.contains(line), String(line)) }
    }

    func testTheLetterIsOnePage() throws {
        for officer in ["kaczmarek", "wisniewski", "dabrowski", "zielinska", "szymanski"] {
            let text = try build(.letter, ReportOptions(officer: officer)).render(.text, width: 80, pageLength: 66)
            XCTAssertFalse(text.contains("\u{0C}"), "\(officer)'s letter runs over a page:\n\(text)")
            XCTAssertTrue(text.contains("Szanowni Państwo,"))
        }
    }

    func testPrintHelpers() {
        XCTAssertEqual(ReportTextRenderer.bar(done: 6, total: 10), "[######----]  60%")
        XCTAssertEqual(ReportTextRenderer.bar(done: 2, total: 3), "[######----]  66%")
        XCTAssertEqual(ReportTextRenderer.bar(done: 10, total: 10), "[##########] 100%")
        XCTAssertEqual(ReportTextRenderer.bar(done: 0, total: 0), "[----------]    —")
        XCTAssertEqual(ReportTextRenderer.bar(done: 29, total: 100), "[##--------]  29%")
        XCTAssertEqual(ProgressBar.text(fraction: 0.29), "[##--------]  29%", "no floating-point 28%")
        XCTAssertEqual([1, 2, 4, 5, 12, 14, 22, 25, 112].map { L10n.plural($0, "zadanie", "zadania", "zadań") },
                       ["zadanie", "zadania", "zadania", "zadań", "zadań", "zadań", "zadania", "zadań", "zadań"])
        XCTAssertEqual(L10n.reportNumber(17_000), "17\u{00A0}000")
        XCTAssertEqual(L10n.reportNumber(4_500), "4500")
        XCTAssertEqual(L10n.reportNumber(1_234_567), "1\u{00A0}234\u{00A0}567")
        XCTAssertEqual(L10n.reportDecimal(6.4, places: 1), "6,4")
        Language.en.bind {
            XCTAssertEqual(L10n.reportNumber(17_000), "17,000")
            XCTAssertEqual(L10n.reportDecimal(6.4, places: 1), "6.4")
        }
        XCTAssertEqual(SafeText.line("a\r\nb\nc\rd"), "a↵b↵c↵d", "CRLF is one line break")
        XCTAssertFalse(SafeText.needsCleaning("Łódź — „cytat” … ½ ©"), "ordinary Polish punctuation is left alone")
        for evil in ["\u{2028}", "\u{2029}", "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{80}", "\u{9F}", "\u{7F}", "\u{1B}"] {
            XCTAssertTrue(SafeText.needsCleaning("— x" + evil + "y"), evil.unicodeScalars.first!.escaped(asASCII: true))
            XCTAssertFalse(SafeText.line("— x" + evil + "y").unicodeScalars.contains(evil.unicodeScalars.first!))
        }
        XCTAssertEqual(CSVTable.guarded("=1+1"), "'=1+1")
        XCTAssertEqual(CSVTable.guarded("ul. Łódzka"), "ul. Łódzka")
        XCTAssertEqual(CSVTable.quote("a,\"b\""), "\"a,\"\"b\"\"\"")
    }

    func testPolishOrder() {
        let names = ["Żak", "Zając", "Łukasz", "Lis", "Ćma", "Cel", "ąb", "ab", "Śliwa", "Sowa", "Ozimek", "Ósemka"]
        XCTAssertEqual(names.sorted(by: PolishCollation.less),
                       ["ab", "ąb", "Cel", "Ćma", "Lis", "Łukasz", "Ozimek", "Ósemka", "Sowa", "Śliwa", "Zając", "Żak"])
    }

    func testOutputFileIsWrittenWholeAndNeverIntoAStore() throws {
        let dir = NSTemporaryDirectory() + "beat-out-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = try OutputFile.write("Raport — zażółć\n", to: dir + "/raport.txt")
        XCTAssertEqual(path, dir + "/raport.txt")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "Raport — zażółć\n")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        try OutputFile.write("drugi\n", to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "drugi\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["raport.txt"], "no temporary file left")
        XCTAssertThrowsError(try OutputFile.write("x", to: dir)) { XCTAssertEqual(($0 as? BeatError)?.exitCode, 73) }
        XCTAssertThrowsError(try OutputFile.write("x", to: dir + "/nie-ma/plik.txt")) { XCTAssertEqual(($0 as? BeatError)?.exitCode, 73) }
        // The interface's `p`: a new name when the day's printout exists already.
        let first = try Reports.save(kind: .progress, model: ReportFixture.model, options: ReportOptions(), clock: ReportFixture.clock,
                                     source: ReportFixture.source, folder: dir)
        let second = try Reports.save(kind: .progress, model: ReportFixture.model, options: ReportOptions(), clock: ReportFixture.clock,
                                      source: ReportFixture.source, folder: dir)
        XCTAssertEqual(first, dir + "/beat-progress-2026-11-22.txt")
        XCTAssertEqual(second, dir + "/beat-progress-2026-11-22-2.txt")
        XCTAssertEqual(try String(contentsOfFile: second, encoding: .utf8),
                       try ReportFixture.document(.progress, ReportOptions()).render(.text))
        let store = dir + "/store"
        try Store.create(at: store, model: Model(), clock: ReportFixture.clock)
        // At any depth, through a symlink too.
        symlink(store + "/snapshot-000000", dir + "/skrot")
        for target in [store + "/store.json", store + "/snapshot-000000/contacts/2026-11.json", dir + "/skrot/reference.json"] {
            XCTAssertThrowsError(try OutputFile.write("x", to: target)) { e in
                XCTAssertEqual((e as? BeatError)?.exitCode, 73)
                XCTAssertTrue((e as? BeatError)?.message.contains("w magazynie Beat " + store) ?? false, "\(e)")
            }
        }
        XCTAssertFalse(Disk.exists(store + "/snapshot-000000/contacts/2026-11.json"))
        XCTAssertTrue(try String(contentsOfFile: store + "/store.json", encoding: .utf8).contains("beat-store"))
    }
}
