import Foundation
import XCTest

/// `beat report` and `beat export`, driven as a user or a script would.
final class ReportCommandTests: XCTestCase {
    func testEveryKindPrintsAndIsTheSameByteForByteWithTodayPinned() throws {
        let beat = try demo()
        try beat.ok(["task", "add", "--title", "Zgłoszenie \u{1B}[31mCZERWONE\u{1B}[0m\tz \u{202E}ulicy", "--assignee", "kaczmarek",
                     "--plan", "2", "--due", "2026-11-20", "--as", "kaczmarek"])
        let runs: [[String]] = [["progress"], ["officer", "--officer", "kaczmarek"], ["plan", "--plan", "2"], ["contacts"],
                                ["districts"], ["letter", "--as", "wisniewski"], ["meeting", "--team", "zespol-dobrzec"],
                                ["meeting", "--team", "zespol-widok", "--since", "2026-09-01"]]
        for args in runs {
            for format in ["text", "markdown", "csv", "json"] {
                let first = try beat.ok(["report"] + args + ["--format", format])
                let again = try beat.ok(["report"] + args + ["--format", format])
                XCTAssertEqual(first, again, "\(args) \(format)")
                XCTAssertFalse(first.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E }, "\(args) \(format)")
            }
        }
        let wide = try beat.ok(["report", "progress", "--width", "200"])
        XCTAssertTrue(wide.hasPrefix("POSTĘP REALIZACJI PLANÓW BEZPIECZEŃSTWA\n"), wide)
        XCTAssertTrue(wide.contains("Zgłoszenie ␛[31mCZERWONE␛[0m z �ulicy"), wide)
        XCTAssertTrue(wide.contains("Wygenerowano 2026-11-22 programem Beat z magazynu \(beat.data) (id "), wide)
        XCTAssertTrue(wide.contains("stan dziennika: wpis nr 1."), wide)
        let narrow = try beat.ok(["report", "progress", "--width", "60"])
        XCTAssertTrue(narrow.split(separator: "\n").allSatisfy { $0.count <= 60 }, narrow)
    }

    func testWrongUseExitsWith64AndASentence() throws {
        let beat = try demo()
        let cases: [([String], String)] = [
            (["report", "officer"], "--officer ID albo --as ID"),
            (["report", "letter"], "--officer ID albo --as ID"),
            (["report", "officer", "--officer", "nikt"], "Nie ma funkcjonariusza o identyfikatorze „nikt”"),
            (["report", "letter", "--as", "nikt"], "Nie ma funkcjonariusza o identyfikatorze „nikt”"),
            (["report", "plan"], "--plan NR"),
            (["report", "plan", "--plan", "2", "--from", "2026-01-01"], "nie przyjmuje opcji --from"),
            (["report", "posiedzenie"], "Nieznany rodzaj raportu „posiedzenie”"),
            (["report", "meeting"], "--team ID"),
            (["report", "meeting", "--team", "zespol-dobrzec", "--since", "2026-12-01"], "przed dniem dzisiejszym"),
            (["report", "progress", "--team", "zespol-dobrzec"], "nie przyjmuje opcji --team"),
            (["report", "progress", "--format", "pdf"], "Nieznany format „pdf”"),
            (["report", "progress", "--width", "5"], "--width 5"),
            (["report", "progress", "--from", "22.11.2026"], "--from"),
            (["export", "csv", "--what", "meetings"], "--what meetings"),
            (["export", "csv", "--what", "tasks", "--with-personal-data"], "tylko --what contacts"),
            (["export", "ics", "--officer", "nikt"], "„nikt”"),
        ]
        for (args, sentence) in cases {
            let r = try beat.run(args)
            XCTAssertEqual(r.status, 64, "\(args): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(sentence), "\(args): \(r.stderr)")
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, "one sentence: \(r.stderr)")
            XCTAssertEqual(r.stdout, "")
        }
    }

    func testOutputFileIsWrittenAndSaysWhere() throws {
        let beat = try demo()
        let dir = temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let file = dir + "/postep.txt"
        let r = try beat.run(["report", "progress", "--page-length", "40", "-o", file])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "")
        XCTAssertTrue(r.stderr.contains("Zapisano: \(file)"), r.stderr)
        let written = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertEqual(written, try beat.ok(["report", "progress", "--page-length", "40"]))
        XCTAssertTrue(written.contains("\u{0C}"), "form feeds between pages")
        XCTAssertTrue(written.hasPrefix("Postęp realizacji planów bezpieczeństwa"), String(written.prefix(100)))
        // Never into the store itself.
        let into = try beat.run(["report", "progress", "-o", beat.data + "/store.json"])
        XCTAssertEqual(into.status, 73, into.stderr)
        XCTAssertTrue(try String(contentsOfFile: beat.data + "/store.json", encoding: .utf8).contains("beat-store"))
    }

    func testEnglishReport() throws {
        let beat = try demo()
        let out = try beat.ok(["report", "districts", "--lang", "en"])
        XCTAssertTrue(out.hasPrefix("THE DISTRICTS SIDE BY SIDE\n"), out)
        XCTAssertTrue(out.contains("No personal data of residents."), out)
    }

    func testExportsForCalendarsSpreadsheetsAndBackups() throws {
        let beat = try demo()
        let ics = try beat.ok(["export", "ics", "--officer", "kaczmarek"])
        XCTAssertTrue(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics)
        XCTAssertTrue(ics.hasSuffix("END:VCALENDAR\r\n"))
        let open = try beat.json(["task", "list", "--officer", "kaczmarek"])
            .filter { ["open", "in-progress"].contains($0["status"] as? String) && !($0["due"] is NSNull) }
        XCTAssertEqual(ics.components(separatedBy: "BEGIN:VTODO").count - 1, open.count)
        let events = try beat.ok(["export", "ics", "--events"])
        XCTAssertTrue(events.contains("BEGIN:VEVENT\r\n") && !events.contains("BEGIN:VTODO"))

        let contacts = try beat.run(["export", "csv", "--what", "contacts"])
        XCTAssertEqual(contacts.status, 0)
        XCTAssertTrue(contacts.stdout.hasPrefix("id,time,day,officer,district,beat,channel,category,place,summary,followUp,followUpDone,task\r\n"))
        XCTAssertFalse(contacts.stdout.contains("residentName"))
        let personal = try beat.run(["export", "csv", "--what", "contacts", "--with-personal-data"])
        XCTAssertTrue(personal.stdout.split(separator: "\r\n").first?.hasSuffix("residentName,residentPhone,residentEmail,residentAddress") ?? false)
        XCTAssertTrue(personal.stderr.contains("dane osobowe"), personal.stderr)

        let dir = temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let r = try beat.run(["export", "json", "-o", dir + "/kopia.json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/kopia.json"))) as? [String: Any]
        XCTAssertEqual(object?["format"] as? String, "beat-export")
        XCTAssertEqual(object?["exported"] as? String, "2026-11-22")
        XCTAssertEqual((object?["contacts"] as? [Any])?.count, try beat.json(["contact", "list"]).count)
        XCTAssertEqual((object?["tasks"] as? [Any])?.count, try beat.json(["task", "list"]).count)
    }
}
