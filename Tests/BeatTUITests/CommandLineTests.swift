import Foundation
import XCTest

/// The command line, driven as a script would drive it.
final class CommandLineTests: XCTestCase {
    func testInitDemoThenCheck() throws {
        let beat = try demo()
        let out = try beat.ok(["check"])
        XCTAssertTrue(out.contains("w porządku"), out)
        // Never overwrites.
        let again = try beat.run(["init", "--demo"])
        XCTAssertEqual(again.status, 73)
        XCTAssertTrue(again.stderr.contains("nie nadpisuję"), again.stderr)
    }

    /// Compaction says what it did: a new snapshot, or none needed (it used to claim one).
    func testCompactSaysWhetherItWroteASnapshot() throws {
        let beat = try demo()
        let snapshots = { try FileManager.default.contentsOfDirectory(atPath: beat.data).filter { $0.hasPrefix("snapshot-") } }
        XCTAssertEqual(try snapshots(), ["snapshot-000000"])
        XCTAssertTrue(try beat.ok(["compact"]).contains("obejmuje już każdą zmianę; nic nie zapisano"))
        XCTAssertEqual(try snapshots(), ["snapshot-000000"])
        try beat.ok(["task", "note", "8", "Pismo wysłane", "--as", "wisniewski"])
        XCTAssertTrue(try beat.ok(["compact"]).contains("Zapisano nową migawkę (nr 1)"))
        XCTAssertEqual(try snapshots(), ["snapshot-000001"])
    }

    func testPolishTextRoundTripsByteExactThroughCLIAndStore() throws {
        let beat = try demo()
        let officers = try beat.json(["officer", "list"])
        XCTAssertGreaterThanOrEqual(officers.count, 4)
        for key in ["id", "name", "rank", "badge", "district", "beat"] { XCTAssertNotNil(officers[0][key], key) }
        let me = officers.first { ($0["beat"] as? String) != nil }!
        let id = me["id"] as! String
        let title = "Sprawdzić oświetlenie przy ul. Łódzkiej — „zażółć gęślą jaźń” ĄĘŁŃÓŚŹŻ"
        let added = try beat.ok(["task", "add", "--title", title, "--assignee", id, "--due", "2026-12-01", "--as", id])
        XCTAssertTrue(added.contains("Dodano zadanie nr"), added)
        let tasks = try beat.json(["task", "list", "--officer", id])
        let mine = try XCTUnwrap(tasks.first { $0["title"] as? String == title })
        for key in ["id", "title", "status", "due", "assignee", "plan", "district", "priority"] { XCTAssertTrue(mine.keys.contains(key), key) }
        XCTAssertEqual(mine["status"] as? String, "open")
        XCTAssertEqual(mine["due"] as? String, "2026-12-01")
        XCTAssertTrue(mine["plan"] is NSNull)
        let taskID = mine["id"] as! Int

        try beat.ok(["task", "status", String(taskID), "in-progress", "--as", id])
        let note = "Rozmowa z panią Żanetą, ul. Źródlana 3"
        try beat.ok(["task", "note", String(taskID), note, "--as", id])
        try beat.ok(["task", "status", String(taskID), "done", "--as", id])
        let after = try beat.json(["task", "list", "--status", "done"]).first { $0["id"] as? Int == taskID }
        XCTAssertEqual(after?["status"] as? String, "done")
        let notes = after?["notes"] as? [[String: Any]]
        XCTAssertEqual(notes?.last?["text"] as? String, note)
        XCTAssertEqual(notes?.last?["author"] as? String, id)

        let summary = "Skarga na picie alkoholu na skwerze — „ławki przy Żołnierskiej”"
        let c = try beat.ok(["contact", "add", "--as", id, "--channel", "phone", "--category", "inne", "--summary", summary,
                             "--place", "ul. Łódzka 12", "--resident", "Zdzisław Łęcki", "--resident-phone", "600 100 200", "--follow-up", "2026-11-29"])
        XCTAssertTrue(c.contains("Zapisano kontakt"), c)
        let contacts = try beat.json(["contact", "list", "--officer", id, "--since", "2026-11-22"])
        let logged = try XCTUnwrap(contacts.first { $0["summary"] as? String == summary })
        for key in ["id", "time", "officer", "district", "channel", "category", "place", "summary", "resident", "followUp", "task"] {
            XCTAssertTrue(logged.keys.contains(key), key)
        }
        XCTAssertEqual(logged["category"] as? String, "other")
        XCTAssertEqual(logged["channel"] as? String, "phone")
        XCTAssertEqual((logged["resident"] as? [String: Any])?["name"] as? String, "Zdzisław Łęcki")
        XCTAssertEqual(logged["followUp"] as? String, "2026-11-29")
        XCTAssertTrue((logged["time"] as? String)?.hasPrefix("2026-11-22T") ?? false)
        // Only the summary needed: on the beat, "inne", as the interface's form starts.
        let quick = try JSONSerialization.jsonObject(with: Data(try beat.ok(["contact", "add", "--as", id, "--summary", "Krótko", "--json"]).utf8)) as? [String: Any]
        XCTAssertEqual(quick?["channel"] as? String, "beat")
        XCTAssertEqual(quick?["category"] as? String, "other")
        XCTAssertEqual((logged["time"] as? String)?.count, 25, "ISO 8601 with offset")

        // The journal records who did what.
        let journal = try String(contentsOfFile: beat.data + "/journal.jsonl", encoding: .utf8)
        XCTAssertTrue(journal.contains(note))
        XCTAssertEqual(journal.split(separator: "\n").count, 6)
        XCTAssertTrue(journal.split(separator: "\n").allSatisfy { $0.contains("\"by\":\"\(id)\"") })
    }

