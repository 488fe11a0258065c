@testable import BeatTUI
import BeatCore
import Foundation
import XCTest

/// Typed values on the command line: Polish names accepted, identifiers listed in help, an
/// unknown value a usage error (64) that names the option and what it takes.
final class CommandLineValueTests: XCTestCase {
    func testPolishNamesParseWhateverTheLanguage() {
        XCTAssertEqual(TaskStatus(argument: "w toku"), .inProgress)
        XCTAssertEqual(TaskStatus(argument: "Wykonane"), .done)
        XCTAssertEqual(TaskPriority(argument: "wysoki"), .high)
        XCTAssertEqual(TaskPriority(argument: "HIGH"), .high)
        XCTAssertEqual(Evaluation.Outcome(argument: "ograniczono"), .reduced)
        XCTAssertEqual(Evaluation.Outcome(argument: "nie osiągnięto"), .notAchieved)
        XCTAssertEqual(ContactChannel(argument: "telefon"), .phone)
        XCTAssertEqual(ThreatCategory(argument: "inne"), .other)
        XCTAssertEqual(ReportKind(argument: "Meeting"), .meeting)
        XCTAssertEqual(ReportFormat(argument: "CSV"), .csv)
        XCTAssertEqual(Day(argument: "2026-11-22"), Day("2026-11-22"))
        XCTAssertNil(TaskPriority(argument: "pilny"))
        XCTAssertNil(Day(argument: "2026-02-30"))
    }

    func testHelpAndCompletionListTheIdentifiers() {
        XCTAssertEqual(TaskStatus.allValueStrings, ["open", "in-progress", "done", "not-done", "cancelled"])
        XCTAssertEqual(ReportKind.allValueStrings, Reports.kinds.map(\.id))
        XCTAssertEqual(ThreatCategory.allValueStrings, ThreatCategory.allCases.map(\.rawValue))
        XCTAssertEqual(TaskPriority.normal.defaultValueDescription, "normal")
        XCTAssertEqual(ContactChannel.onBeat.defaultValueDescription, "beat")
    }

    func testTheOptionAValueWasGivenTo() {
        XCTAssertEqual(CommandLineRefusal.optionGiven("x", in: ["task", "list", "--status", "x"]), "--status")
        XCTAssertEqual(CommandLineRefusal.optionGiven("x", in: ["task", "list", "--status=x"]), "--status")
        XCTAssertEqual(CommandLineRefusal.optionGiven("x", in: ["report", "progress", "-o", "x"]), "-o")
        XCTAssertNil(CommandLineRefusal.optionGiven("x", in: ["task", "status", "3", "x"]))
        XCTAssertNil(CommandLineRefusal.optionGiven("x", in: ["task", "status", "--", "x"]))
    }

