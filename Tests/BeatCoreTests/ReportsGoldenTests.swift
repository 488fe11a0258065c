@testable import BeatCore
import XCTest

/// Every kind of printout, on the fixture, compared with its golden file: the text form at
/// 60, 80 and 132 columns, Markdown, CSV and JSON; and the exports.
final class ReportsGoldenTests: XCTestCase {

    func testEveryKindInEveryFormatMatchesItsGoldenFile() throws {
        for (name, kind, options) in ReportFixture.cases {
            let doc = try ReportFixture.document(kind, options)
            for width in [60, 80, 132] {
                assertGolden(doc.render(.text, width: width), "\(name)-\(width).txt")
            }
            assertGolden(doc.render(.markdown), "\(name).md")
            assertGolden(doc.render(.csv), "\(name).csv")
            assertGolden(doc.render(.json), "\(name).json")
        }
    }

    func testPaginatedProgressMatchesItsGoldenFile() throws {
        let doc = try ReportFixture.document(.progress, ReportOptions())
        assertGolden(doc.render(.text, width: 80, pageLength: 50), "progress-80-pages50.txt")
    }

    func testEnglishProgressMatchesItsGoldenFile() throws {
        let doc = try ReportFixture.document(.progress, ReportOptions(district: "widok", language: .en))
        assertGolden(doc.render(.text, width: 80), "progress-widok-en-80.txt")
    }

    func testExportsMatchTheirGoldenFiles() throws {
        let m = ReportFixture.model
        assertGolden(TaskCalendar.ics(model: m, storeID: "demo-kalisz"), "tasks.ics")
        assertGolden(TaskCalendar.ics(model: m, storeID: "demo-kalisz", officer: "kaczmarek", asEvents: true), "tasks-kaczmarek-events.ics")
        assertGolden(DataExport.csv(.tasks, model: m, today: ReportFixture.today), "export-tasks.csv")
        assertGolden(DataExport.csv(.plans, model: m, today: ReportFixture.today), "export-plans.csv")
    }
}
