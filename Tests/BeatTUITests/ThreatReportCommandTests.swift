import BeatCore
import Foundation
import XCTest

/// `beat report threats`: the threat register on paper, with the register's filters, through
/// the `beat` binary as an officer or a script runs it.
final class ThreatReportCommandTests: XCTestCase {
    /// The threats' numbers in the printout's main table, in order (its CSV form).
    func numbers(_ beat: BeatBinary, _ args: [String]) throws -> [Int] {
        let csv = try beat.ok(["report", "threats", "--format", "csv"] + args)
        let lines = csv.split(separator: "\r\n").map(String.init)
        XCTAssertTrue(lines.first?.hasPrefix("id,reported,category,") ?? false, csv)
        return lines.dropFirst().compactMap { Int($0.prefix { $0 != "," }) }
    }

    /// `threat list --json` with the same filters: the numbers in the register's order.
    func listed(_ beat: BeatBinary, _ args: [String]) throws -> [Int] {
        try beat.json(["threat", "list"] + args).compactMap { $0["id"] as? Int }
    }

    func testTheFiltersListWhatThreatListListsInItsOrderAndTheHeadingSaysWhich() throws {
        let beat = try demo()
        let filters: [[String]] = [[], ["--district", "dobrzec"], ["--status", "weryfikacja"], ["--status", "confirmed", "--status", "niepotwierdzone"],
                                   ["--overdue"], ["--category", "public-drinking"], ["--district", "widok", "--overdue"],
                                   ["--category", "spożywanie alkoholu w miejscach niedozwolonych", "--district", "dobrzec"]]
        for f in filters {
            let expected = try listed(beat, f)
            XCTAssertEqual(try numbers(beat, f), expected, "\(f)")
        }
        XCTAssertFalse(try listed(beat, ["--overdue"]).isEmpty, "the demo has threats past their deadline")

        // The days reported: both ends included.
        let all = try beat.json(["threat", "list"])
        let inOctober = all.filter { ($0["reported"] as? String ?? "") >= "2026-10-01" && ($0["reported"] as? String ?? "") <= "2026-10-31" }
        XCTAssertFalse(inOctober.isEmpty)
        XCTAssertEqual(try numbers(beat, ["--from", "2026-10-01", "--to", "2026-10-31"]), inOctober.compactMap { $0["id"] as? Int })

        // Every filter is stated, and "all" where none is given.
        let everything = try beat.ok(["report", "threats"])
        XCTAssertTrue(everything.hasPrefix("REJESTR ZAGROŻEŃ (KMZB)\n"), everything)
        for line in ["Dzielnica:   wszystkie", "Zgłoszone:   cały rejestr, bez ograniczenia dat", "Status:      wszystkie",
                     "Kategoria:   wszystkie", "Zagrożenia:  w terminie i po terminie", "Stan na:     2026-11-22"] {
            XCTAssertTrue(everything.contains(line + "\n"), line + "\n" + everything)
        }
        let narrowed = try beat.ok(["report", "threats", "--district", "dobrzec", "--status", "weryfikacja", "--overdue",
                                    "--category", "public-drinking", "--from", "2026-11-01"])
        for line in ["Dzielnica:   Dobrzec", "Zgłoszone:   od 2026-11-01", "Status:      weryfikacja",
                     "Kategoria:   spożywanie alkoholu w miejscach niedozwolonych", "Zagrożenia:  tylko po terminie"] {
            XCTAssertTrue(narrowed.contains(line + "\n"), line + "\n" + narrowed)
        }
        XCTAssertTrue(try beat.ok(["report", "threats", "--to", "2026-10-31"]).contains("Zgłoszone:   do 2026-10-31\n"))

        // Totals by status and overdue, as threat list counts them.
        let overdue = try listed(beat, ["--overdue"]).count
        let total = all.count
        XCTAssertTrue(everything.contains("WEDŁUG STATUSU\n"), everything)
        let razem = try XCTUnwrap(everything.split(separator: "\n").first { $0.hasPrefix("Razem") })
        XCTAssertEqual(razem.split(separator: " ").map(String.init), ["Razem", String(total), String(overdue)])
        // Overdue ones say by how many days; the others do not.
        XCTAssertTrue(everything.contains("Dni zwłoki: "), everything)
    }