    func testListsShowEverythingWithoutFilters() throws {
        let beat = try demo()
        let all = try beat.json(["task", "list"])
        let check = try beat.ok(["check"])
        XCTAssertTrue(check.contains("zadania \(all.count),"), check)
        let contacts = try beat.json(["contact", "list"])
        XCTAssertTrue(check.contains("kontakty \(contacts.count),"), check)
        let overdue = try beat.json(["task", "list", "--overdue"])
        XCTAssertFalse(overdue.isEmpty)
        XCTAssertTrue(overdue.allSatisfy { $0["overdue"] as? Bool == true })
        let text = try beat.ok(["task", "list"])
        XCTAssertTrue(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    /// `task list` reads only what it shows from a store as Beat wrote it; from any other
    /// reference.json it reads everything, checked: the same list either way.
    func testTheTaskListIsTheSameWhetherReadInPartOrWhole() throws {
        let beat = try demo()
        let open = try XCTUnwrap(beat.json(["task", "list", "--status", "open"]).map { $0["id"] as? Int }.compactMap { $0 })
        try beat.ok(["task", "note", String(open[0]), "Notatka z wiersza poleceń"])
        try beat.ok(["task", "status", String(open[1]), "cancelled", "--reason", "Nieaktualne"])
        let queries: [[String]] = [["task", "list"], ["task", "list", "--status", "cancelled"], ["task", "list", "--overdue"]]
        var wide = beat
        wide.env["COLUMNS"] = "132"
        let before = try queries.map { try beat.ok($0) } + queries.map { try wide.ok($0) }
        let json = try beat.ok(["task", "list", "--json"])
        XCTAssertTrue(before[1].contains("\(open[1])"), before[1])

        // A hand edit of what the list does not show: the file no longer matches its digest.
        let snapshot = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: beat.data).first { $0.hasPrefix("snapshot-") })
        let reference = beat.data + "/" + snapshot + "/reference.json"
        let text = try String(contentsOfFile: reference, encoding: .utf8)
        XCTAssertTrue(text.contains("\"description\" : \""))
        let edited = text.replacingOccurrences(of: "\"description\" : \"", with: "\"description\" : \"Poprawione: ")
        try edited.write(toFile: reference, atomically: false, encoding: .utf8)
        let after = try queries.map { try beat.ok($0) } + queries.map { try wide.ok($0) }
        XCTAssertEqual(after, before)
        XCTAssertNotEqual(try beat.ok(["task", "list", "--json"]), json, "JSON shows descriptions")

        // Damage there: refused, exit 65, and the file left as it was.
        let broken = edited.replacingOccurrences(of: "\"description\" : \"Poprawione: ", with: "\"description\" : \"Poprawione:\u{1}")
        try broken.write(toFile: reference, atomically: false, encoding: .utf8)
        let r = try beat.run(["task", "list"])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.contains("reference.json:"), r.stderr)
        XCTAssertTrue(r.stdout.isEmpty)
        XCTAssertEqual(try String(contentsOfFile: reference, encoding: .utf8), broken)
    }

    /// The argument parser's own refusals (a typo in an option, a word too many, a missing
    /// value) are said in the session's language, with the usage line, and exit 64.
    func testTheParsersRefusalsSpeakPolish() throws {
        let beat = BeatBinary(data: temporaryFolder(self))
        try beat.ok(["init", "--demo"])
        let cases: [([String], String, String)] = [
            (["task", "list", "--statsu", "open"], "Błąd: nieznana opcja „--statsu”. Czy chodziło o „--status”?",
             "Error: Unknown option '--statsu'. Did you mean '--status'?"),
            (["task", "show"], "Błąd: nieoczekiwany argument „show”.", "Error: Unexpected argument 'show'"),
            (["task", "list", "--status"], "Błąd: brak wartości po „--status <status>”.", "Error: Missing value for '--status <status>'"),
            (["plan", "add"], "Błąd: brak wymaganego argumentu „--district <district>”.",
             "Error: Missing expected argument '--district <district>'"),
            (["task", "list", "--overdue=3"], "Błąd: opcja „--overdue” nie przyjmuje wartości, a podano „3”.",
             "Error: The option '--overdue' does not take any value, but '3' was specified."),
        ]
        for (args, polish, english) in cases {
            let pl = try beat.run(args)
            XCTAssertEqual(pl.status, 64, "\(args)")
            XCTAssertTrue(pl.stderr.hasPrefix(polish + "\n"), "\(args): \(pl.stderr)")
            XCTAssertTrue(pl.stderr.contains("Użycie: beat "), pl.stderr)
            XCTAssertFalse(pl.stderr.contains("Error") || pl.stderr.contains("Usage"), pl.stderr)
            let en = try beat.run(args + ["--lang", "en"])
            XCTAssertEqual(en.status, 64, "\(args)")
            XCTAssertTrue(en.stderr.hasPrefix(english + "\n"), "\(args): \(en.stderr)")
        }
    }

    func testExitCodesAndPlainErrors() throws {
        let beat = BeatBinary(data: temporaryFolder(self))
        let none = try beat.run(["task", "list"])
        XCTAssertEqual(none.status, 66)
        XCTAssertTrue(none.stderr.contains("beat init"), none.stderr)
        try beat.ok(["init", "--demo"])
        let usage = try beat.run(["task", "status", "1", "zrobione-nie"])
        XCTAssertEqual(usage.status, 64)
        XCTAssertTrue(usage.stderr.contains("Nieznany status"), usage.stderr)
        let badDay = try beat.run(["task", "add", "--title", "x", "--assignee", "x", "--due", "2026-02-30"])
        XCTAssertEqual(badDay.status, 64)
        let rejected = try beat.run(["task", "add", "--title", "x", "--assignee", "kowalski"])
        XCTAssertEqual(rejected.status, 65)
        XCTAssertTrue(rejected.stderr.contains("kowalski"), rejected.stderr)
        let open = try XCTUnwrap(beat.json(["task", "list", "--status", "open"]).first?["id"] as? Int)
        let reason = try beat.run(["task", "status", String(open), "cancelled"])
        XCTAssertEqual(reason.status, 65)
        XCTAssertTrue(reason.stderr.contains("powodu"), reason.stderr)
        let english = BeatBinary(data: beat.data, env: ["BEAT_LANG": "en"])
        XCTAssertTrue(try english.run(["task", "status", "999", "done"]).stderr.contains("There is no task number 999."))

        // A corrupt snapshot: 65 with file:line:column, file untouched, writes refused.
        let ref = try XCTUnwrap(FileManager.default.enumerator(atPath: beat.data)?.allObjects.compactMap { $0 as? String }.first { $0.hasSuffix("reference.json") })
        let path = beat.data + "/" + ref
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let damaged = original.prefix(original.count / 2)
        try damaged.write(to: URL(fileURLWithPath: path))
        let check = try beat.run(["check"])
        XCTAssertEqual(check.status, 65)
        XCTAssertTrue(check.stderr.contains(path + ":"), check.stderr)
        let write = try beat.run(["task", "note", "1", "x"])
        XCTAssertEqual(write.status, 65)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), damaged)
    }
}

