import Foundation
import XCTest

/// No input traps: every subcommand (as the argument parser lists them) with boundary values
/// of each of its options and arguments — days at and past the ends of the calendar Beat
/// keeps, numbers at 0, −1 and past Int.max, paths of length 0–2, empty and huge strings,
/// escape sequences — each run exits with a code from the README's table (77: what only a
/// supervisor may change, run as a dzielnicowa), and nothing it
/// prints holds an escape byte.
final class BoundaryInputTests: XCTestCase {
    /// A command line: the words naming the command, its positional arguments, its options.
    struct Line {
        var path: [String]
        var positionals: [(name: String, value: String)]
        var options: [(name: String, value: String)]

        var arguments: [String] {
            path + positionals.map(\.value) + options.flatMap { [$0.name.count == 1 ? "-" + $0.name : "--" + $0.name, $0.value] }
        }

        func with(option name: String, _ value: String) -> Line {
            var l = self
            if let i = l.options.firstIndex(where: { $0.name == name }) { l.options[i].value = value } else { l.options.append((name, value)) }
            return l
        }

        func with(positional name: String, _ value: String) -> Line {
            var l = self
            if let i = l.positionals.firstIndex(where: { $0.name == name }) { l.positionals[i].value = value }
            return l
        }
    }

    /// Values that make each command do its work (the store given separately).
    static func baseline(_ path: [String], store: String, backup: String, fresh: String) -> Line {
        var positionals: [(String, String)] = []
        var options: [(String, String)] = [("data", store)]
        switch path.joined(separator: " ") {
        case "": options += [("size", "80x24"), ("keys", "2")]
        case "init": options = [("data", fresh)]
        case "task add": options += [("title", "Nowe"), ("assignee", "kaczmarek")]
        case "task status": positionals = [("id", "12"), ("status", "in-progress")]
        case "task note": positionals = [("id", "1"), ("text", "notatka")]
        case "contact add": options += [("summary", "Skarga")]
        case "plan evidence", "plan next": positionals = [("id", "1")]
        case "plan evaluate": positionals = [("id", "3")]; options += [("outcome", "reduced"), ("note", "Ocena")]
        case "meeting show": positionals = [("id", "1")]
        case "report": positionals = [("kind", "progress")]
        case "export csv": options += [("what", "tasks")]
        case "privacy purge": options += [("older-than", "24m")]
        case "privacy find": positionals = [("name", "Kowalski")]
        case "backup": positionals = [("file", fresh + ".tar")]
        case "restore": positionals = [("file", backup)]; options = [("data", fresh)]
        default: break
        }
        return Line(path: path.isEmpty ? ["--headless"] : path, positionals: positionals, options: options)
    }

    static let days = ["", "1", "0001-01-01", "1899-12-31", "1900-01-01", "2199-12-31", "2200-01-01", "9999-12-31", "2026-02-30"]
    static let numbers = ["", "0", "-1", "1", "9223372036854775807", "9223372036854775808", "x"]
    static let paths = ["", ".", "..", "/", "a", "ab"]
    static let strings = ["", "a", "ab", "\u{1B}[2J", String(repeating: "ż", count: 5000)]

    /// The boundary values for an option or argument, by its name.
    static func values(_ name: String) -> [String] {
        switch name {
        case "from", "to", "since", "due", "follow-up", "day", "start", "end": return days
        case "plan", "width", "page-length", "seed", "task", "id", "count": return numbers
        case "data", "o", "file": return paths
        // Every command takes these two: the values that tell something, not every string.
        case "as": return ["", "a", "\u{1B}[2J"]
        case "lang": return ["", "x"]
        case "status", "priority", "outcome", "category", "channel", "format", "what", "synthetic", "kind":
            return ["", "x", "ąę", "\u{1B}[2J"]
        case "time": return ["", "9999-12-31T23:59:59-23:59", "1900-01-01T00:00:00+14:00", "0001-01-01T00:00:00Z", "2199-12-31T23:59:59-23:59"]
        case "older-than": return ["", "0d", "100000y", "9223372036854775807m", "-1d", "1x"]
        case "size": return ["", "0x0", "1x1", "20x6", "99999x99999", "x"]
        case "keys": return ["", "<", "<C-", "<Enter><Enter><Esc>q", String(repeating: "a", count: 2000)]
        default: return strings
        }
    }