    func testAnEmptyRegisterAndAFilterMatchingNothingSaySo() throws {
        let beat = BeatBinary(data: temporaryFolder(self))
        try beat.ok(["init"])
        try beat.ok(["district", "add", "dobrzec", "--name", "Dobrzec", "--city", "Kalisz", "--residents", "17000"])
        for args in [["report", "threats"], ["report", "threats", "--district", "dobrzec", "--overdue"]] {
            let out = try beat.ok(args)
            XCTAssertTrue(out.contains("Żadne zagrożenie w rejestrze nie spełnia warunków wydruku.\n"), out)
            XCTAssertFalse(out.contains("WEDŁUG STATUSU"), "no counts of nothing\n\(out)")
            XCTAssertEqual(try numbers(beat, Array(args.dropFirst(2))), [])
        }
        let demo = try demo()
        XCTAssertEqual(try numbers(demo, ["--district", "widok", "--status", "nowe"]), [])
    }

    func testWrongValuesExitWith64NamingTheOption() throws {
        let beat = try demo()
        let cases: [([String], String)] = [
            (["report", "threats", "--status", "zamknięte"], "--status"),
            (["report", "threats", "--status", "zamknięte"], "„zamknięte”"),
            (["report", "threats", "--category", "hałas"], "--category"),
            (["report", "threats", "--district", "nikt"], "„nikt”"),
            (["report", "threats", "--from", "2026-11-10", "--to", "2026-11-01"], "--to 2026-11-01"),
            (["report", "threats", "--from", "1.11.2026"], "--from"),
            (["report", "threats", "--plan", "1"], "nie przyjmuje opcji --plan"),
            (["report", "threats", "--team", "zespol-dobrzec"], "nie przyjmuje opcji --team"),
            (["report", "progress", "--status", "nowe"], "nie przyjmuje opcji --status"),
            (["report", "districts", "--category", "vandalism"], "nie przyjmuje opcji --category"),
            (["report", "programme", "--overdue"], "nie przyjmuje opcji --overdue"),
        ]
        for (args, sentence) in cases {
            let r = try beat.run(args)
            XCTAssertEqual(r.status, 64, "\(args): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(sentence), "\(args): \(r.stderr)")
            XCTAssertEqual(r.stdout, "", "\(args)")
        }
    }

    func testTheSameByteForByteAndStoreTextNeverReachesItAsControlCharacters() throws {
        let beat = try demo()
        try beat.ok(["threat", "add", "--category", "vandalism", "--place", "ul. \u{1B}[31mCzerwona\u{1B}[0m\t7 \u{202E}odwrotnie",
                     "--district", "dobrzec", "--as", "kaczmarek"])
        try beat.ok(["threat", "add", "--category", "drugs", "--place", "東京通り 5 🚓 przystanek przy szkole podstawowej nr 12",
                     "--district", "widok", "--as", "kaczmarek"])
        for format in ["text", "markdown", "csv", "json"] {
            let first = try beat.ok(["report", "threats", "--format", format])
            XCTAssertEqual(first, try beat.ok(["report", "threats", "--format", format]), format)
            XCTAssertFalse(first.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x09 }, format)
        }
        let text = try beat.ok(["report", "threats"])
        XCTAssertTrue(text.contains("␛[31mCzerwona␛[0m"), text)
        XCTAssertTrue(text.contains("東京通り"), text)
        for width in [60, 80, 132] {
            let out = try beat.ok(["report", "threats", "--width", String(width)])
            for line in out.split(separator: "\n") {
                XCTAssertLessThanOrEqual(DisplayWidth.of(String(line)), width, "\(width): \(line)")
            }
        }
        // At the printouts' width the main row holds number, day, category, place, status, deadline:
        // the table is not split into parts.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.filter { $0.hasPrefix("Nr ") }.count, 1, text)
        XCTAssertTrue(lines.contains { $0.hasPrefix("Nr") && $0.contains("Kategoria") && $0.contains("Miejsce") && $0.contains("Status")
                                       && $0.contains("Termin") }, text)
    }
}
