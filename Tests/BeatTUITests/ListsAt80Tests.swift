@testable import BeatTUI
import BeatCore
import XCTest

/// Lists at 80 columns: the columns are measured from what they hold, the text that tells
/// one row from another gets the room, and minor columns give way first.
final class ListsAt80Tests: ScreenTestCase {
    /// The screen's line that holds `text`.
    func line(with text: String) -> String? {
        screen.split(separator: "\n").map(String.init).first { $0.contains(text) }
    }

    /// The list's line of the row numbered `id` (after its one-character mark).
    func row(_ id: Int) -> String? {
        screen.split(separator: "\n").map(String.init).first { $0.dropFirst().drop { $0 == " " }.hasPrefix("\(id) ") }
    }

    /// How many columns of `title` a line shows: the longest prefix of it on the line.
    func shown(_ title: String, in line: String) -> Int {
        var n = title.count
        while n > 0, !line.contains(String(title.prefix(n))) { n -= 1 }
        return DisplayWidth.of(String(title.prefix(n)))
    }

    func testAt80ColumnsATaskTitleShowsAtLeast40Columns() throws {
        press("2")
        let tasks = app.state.tasks.rows(app.context())
        XCTAssertGreaterThan(tasks.count, 5)
        for t in tasks.prefix(11) {
            let row = try XCTUnwrap(row(t.id), screen)
            XCTAssertGreaterThanOrEqual(shown(t.title, in: row), min(40, DisplayWidth.of(t.title)), row)
        }
        // Every status shown (the widest status column): still 40.
        press("f<Enter>")
        type("wszystk")
        press("<Enter><C-s>")
        let all = app.state.tasks.rows(app.context())
        XCTAssertTrue(all.contains { $0.status == .notDone }, "the filter shows every status")
        // The filter line takes a row of the list.
        for t in all.prefix(app.state.tasks.layout(app.context().body).list.height) {
            let row = try XCTUnwrap(row(t.id), screen)
            XCTAssertGreaterThanOrEqual(shown(t.title, in: row), min(40, DisplayWidth.of(t.title)), row)
        }
    }

    func testTwoTasksThatOpenAlikeCanBeToldApart() throws {
        // "Wniosek do MZDiK o doświetlenie…" and "Wniosek do MZDiK o słupki…" in the demo.
        let alike = store.model.tasks.filter { $0.isOpen && $0.title.hasPrefix("Wniosek do MZDiK o") }
        XCTAssertGreaterThanOrEqual(alike.count, 2, "the demo has two such tasks")
        press("2")
        let rows = alike.compactMap { row($0.id) }
        XCTAssertEqual(rows.count, alike.count, screen)
        // Each row shows its own words after the common opening.
        for (t, row) in zip(alike, rows) {
            XCTAssertTrue(row.contains(String(t.title.prefix(30))), row)
        }
    }

    func testAContactsSummaryGetsTheRoomAndItsCategoryAndPlaceShowWholeWhereThereIsRoom() throws {
        press("3")
        let contacts = Array(app.state.contacts.rows(app.context()).prefix(10))
        for c in contacts {
            let row = try XCTUnwrap(row(c.id), screen)
            XCTAssertGreaterThanOrEqual(shown(c.summary, in: row), min(40, DisplayWidth.of(c.summary)), row)
        }
        // A wide terminal shows the category and the place whole, not cut at a fixed width.
        terminal = VirtualTerminal(rows: 30, cols: 132)
        setUpFreshApp()
        press("3")
        for c in app.state.contacts.rows(app.context()).prefix(12)
        where DisplayWidth.of(L10n.categoryName(c.category)) <= 24 && DisplayWidth.of(c.place) <= 24 {
            let row = try XCTUnwrap(row(c.id), screen)
            XCTAssertTrue(row.contains(L10n.categoryName(c.category)), row)
            XCTAssertTrue(row.contains(SafeText.line(c.place)), row)
        }
    }

    func testAt80ColumnsPlanTitlesGetTheRoom() throws {
        press("4")
        for p in store.model.plans {
            let row = try XCTUnwrap(line(with: "P\(p.id) "), screen)
            XCTAssertGreaterThanOrEqual(shown(p.title, in: row), min(48, DisplayWidth.of(p.title)), row)
        }
    }