    /// The commands and their options and arguments, from the argument parser's own dump.
    static func commands() throws -> [(path: [String], options: [String], positionals: [String], flags: [String])] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: BeatBinary.path)
        p.arguments = ["--experimental-dump-help"]
        let data = Data(try BeatBinary.capture(p).stdout.utf8)
        let root = try XCTUnwrap((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["command"] as? [String: Any])
        var found: [(path: [String], options: [String], positionals: [String], flags: [String])] = []
        func walk(_ c: [String: Any], _ path: [String]) {
            let subs = c["subcommands"] as? [[String: Any]] ?? []
            let args = c["arguments"] as? [[String: Any]] ?? []
            func names(_ kind: String) -> [String] {
                args.filter { $0["kind"] as? String == kind }.compactMap { a in
                    kind == "positional" ? a["valueName"] as? String : (a["names"] as? [[String: Any]])?.first?["name"] as? String
                }.filter { !["h", "help", "version"].contains($0) }
            }
            if subs.isEmpty || path.isEmpty { found.append((path, names("option"), names("positional"), names("flag"))) }
            for s in subs {
                guard let name = s["commandName"] as? String, name != "help", name != "debug" else { continue }
                walk(s, path + [name])
            }
        }
        walk(root, [])
        return found
    }

    /// Runs `beat` in `cwd`, killed after 60 s (a hang would be a failure, not a wait).
    static func run(_ arguments: [String], cwd: String) -> (status: Int32, output: String, signaled: Bool) {
        // TMPDIR: `beat --demo` makes its scratch copy there.
        let beat = BeatBinary(data: cwd, env: ["BEAT_OFFICER": "kaczmarek", "BEAT_LOCK_TIMEOUT": "2", "TMPDIR": cwd])
        guard let r = try? beat.run(arguments, cwd: cwd, timeout: 60) else { return (-1, "could not start", false) }
        return (r.status, r.stdout + r.stderr, r.signaled)
    }

    func testEverySubcommandWithBoundaryValuesOfEachOptionExitsWithACodeFromTheTable() throws {
        let root = temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let demo = BeatBinary(data: root + "/demo", env: ["BEAT_OFFICER": "kaczmarek"])
        try demo.ok(["init", "--demo"])
        try demo.ok(["task", "note", "1", "x"])
        let backup = root + "/kopia.tar"
        try demo.ok(["backup", backup])
        let commands = try BoundaryInputTests.commands()
        XCTAssertGreaterThan(commands.count, 25, "the parser's dump lists the commands")
        final class Tally: @unchecked Sendable {
            let lock = NSLock()
            var runs = 0
            var codes: [Int32: Int] = [:]
            var failures: [String] = []
        }
        let tally = Tally()
        DispatchQueue.concurrentPerform(iterations: commands.count) { k in
            let c = commands[k]
            let name = c.path.isEmpty ? "beat" : c.path.joined(separator: "-")
            let cwd = root + "/cwd-" + name
            let store = root + "/store-" + name
            try? FileManager.default.createDirectory(atPath: cwd, withIntermediateDirectories: true)
            try? FileManager.default.copyItem(atPath: demo.data, toPath: store)
            var lines: [(String, Line)] = []
            var n = 0
            func fresh() -> String { n += 1; return cwd + "/nowy-\(n)" }
            for option in c.options {
                for v in BoundaryInputTests.values(option) {
                    lines.append(("--\(option) \(v.prefix(20).debugDescription)",
                                  BoundaryInputTests.baseline(c.path, store: store, backup: backup, fresh: fresh()).with(option: option, v)))
                }
            }
            for positional in c.positionals {
                for v in BoundaryInputTests.values(positional) {
                    lines.append(("<\(positional)> \(v.prefix(20).debugDescription)",
                                  BoundaryInputTests.baseline(c.path, store: store, backup: backup, fresh: fresh()).with(positional: positional, v)))
                }
            }
            for flag in c.flags {
                var l = BoundaryInputTests.baseline(c.path, store: store, backup: backup, fresh: fresh())
                l.path += ["--" + flag]
                lines.append(("--\(flag)", l))
            }
            for (label, line) in lines {
                let r = BoundaryInputTests.run(line.arguments, cwd: cwd)
                var problem: String?
                if r.signaled || ![0, 64, 65, 66, 73, 77].contains(r.status) {
                    problem = "exit \(r.status)\(r.signaled ? " (signal)" : ""): \(r.output.prefix(300))"
                } else if r.output.contains("\u{1B}") {
                    problem = "an escape byte reached the terminal: \(r.output.prefix(200).debugDescription)"
                }
                tally.lock.lock()
                tally.runs += 1
                tally.codes[r.status, default: 0] += 1
                if let problem { tally.failures.append("beat \(c.path.joined(separator: " ")) \(label): \(problem)") }
                tally.lock.unlock()
            }
        }
        for f in tally.failures.prefix(30) { XCTFail(f) }
        let codes = tally.codes.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
        print("boundary inputs: \(commands.count) commands, \(tally.runs) runs, exit codes {\(codes)}, \(tally.failures.count) traps or codes outside the table")
    }

    /// Every report, with today pinned at and past the ends of the calendar Beat keeps and
    /// with periods there (these trapped: day arithmetic past year 1 or 9999).
    func testEveryReportAtTheEndsOfTheCalendar() throws {
        let root = temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let demo = BeatBinary(data: root + "/demo")
        try demo.ok(["init", "--demo"])
        let kinds: [[String]] = [["progress"], ["officer", "--officer", "kaczmarek"], ["plan", "--plan", "1"], ["contacts"], ["districts"],
                                 ["meeting", "--team", "zespol-dobrzec"], ["letter", "--officer", "kaczmarek"]]
        let todays = ["0001-03-15", "1900-01-01", "1900-03-15", "2199-12-31", "9999-12-31"]
        var runs = 0, codes: [Int32: Int] = [:]
        for today in todays {
            for kind in kinds {
                for extra in [[], ["--from", today, "--to", today], ["--format", "csv"]] {
                    let r = try BeatBinary(data: demo.data, env: ["BEAT_TODAY": today]).run(["report"] + kind + extra)
                    runs += 1
                    codes[r.status, default: 0] += 1
                    XCTAssertTrue([0, 64].contains(r.status), "BEAT_TODAY=\(today) report \(kind + extra): \(r.status) \(r.stderr.prefix(200))")
                    if today < "1900-01-01" || today > "2199-12-31" {
                        XCTAssertEqual(r.status, 64, "BEAT_TODAY=\(today) is outside the days Beat keeps")
                        XCTAssertTrue(r.stderr.contains("1900-01-01"), r.stderr)
                    }
                }
            }
        }
        // The issue's own examples.
        let r = try demo.run(["report", "contacts", "--from", "9999-12-31", "--to", "9999-12-31"])
        XCTAssertEqual(r.status, 64, r.stderr)
        XCTAssertTrue(r.stderr.contains("--from") && r.stderr.contains("2199-12-31"), r.stderr)
        try demo.ok(["report", "contacts", "--from", "1900-01-01", "--to", "2199-12-31", "--format", "csv"])
        let codeList = codes.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
        print("reports at the ends of the calendar: \(runs) runs, exit codes {\(codeList)}, 0 traps")
    }
}
