@testable import BeatCore
import Foundation
import XCTest

/// The language is a value handed to what renders text, not a global: the same report in
/// Polish and English at once, each in its own language.
final class LanguageTests: XCTestCase {
    static func print(_ language: Language) throws -> String {
        try Reports.print(kind: .progress, format: .text, model: ReportFixture.model, options: ReportOptions(language: language),
                          clock: ReportFixture.clock, source: ReportFixture.source)
    }

    func testTheSameReportInPolishAndEnglishConcurrently() throws {
        let polish = try Self.print(.pl), english = try Self.print(.en)
        XCTAssertTrue(polish.contains("POSTĘP REALIZACJI PLANÓW BEZPIECZEŃSTWA"), polish)
        XCTAssertTrue(english.contains("PROGRESS OF THE SAFETY PLANS"), english)
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var texts: [Int: String] = [:]
        }
        let results = Results()
        // Threads: each renders in the language it was given, whatever the others do.
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            let text = (try? LanguageTests.print(i % 2 == 0 ? .pl : .en)) ?? "failed"
            results.lock.withLock { results.texts[i] = text }
        }
        for i in 0..<16 { XCTAssertEqual(results.texts[i], i % 2 == 0 ? polish : english, "render \(i)") }
    }

    func testTheSameReportInPolishAndEnglishInConcurrentTasks() async throws {
        let polish = try Self.print(.pl), english = try Self.print(.en)
        let texts = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for i in 0..<8 {
                group.addTask { (i, try LanguageTests.print(i % 2 == 0 ? .pl : .en)) }
            }
            var out: [Int: String] = [:]
            for try await (i, text) in group { out[i] = text }
            return out
        }
        for i in 0..<8 { XCTAssertEqual(texts[i], i % 2 == 0 ? polish : english, "task \(i)") }
    }

    func testADocumentKeepsItsLanguageWhereverItIsRendered() throws {
        let doc = try Reports.build(kind: .progress, model: ReportFixture.model, options: ReportOptions(pageLength: 40, language: .en),
                                    clock: ReportFixture.clock, source: ReportFixture.source)
        XCTAssertEqual(doc.language, .en)
        // Rendered where Polish is bound, it still reads in English: page numbers, the JSON's language.
        let (text, json) = Language.pl.bind { (doc.render(.text, width: 80, pageLength: 40), doc.render(.json)) }
        XCTAssertTrue(text.contains("page 2 of"), text)
        XCTAssertFalse(text.contains("strona"), text)
        XCTAssertTrue(json.contains("\"language\": \"en\""), json)
    }

    func testTheCatalogueSpeaksTheLanguageBoundAndPolishOtherwise() {
        XCTAssertEqual(Language.current, .pl)
        XCTAssertEqual(L10n.unknownTask(1), "Nie ma zadania nr 1.")
        Language.en.bind {
            XCTAssertEqual(L10n.unknownTask(1), "There is no task number 1.")
            XCTAssertEqual(Language.pl.bind { L10n.unknownTask(1) }, "Nie ma zadania nr 1.", "the nearest binding wins")
        }
        XCTAssertEqual(Language.current, .pl, "a binding ends with its work")
    }

    func testADamagedContactFileReadOnOtherThreadsIsExplainedInTheLanguageBound() throws {
        // Twelve monthly files, read in parallel on other threads; the last one is damaged.
        let dir = TrustFixture.folder(self)
        var model = Fixture.model()
        for month in 1...12 {
            let day = String(format: "2025-%02d-10", month)
            try model.apply(TrustFixture.contact(day, resident: nil, summary: "Kontakt \(month)"), context: Fixture.ctx("nowicki", "2026-11-20"))
        }
        try Store.create(at: dir, model: model, clock: TrustFixture.clock)
        let segment = try XCTUnwrap(FileManager.default.enumerator(atPath: dir)?.allObjects.compactMap { $0 as? String }
            .first { $0.hasSuffix("contacts/2025-12.json") })
        let path = dir + "/" + segment
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains("2025-12-10T"))
        try text.replacingOccurrences(of: "2025-12-10T", with: "2025-11-10T").write(toFile: path, atomically: false, encoding: .utf8)
        for (language, reason) in [(Language.en, "is not from 2025-12 but is in its file"), (.pl, "nie jest z miesiąca 2025-12")] {
            try language.bind {
                XCTAssertThrowsError(try Store.open(at: dir)) { e in
                    XCTAssertEqual((e as? BeatError)?.exitCode, 65)
                    XCTAssertTrue("\(e)".contains(reason), "\(language): \(e)")
                }
            }
        }
    }
}
