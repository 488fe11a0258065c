@testable import BeatTUI
import BeatCore
import Foundation
import XCTest

/// The officers' guide in Polish (docs/przewodnik.md) stays true to the program: linked from
/// the README, its printout commands run, the keys it names are keys of the key table, and
/// the screens it names are the screens' names (issue 14).
final class GuideTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func guide() throws -> String {
        try String(contentsOf: Self.root.appendingPathComponent("docs/przewodnik.md"), encoding: .utf8)
    }

    func testTheReadmeLinksTheGuide() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        XCTAssertTrue(readme.contains("](docs/przewodnik.md)"), "the README links the guide")
        XCTAssertTrue(try guide().hasPrefix("# Beat — przewodnik dla dzielnicowego"))
    }

    func testThePrintoutCommandsOfTheGuideRun() throws {
        let beat = BeatBinary(data: temporaryFolder(self), env: ["BEAT_TODAY": "2026-11-22"])
        try beat.ok(["init", "--demo"])
        let commands = try guide().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("beat report ") }
        XCTAssertGreaterThanOrEqual(commands.count, 5)
        for line in commands {
            let words = line.split(separator: "#")[0].split(separator: " ").map(String.init).dropFirst()
            let r = try beat.run(Array(words) + ["--as", "kaczmarek"])
            XCTAssertEqual(r.status, 0, "\(line): \(r.stderr)")
        }
    }

    func testEveryKeyTheGuideNamesIsInTheKeyTable() throws {
        let known = Set(Language.pl.bind { KeyMap.bindings.flatMap { $0.keys.map(\.description) } })
        // The table "Klawisze w skrócie": every key in backquotes, spaced or joined by "/".
        let text = try guide()
        let table = try XCTUnwrap(text.range(of: "## Klawisze w skrócie")).upperBound
        var keys: [String] = []
        for (i, piece) in text[table...].split(separator: "`", omittingEmptySubsequences: false).enumerated() where i % 2 == 1 {
            for k in piece.split(whereSeparator: { $0 == " " || $0 == "/" }) { keys.append(String(k)) }
        }
        XCTAssertGreaterThan(keys.count, 40)
        for k in keys {
            if k == "1–6" || k == "↑↓" { continue }
            XCTAssertTrue(known.contains(k == "Spacja" ? L10n.keySpace : k), "the guide names the key \(k), which the key table does not have")
        }
        for n in 1...6 { XCTAssertTrue(known.contains(String(n))) }
    }

    func testTheScreensAreNamedAsOnTheirTabs() throws {
        let text = try guide()
        Language.pl.bind {
            for (n, name) in [L10n.screenDashboard, L10n.screenTasks, L10n.screenContacts, L10n.screenPlans, L10n.screenTeams,
                              L10n.screenMeeting].enumerated() {
                XCTAssertTrue(text.contains("| `\(n + 1)` | \(name) |"), name)
            }
        }
    }
}