    /// A threat's status is a word read whole: the place gives way, not the status.
    func testAThreatStatusShowsWholeAt80Columns() throws {
        press("4]")
        let rows = screen.split(separator: "\n").map(String.init).filter { $0.dropFirst(2).hasPrefix("nr ") }
        XCTAssertFalse(rows.isEmpty, screen)
        XCTAssertTrue(rows.contains { $0.contains(" niepotwierdzone ") }, screen)
        XCTAssertFalse(screen.contains("niepotwierd…"), screen)
        // So is the district: the place takes the cut.
        for r in rows { XCTAssertTrue(r.contains(" Dobrzec ") || r.contains(" Widok "), r) }
    }

    /// A survey round's cells stand alone and read as columns, not as one phrase.
    func testASurveyRowReadsAsColumns() throws {
        press("4]]")
        let rows = screen.split(separator: "\n").map(String.init).filter { $0.hasPrefix("nr ") }
        XCTAssertFalse(rows.isEmpty, screen)
        for r in rows {
            XCTAssertFalse(r.contains("respondentów bezpiecznie"), r)
            XCTAssertTrue(r.contains("respondentów  bezpiecznie "), r)
            XCTAssertNil(r.range(of: #"bezpiecznie \d+% [a-ząćęłńóśźż]"#, options: .regularExpression), r)
            // No number cut at the edge, where "(15…" would read as fifteen.
            XCTAssertNil(r.range(of: #"\d…"#, options: .regularExpression), r)
        }
    }
}

/// The command line's lists at 80 columns (a pipe, or `COLUMNS=80`).
final class CommandLineListsAt80Tests: XCTestCase {
    func testTheOfficerListShowsNamesAndPhonesWhole() throws {
        let beat = BeatBinary(data: temporaryFolder(self), env: ["COLUMNS": "80"])
        try beat.ok(["init", "--demo"])
        let out = try beat.ok(["officer", "list"])
        XCTAssertTrue(out.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 }, out)
        for o in try beat.json(["officer", "list"]) {
            let name = try XCTUnwrap(o["name"] as? String), phone = try XCTUnwrap(o["phone"] as? String)
            let line = try XCTUnwrap(out.split(separator: "\n").first { $0.hasPrefix(o["id"] as! String + " ") }, out)
            XCTAssertTrue(line.contains(name), "\(name): \(line)")
            XCTAssertTrue(line.contains(phone), "\(phone): \(line)")
        }
        // The beat, too long for the line, is under it, whole.
        XCTAssertTrue(out.contains("Rejon: nr 2 (Dobrzec Południe)"), out)
    }

    func testThePlanListShowsTitlesWithRoom() throws {
        let beat = BeatBinary(data: temporaryFolder(self), env: ["COLUMNS": "80"])
        try beat.ok(["init", "--demo"])
        let out = try beat.ok(["plan", "list"])
        for p in try beat.json(["plan", "list"]) {
            let title = try XCTUnwrap(p["title"] as? String)
            XCTAssertTrue(out.contains(String(title.prefix(50))), "\(title):\n\(out)")
        }
    }
}

extension CommandLineListsAt80Tests {
    /// The row of `id` and what is under it (what left the row), its lines joined.
    func row(_ id: String, in out: String) -> (line: String, under: String)? {
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let i = lines.firstIndex(where: { $0.drop { $0 == " " }.hasPrefix(id + " ") }) else { return nil }
        // What left the row may wrap over several lines, indented, none starting with a number.
        let under = lines[(i + 1)...].prefix { $0.hasPrefix("    ") && !($0.drop { $0 == " " }.first?.isNumber ?? true) }
        return (lines[i], under.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " "))
    }

    func testTheTaskListGivesTitlesAtLeast40ColumnsAndPutsTheRestUnderTheRow() throws {
        let beat = BeatBinary(data: temporaryFolder(self), env: ["COLUMNS": "80"])
        try beat.ok(["init", "--demo"])
        let out = try beat.ok(["task", "list"])
        XCTAssertTrue(out.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 }, out)
        let tasks = try beat.json(["task", "list"])
        XCTAssertGreaterThan(tasks.count, 20)
        for t in tasks {
            let id = String(t["id"] as! Int), title = t["title"] as! String
            let (line, under) = try XCTUnwrap(row(id, in: out), "task \(id)\n\(out)")
            XCTAssertTrue(line.contains(String(title.prefix(40))), "task \(id): \(line)")
            XCTAssertTrue(under.contains("Wykonawca: "), "task \(id): \(under)")
            XCTAssertTrue(under.contains("Dzielnica: "), "task \(id): \(under)")
        }
        // Two tasks that open alike are told apart.
        let alike = tasks.filter { ($0["title"] as! String).hasPrefix("Wniosek do MZDiK o") }
        XCTAssertGreaterThanOrEqual(alike.count, 2)
        for t in alike { XCTAssertTrue(out.contains(String((t["title"] as! String).prefix(40))), out) }
        // A wide page keeps every column on the row.
        let wide = try BeatBinary(data: beat.data, env: ["COLUMNS": "200"]).ok(["task", "list"])
        XCTAssertFalse(wide.contains("Wykonawca: "), wide)
    }

    func testTheContactListGivesSummariesTheRoomAndShowsCategoryAndPlaceWholeUnderTheRow() throws {
        let beat = BeatBinary(data: temporaryFolder(self), env: ["COLUMNS": "80"])
        try beat.ok(["init", "--demo"])
        let out = try beat.ok(["contact", "list"])
        XCTAssertTrue(out.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 }, out)
        for c in try beat.json(["contact", "list"]).prefix(40) {
            let id = String(c["id"] as! Int), summary = c["summary"] as! String
            let (line, under) = try XCTUnwrap(row(id, in: out), "contact \(id)\n\(out)")
            XCTAssertTrue(line.contains(String(summary.prefix(40))), "contact \(id): \(line)")
            let category = try Language.pl.bind { L10n.categoryName(try XCTUnwrap(ThreatCategory(rawValue: c["category"] as! String))) }
            XCTAssertTrue(under.contains("Kategoria: " + category), "contact \(id): \(under)")
            let place = c["place"] as! String
            if !place.isEmpty { XCTAssertTrue(under.contains("Miejsce: " + place), "contact \(id): \(under)") }
        }
    }