    func testAnUnknownValueNamesTheOptionAndTheValuesAllowed() throws {
        let beat = try demo()
        let cases: [([String], [String])] = [
            (["task", "list", "--status", "zrobione-nie"], ["--status: ", "„zrobione-nie”", "open, in-progress, done, not-done, cancelled"]),
            (["task", "list", "--status=bogus"], ["--status: ", "„bogus”", "not-done"]),
            (["task", "status", "1", "bogus"], ["Nieznany status „bogus”", "in-progress"]),
            (["task", "add", "--title", "x", "--assignee", "x", "--priority", "pilny"], ["--priority: ", "low, normal, high"]),
            (["plan", "evaluate", "1", "--outcome", "sukces", "--note", "x"], ["--outcome: ", "eliminated, reduced, not-achieved"]),
            (["contact", "add", "--summary", "x", "--channel", "gołąb"], ["--channel: ", "office-hours", "map-report"]),
            (["contact", "list", "--category", "hałas"], ["--category: ", "public-drinking", "begging"]),
            (["report", "posiedzenie"], ["Nieznany rodzaj raportu „posiedzenie”", "progress, officer, plan, contacts, districts, letter, meeting"]),
            (["report", "progress", "--format", "pdf"], ["--format: ", "text, markdown, csv, json"]),
            (["export", "csv", "--what", "meetings"], ["--what meetings", "tasks, contacts"]),
            (["init", "--synthetic", "wielka"], ["--synthetic: ", "komenda, demo"]),
            (["task", "list", "--lang", "de"], ["--lang: ", "pl, en"]),
            (["log", "--since", "22.11.2026"], ["--since: ", "2026-11-22"]),
            (["privacy", "purge", "--older-than", "dwa lata"], ["--older-than: ", "24m"]),
            (["contact", "add", "--summary", "x", "--time", "rano"], ["--time: ", "2026-11-22T08:15:00+01:00"]),
        ]
        for (args, parts) in cases {
            let r = try beat.run(args)
            XCTAssertEqual(r.status, 64, "\(args): \(r.stderr)")
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, "one sentence: \(r.stderr)")
            XCTAssertTrue(r.stderr.hasPrefix("beat: "), r.stderr)
            for part in parts { XCTAssertTrue(r.stderr.contains(part), "\(args): \(part) in \(r.stderr)") }
            XCTAssertEqual(r.stdout, "")
        }
        // The sentence in the language asked for, on the command line or by the environment.
        let english = try beat.run(["task", "list", "--status", "bogus", "--lang", "en"])
        XCTAssertEqual(english.stderr, "beat: --status: Unknown status \"bogus\". Use one of: open, in-progress, done, not-done, cancelled.\n")
        let byEnvironment = try BeatBinary(data: beat.data, env: ["BEAT_LANG": "en"]).run(["report", "progress", "--format", "pdf"])
        XCTAssertTrue(byEnvironment.stderr.contains("Unknown format \"pdf\""), byEnvironment.stderr)
        // A flag just before a positional argument is not named for it.
        let positional = try beat.run(["report", "--with-personal-data", "bogus"])
        XCTAssertEqual(positional.status, 64)
        XCTAssertFalse(positional.stderr.contains("--with-personal-data"), positional.stderr)
        // The parser's own errors stay as they were (a missing option: 64, with the usage).
        let missing = try beat.run(["task", "add", "--assignee", "x"])
        XCTAssertEqual(missing.status, 64)
        XCTAssertTrue(missing.stderr.contains("--title"), missing.stderr)
    }

    func testPolishNamesWorkOnTheCommandLine() throws {
        let beat = try demo()
        let officer = try XCTUnwrap(beat.json(["officer", "list"]).first?["id"] as? String)
        let added = try JSONSerialization.jsonObject(with: Data(try beat.ok(["task", "add", "--title", "Sprawdzić oświetlenie",
                                                                              "--assignee", officer, "--priority", "wysoki", "--json"]).utf8)) as? [String: Any]
        XCTAssertEqual(added?["priority"] as? String, "high")
        let id = try XCTUnwrap(added?["id"] as? Int)
        try beat.ok(["task", "status", String(id), "w toku"])
        XCTAssertEqual(try beat.json(["task", "list", "--status", "w toku"]).compactMap { $0["id"] as? Int }.contains(id), true)
        let contact = try JSONSerialization.jsonObject(with: Data(try beat.ok(["contact", "add", "--as", officer, "--summary", "x",
                                                                                "--channel", "telefon", "--json"]).utf8)) as? [String: Any]
        XCTAssertEqual(contact?["channel"] as? String, "phone")
    }

    func testHelpListsTheValues() throws {
        let beat = BeatBinary(data: temporaryFolder(self))
        // Help wraps its lines: compare with spaces collapsed.
        func flat(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let help = flat(try beat.ok(["task", "list", "--help"]))
        XCTAssertTrue(help.contains("values: open, in-progress, done, not-done, cancelled"), help)
        let report = flat(try beat.ok(["report", "--help"]))
        XCTAssertTrue(report.contains("values: progress, officer, plan, contacts, districts, letter, meeting"), report)
        XCTAssertTrue(report.contains("default: text"), report)
    }
}
