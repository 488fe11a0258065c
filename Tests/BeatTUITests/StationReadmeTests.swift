import Foundation
import XCTest

/// The README's "Setting up a station", followed as a new user would: its three CSV files
/// written as shown, its commands run as typed, in an empty folder.
final class StationReadmeTests: XCTestCase {
    /// The section's text, from its heading to the next `## `.
    func section() throws -> String {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try XCTUnwrap(text.range(of: "\n## Setting up a station\n"))
        let rest = text[start.upperBound...]
        return String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
    }

    /// The fenced blocks of `language`, each with the line above its opening fence's paragraph.
    func blocks(_ text: String, _ language: String) -> [(label: String, body: String)] {
        var out: [(String, String)] = []
        let lines = text.components(separatedBy: "\n")
        var i = 0
        var paragraph = ""
        while i < lines.count {
            if lines[i] == "```" + language {
                var body: [String] = []
                i += 1
                while i < lines.count, lines[i] != "```" { body.append(lines[i]); i += 1 }
                out.append((paragraph, body.joined(separator: "\n") + "\n"))
                paragraph = ""
            } else if lines[i].hasPrefix("`"), paragraph.isEmpty || lines[i - 1].isEmpty {
                paragraph = lines[i]
            }
            i += 1
        }
        return out
    }

    /// A command line split as a shell would: quotes kept together, a comment dropped.
    func words(_ line: String) -> [String] {
        var out: [String] = [], word = "", quote: Character?, any = false
        for ch in line {
            if let q = quote {
                if ch == q { quote = nil } else { word.append(ch) }
            } else if ch == "'" || ch == "\"" {
                quote = ch
                any = true
            } else if ch == "#" && word.isEmpty && !any {
                break
            } else if ch == " " {
                if any || !word.isEmpty { out.append(word) }
                word = ""
                any = false
            } else {
                word.append(ch)
            }
        }
        if any || !word.isEmpty { out.append(word) }
        return out
    }

    func testANewUserSetsUpAStationFromTheReadme() throws {
        let text = try section()
        let folder = temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let files = blocks(text, "csv")
        XCTAssertEqual(files.count, 3, "streets, officers, members")
        for f in files {
            let name = try XCTUnwrap(f.label.split(separator: "`").first.map(String.init), f.label)
            XCTAssertTrue(name.hasSuffix(".csv"), name)
            try f.body.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        let scripts = blocks(text, "sh")
        XCTAssertEqual(scripts.count, 1)
        // The store goes where the harness says (`--data`), the rest of the environment as typed.
        var beat = BeatBinary(data: folder + "/komenda")
        beat.env["BEAT_TODAY"] = "2026-12-01"
        // A new user tries the demo first (the README's first command), choosing who they are:
        // that choice, saved for the next run, must not stop the new station being set up.
        let demo = try beat.run(["--demo", "--headless", "--keys", "<Enter>"], cwd: folder)
        XCTAssertEqual(demo.status, 0, demo.stderr)
        let config = try String(contentsOfFile: beat.env["XDG_CONFIG_HOME"]! + "/beat/config.json", encoding: .utf8)
        XCTAssertTrue(config.contains("\"officer\""), config)
        var ran = 0
        for line in scripts[0].body.split(separator: "\n").map(String.init) {
            let w = words(line)
            guard let first = w.first else { continue }
            if first == "export", w.count == 2, let eq = w[1].firstIndex(of: "=") {
                let name = String(w[1][..<eq]), value = String(w[1][w[1].index(after: eq)...])
                if name != "BEAT_DATA" { beat.env[name] = value }
                continue
            }
            XCTAssertEqual(first, "beat", line)
            // In the folder with the files, as the README says; the store where the harness says.
            let r = try beat.run(Array(w.dropFirst()) + ["--data", beat.data], cwd: folder)
            XCTAssertEqual(r.status, 0, "\(line): \(r.stderr)")
            ran += 1
        }
        XCTAssertGreaterThanOrEqual(ran, 12)

        // What the section promises.
        XCTAssertEqual(try beat.json(["officer", "list"]).count, 4)
        XCTAssertEqual(try beat.json(["rejon", "list"]).map { $0["id"] as? String }, ["dobrzec-1", "dobrzec-2", "widok-1"])
        let team = try XCTUnwrap(try beat.json(["team", "list"]).first)
        XCTAssertEqual((team["members"] as? [[String: Any]])?.count, 3)
        let contact = try XCTUnwrap(try beat.json(["contact", "list"]).first)
        XCTAssertEqual(contact["district"] as? String, "widok", "found from its street, not from Kaczmarek's district")
        XCTAssertEqual(contact["beat"] as? String, "widok-1")
        let task = try XCTUnwrap(try beat.json(["task", "list"]).first)
        XCTAssertEqual(task["holder"] as? [String: String], ["organisation": "sm-dobrzec"])
        XCTAssertEqual(task["assignee"] as? String, "wisniewski")
        let journal = try String(contentsOfFile: folder + "/komenda/journal.jsonl", encoding: .utf8)
        XCTAssertEqual(journal.split(separator: "\n").filter { $0.contains("\"importRecords\"") }.count, 3, "one entry per file")
        // Again, the files change nothing.
        for kind in ["streets", "officers", "members"] {
            XCTAssertTrue(try beat.run(["import", kind, kind + ".csv", "--data", beat.data], cwd: folder).stdout.contains("nic do zmiany"), kind)
        }
        try beat.ok(["check"])
    }
}