    /// The threat register gives each threat's place the room on its line, and its category and
    /// district whole under it (they were cut to "nieprawid…" and "ul. Cheł…").
    func testTheThreatListShowsPlacesOnTheLineAndCategoriesWholeUnderIt() throws {
        let beat = BeatBinary(data: temporaryFolder(self), env: ["COLUMNS": "80"])
        try beat.ok(["init", "--demo"])
        let out = try beat.ok(["threat", "list"])
        XCTAssertTrue(out.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 }, out)
        let threats = try beat.json(["threat", "list"])
        XCTAssertFalse(threats.isEmpty)
        for t in threats {
            let id = String(t["id"] as! Int)
            // A row starts with its mark (! overdue) and number; what left it is indented under it.
            let lines = out.split(separator: "\n").map(String.init)
            let i = try XCTUnwrap(lines.firstIndex { $0.drop { $0 == " " || $0 == "!" }.hasPrefix(id + " ") }, "threat \(id)\n\(out)")
            let line = lines[i]
            let under = lines[(i + 1)...].prefix { $0.hasPrefix("   ") && !($0.drop { $0 == " " }.first.map { $0.isNumber || $0 == "!" } ?? true) }
                .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            XCTAssertTrue(line.contains(String((t["place"] as! String).prefix(30))), "threat \(id): \(line)")
            let category = try Language.pl.bind { L10n.categoryName(try XCTUnwrap(ThreatCategory(rawValue: t["category"] as! String))) }
            XCTAssertTrue(under.contains("Kategoria: " + category), "threat \(id): \(under)")
        }
    }

    func testTheTeamListShowsNamesWhole() throws {
        let beat = BeatBinary(data: temporaryFolder(self), env: ["COLUMNS": "80"])
        try beat.ok(["init", "--demo"])
        let out = try beat.ok(["team", "list"])
        XCTAssertTrue(out.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 }, out)
        for t in try beat.json(["team", "list"]) {
            for m in try XCTUnwrap(t["members"] as? [[String: Any]]) {
                let (line, _) = try XCTUnwrap(row(m["id"] as! String, in: out), out)
                XCTAssertTrue(line.contains(m["name"] as! String), line)
            }
        }
    }

    func testTheMeetingListShowsTeamNamesWhole() throws {
        let beat = BeatBinary(data: temporaryFolder(self), env: ["COLUMNS": "80"])
        try beat.ok(["init", "--demo"])
        let out = try beat.ok(["meeting", "list"])
        for m in try beat.json(["meeting", "list"]) {
            let (line, _) = try XCTUnwrap(row(String(m["id"] as! Int), in: out), out)
            XCTAssertTrue(line.contains(m["team"] as! String), line)
            XCTAssertTrue(line.contains("Dzielnicowy Zespół Koordynacyjny"), line)
        }
    }
}