/// `beat --headless`: the interface on a virtual terminal, from the command line.
final class HeadlessTests: XCTestCase {
    func testHeadlessPrintsTheFinalScreenAndWritesTheStore() throws {
        let beat = try demo()
        let out = try beat.ok(["--headless", "--size", "80x24", "--as", "wisniewski", "--keys", "3aKontakt z testu bezgłowego<C-s>"])
        XCTAssertTrue(out.contains("Zapisano kontakt."), out)
        XCTAssertEqual(out.split(separator: "\n", omittingEmptySubsequences: false).dropLast().count, 24)
        let contacts = try beat.json(["contact", "list", "--officer", "wisniewski"])
        XCTAssertEqual(contacts.first?["summary"] as? String, "Kontakt z testu bezgłowego")
        let bad = try beat.run(["--headless", "--keys", "<Nope>"])
        XCTAssertEqual(bad.status, 64)
    }

    /// The interface reads the contact log after its first frame: damage there that keeps the
    /// file's size is still reported as `beat check` reports it, exit 65, nothing written.
    func testADamagedContactLogIsReportedAsBeatCheckReportsIt() throws {
        let dir = temporaryFolder(self)
        let beat = BeatBinary(data: dir)
        try beat.ok(["init", "--demo"])
        let name = try damageContactSegmentKeepingItsSize(dir)
        let journal = try String(contentsOfFile: dir + "/journal.jsonl", encoding: .utf8)
        let check = try beat.run(["check"])
        XCTAssertEqual(check.status, 65)
        let r = try beat.run(["--headless", "--as", "wisniewski", "--keys", "2aNie zapisze się<C-s>"])
        XCTAssertEqual(r.status, 65, r.stdout)
        XCTAssertEqual(r.stderr, check.stderr)
        XCTAssertTrue(r.stderr.contains(name), r.stderr)
        XCTAssertEqual(try String(contentsOfFile: dir + "/journal.jsonl", encoding: .utf8), journal)
    }

    func testPrintingFromAScreenWritesTheReportAndSaysWhere() throws {
        let dir = temporaryFolder(self)
        let prints = dir + "-prints"
        try FileManager.default.createDirectory(atPath: prints, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: prints) }
        let beat = BeatBinary(data: dir, env: ["BEAT_PRINT_DIR": prints])
        try beat.ok(["init", "--demo"])
        let out = try beat.ok(["--headless", "--as", "wisniewski", "--keys", "2p"])
        let file = prints + "/beat-progress-2026-11-22.txt"
        XCTAssertTrue(out.contains("Wydruk zapisano: " + file) || out.contains("Wydruk zapisano:"), out)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(text.contains("POSTĘP REALIZACJI PLANÓW BEZPIECZEŃSTWA"), text)
        XCTAssertEqual(text, try beat.ok(["report", "progress"]), "p prints what beat report prints")
        // A second p never overwrites the first.
        _ = try beat.ok(["--headless", "--as", "wisniewski", "--keys", "4p"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: prints + "/beat-plan-2026-11-22.txt"))
        _ = try beat.ok(["--headless", "--as", "wisniewski", "--keys", "2p"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: prints + "/beat-progress-2026-11-22-2.txt"))
    }

    func testNoTerminalIsRefusedWithAPointerToTheCommands() throws {
        let beat = try demo()
        let r = try beat.run([])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("beat task list"), r.stderr)
        XCTAssertEqual(r.stdout, "", "the terminal is left untouched")
    }
}
