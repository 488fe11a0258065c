import BeatCore
import Foundation
import XCTest

/// Trust, driven as a user or script would: hostile files in a child process, writing
/// commands on a store `beat check` rejects, read-only and busy stores, failing disks,
/// backups while others write, the purge of personal data, the audit log.
final class TrustCommandTests: XCTestCase {
    /// The demo store with history and a live journal.
    func store() throws -> BeatBinary {
        let beat = try demo()
        try beat.ok(["task", "note", "1", "przed kompaktowaniem", "--as", "kaczmarek"])
        try beat.ok(["compact", "--as", "kaczmarek"])
        try beat.ok(["task", "note", "1", "po kompaktowaniu", "--as", "kaczmarek"])
        return beat
    }

    func hashes(_ dir: String) -> [String: Data] { storeFiles(dir) }

    func file(_ beat: BeatBinary, _ suffix: String) throws -> String {
        let all = FileManager.default.enumerator(atPath: beat.data)?.allObjects.compactMap { $0 as? String } ?? []
        return beat.data + "/" + (try XCTUnwrap(all.sorted().first { $0.hasSuffix(suffix) }, suffix))
    }

    func edit(_ path: String, _ f: (String) -> String) throws {
        try f(try String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: false, encoding: .utf8)
    }

    /// `beat: FILE:LINE:COLUMN: reason` naming a file of the store.
    func assertLocated(_ stderr: String, in dir: String, file: StaticString = #filePath, line: UInt = #line) {
        let m = stderr.hasPrefix("beat: ") ? String(stderr.dropFirst(6)) : stderr
        let parts = m.split(separator: ":", maxSplits: 3)
        XCTAssertTrue(m.hasPrefix(dir + "/") && parts.count == 4 && Int(parts[1]) != nil && Int(parts[2]) != nil,
                      "not file:line:column: \(stderr)", file: file, line: line)
    }

    static let writingCommands: [[String]] = [
        ["task", "add", "--title", "Nowe", "--assignee", "kaczmarek"],
        ["task", "status", "1", "done"],
        ["task", "note", "1", "notatka"],
        ["contact", "add", "--channel", "phone", "--category", "inne", "--summary", "Skarga"],
        ["compact"],
        ["privacy", "purge", "--older-than", "1m"],
        ["debug", "write-loop", "--task", "1", "--count", "1"],
    ]

    // MARK: Hostile input in a child process

    func testDangerousFilesNeverCrashAndWritingCommandsRefuseThemWithTheSameMessage() throws {
        let beat = try store()
        let cases: [(String, String, (String) -> String)] = [
            ("200,000 nested lists", "reference.json", {
                $0.replacingOccurrences(of: "\"streets\" : [", with: "\"streets\" : " + String(repeating: "[", count: 200_000)
                                        + String(repeating: "]", count: 200_000) + ", \"y\" : [") }),
            ("a journal line nested 100,000 deep", "journal.jsonl", { _ in
                "{\"seq\":99,\"change\":" + String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000) + "}\n{}\n" }),
            ("counters at Int.max", "reference.json", {
                $0.replacingOccurrences(of: #""task" : \d+"#, with: "\"task\" : 9223372036854775807", options: .regularExpression) }),
            ("a sequence number at Int.max", "store.json", {
                $0.replacingOccurrences(of: #""seq" : \d+"#, with: "\"seq\" : 9223372036854775807", options: .regularExpression) }),
            ("a note index at Int.max in the journal", "journal.jsonl", {
                $0.replacingOccurrences(of: #"\{"addNote":\{"task":1,"text":"po kompaktowaniu"\}\}"#,
                                        with: "{\"removeNote\":{\"task\":1,\"index\":9223372036854775807}}", options: .regularExpression) + "{}\n" }),
            ("a 20 MB summary in the journal", "journal.jsonl", {
                $0.replacingOccurrences(of: "po kompaktowaniu", with: String(repeating: "ż", count: 10_000_000)) + "{}\n" }),
            ("the last instant of year 9999 at UTC-23:59", "contacts/2026-11.json", {
                $0.replacingOccurrences(of: #""time" : "2026-11-\d\dT[0-9:]+[+-]\d\d:\d\d""#, with: "\"time\" : \"9999-12-31T23:59:59-23:59\"",
                                        options: .regularExpression) }),
            ("an impossible day", "reference.json", {
                $0.replacingOccurrences(of: #""due" : "\d{4}-\d{2}-\d{2}""#, with: "\"due\" : \"2026-02-30\"", options: .regularExpression) }),
        ]
        var runs = 0
        let pristine = beat.data + "-pristine"
        try FileManager.default.copyItem(atPath: beat.data, toPath: pristine)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: pristine) }
        for (name, suffix, change) in cases {
            try? FileManager.default.removeItem(atPath: beat.data)
            try FileManager.default.copyItem(atPath: pristine, toPath: beat.data)
            let path = try file(beat, suffix)
            let original = try Data(contentsOf: URL(fileURLWithPath: path))
            try edit(path, change)
            let before = hashes(beat.data)
            XCTAssertNotEqual(try Data(contentsOf: URL(fileURLWithPath: path)), original, "\(name): the edit did not apply")
            let check = try beat.run(["check"])
            runs += 1
            XCTAssertEqual(check.status, 65, "\(name): \(check.stderr.prefix(300))")
            XCTAssertNotEqual(check.status, 4, "\(name): a trap (SIGILL)")
            assertLocated(check.stderr, in: beat.data)
            let lines = check.stderr.split(separator: "\n")
            XCTAssertEqual(lines.count, 2, "\(name): where and why, then what to do: \(check.stderr)")
            XCTAssertEqual(lines.last.map(String.init), "beat: " + L10n.badDataWhatToDo, name)
            XCTAssertEqual(hashes(beat.data), before, "\(name): files changed")
            // Every writing command on three of them (the next test covers more kinds of damage).
            for command in TrustCommandTests.writingCommands where ["200,000 nested lists", "counters at Int.max",
                                                                     "a note index at Int.max in the journal"].contains(name) {
                let r = try beat.run(command + ["--as", "kaczmarek"])
                runs += 1
                XCTAssertEqual(r.status, 65, "\(name): \(command): \(r.stderr.prefix(300))")
                XCTAssertEqual(r.stderr, check.stderr, "\(name): \(command) says something else")
            }
            XCTAssertEqual(hashes(beat.data), before, "\(name): a writing command changed files")
        }
        print("hostile files in a child process: \(cases.count) stores, \(runs) runs, 0 crashes, 0 files changed")
    }

    func testEveryWritingCommandRefusesAStoreCheckRejects() throws {
        let beat = try store()
        let damages: [(String, (String) -> String)] = [
            ("reference.json", { String($0.prefix($0.count / 2)) }),
            ("reference.json", { $0.replacingOccurrences(of: "\"assignee\" : \"kaczmarek\"", with: "\"assignee\" : \"kowalski\"") }),
            ("history/journal-000001-000001.jsonl", { String($0.dropLast(3)) }),
            ("store.json", { $0.replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 2") }),
            // Writers that leave the contacts unread still notice a segment cut short.
            ("contacts/2026-10.json", { String($0.prefix($0.count / 2)) }),
            // A journal line the records a writer holds reject (a task for a plan that is not there).
            ("journal.jsonl", { $0 + #"{"at":"2026-11-22T09:00:00+00:00","by":"kaczmarek","change":{"addTask":{"assignee":"kaczmarek","#
                + #""description":"","partners":[],"plan":77,"priority":"normal","title":"x"}},"seq":3}"# + "\n" }),
        ]
        for (suffix, damage) in damages {
            let path = try file(beat, suffix)
            let original = try Data(contentsOf: URL(fileURLWithPath: path))
            try edit(path, damage)
            let before = hashes(beat.data)
            let check = try beat.run(["check"])
            XCTAssertEqual(check.status, 65, suffix)
            assertLocated(check.stderr, in: beat.data)
            for command in TrustCommandTests.writingCommands {
                let r = try beat.run(command + ["--as", "kaczmarek"])
                XCTAssertEqual(r.status, 65, "\(suffix): \(command)")
                XCTAssertEqual(r.stderr, check.stderr, "\(suffix): \(command)")
            }
            XCTAssertEqual(hashes(beat.data), before, suffix)
            try original.write(to: URL(fileURLWithPath: path))
        }
    }

    // MARK: Failing disks, read-only and busy stores

    func testAFullDiskReportsTheFailureAndChangesNothing() throws {
        let beat = try store()
        let before = hashes(beat.data)
        for (fault, text) in [("ENOSPC@0", "No space left on device"), ("EIO@1", "Input/output error"), ("EACCES@0", "Permission denied")] {
            let failing = BeatBinary(data: beat.data, env: ["BEAT_FAULT": fault, "BEAT_LANG": "en"])
            let r = try failing.run(["task", "note", "1", "nie zapisana", "--as", "kaczmarek"])
            XCTAssertEqual(r.status, 73, fault)
            XCTAssertTrue(r.stderr.contains(text) && r.stderr.contains("Nothing was changed"), r.stderr)
            XCTAssertEqual(hashes(beat.data), before, fault)
        }
    }

    /// Runs `beat` with the store's folder (or one file of it) bind-mounted read-only, in a
    /// private mount namespace — the way to make a read-only store for root, who ignores
    /// permission bits. As another user, permission bits do it.
    func runReadOnly(_ beat: BeatBinary, _ args: [String], only file: String? = nil) throws -> BeatBinary.Result {
        let target = file.map { beat.data + "/" + $0 } ?? beat.data
        if getuid() != 0 {
            chmod(target, file == nil ? 0o500 : 0o400)
            defer { chmod(target, file == nil ? 0o700 : 0o600) }
            return try beat.run(args)
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        p.arguments = ["-m", "sh", "-c", "mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\" && shift && exec \"$@\"",
                       target, "--", BeatBinary.path] + args + ["--data", beat.data]
        p.environment = beat.env
        let r = try BeatBinary.capture(p)
        if r.stderr.contains("unshare:") || r.stderr.contains("mount:") {
            throw XCTSkip("cannot make a read-only mount here (\(r.stderr.prefix(120))); the seam tests cover Store.open(readOnly:)")
        }
        return r
    }

    func testAReadOnlyFolderOrFileOpensReadOnlyAndWritingCommandsSaySo() throws {
        let beat = try store()
        let before = hashes(beat.data)
        for only in [nil, "journal.jsonl"] as [String?] {
            let check = try runReadOnly(beat, ["check"], only: only)
            XCTAssertEqual(check.status, 0, check.stderr)
            XCTAssertTrue(check.stderr.contains("tylko do odczytu"), "check says so: \(check.stderr)")
            XCTAssertTrue(try runReadOnly(beat, ["task", "list"], only: only).status == 0)
            for command in TrustCommandTests.writingCommands {
                let r = try runReadOnly(beat, command + ["--as", "kaczmarek"], only: only)
                XCTAssertEqual(r.status, 73, "\(command): \(r.stderr)")
                XCTAssertTrue(r.stderr.contains("tylko do odczytu") && r.stderr.contains(only ?? beat.data), "\(command): \(r.stderr)")
            }
            // The interface opens it too, says why on its message line, and refuses a change.
            let screen = try runReadOnly(beat, ["--headless", "--size", "200x24", "--as", "kaczmarek", "--keys", "3aNie zapisze się<C-s>"], only: only)
            XCTAssertEqual(screen.status, 0, screen.stderr)
            XCTAssertTrue(screen.stdout.contains("tylko do odczytu"), screen.stdout)
            XCTAssertTrue(screen.stdout.contains(only ?? "Folder"), "the notice names what cannot be written: \(screen.stdout)")
        }
        XCTAssertEqual(hashes(beat.data), before)
        try beat.ok(["task", "note", "1", "znów zapisywalny", "--as", "kaczmarek"])
    }

    func testABusyStoreWaitsABoundedTimeThenNamesTheHolder() throws {
        let beat = try store()
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: BeatBinary.path)
        holder.arguments = ["debug", "hold-lock", "--seconds", "20", "--as", "szymanski", "--data", beat.data]
        holder.environment = beat.env
        let out = Pipe()
        holder.standardOutput = out
        try holder.run()
        defer { holder.terminate(); holder.waitUntilExit() }
        XCTAssertEqual(String(decoding: out.fileHandleForReading.availableData, as: UTF8.self), "locked\n")
        let waiting = BeatBinary(data: beat.data, env: ["BEAT_LOCK_TIMEOUT": "0.5"])
        let start = Date()
        let r = try waiting.run(["task", "note", "1", "czekam", "--as", "kaczmarek"])
        let waited = Date().timeIntervalSince(start)
        XCTAssertEqual(r.status, 75, r.stderr)
        XCTAssertTrue(r.stderr.contains("pid \(holder.processIdentifier)") && r.stderr.contains("szymanski"), r.stderr)
        XCTAssertTrue(waited >= 0.5 && waited < 5, "waited \(waited) s")
        // Readers are not held up by the wait of writers… but a writer holding the lock does hold them for its moment.
        holder.terminate()
        holder.waitUntilExit()
        try waiting.ok(["task", "note", "1", "już wolne", "--as", "kaczmarek"])
    }

    func testCheckReportsLooserPermissions() throws {
        let beat = try store()
        XCTAssertFalse(try beat.run(["check"]).stderr.contains("chmod"))
        chmod(beat.data, 0o755)
        chmod(beat.data + "/journal.jsonl", 0o644)
        let history = try file(beat, "history/journal-000001-000001.jsonl")
        chmod(history, 0o640)
        let r = try beat.run(["check"])
        XCTAssertEqual(r.status, 0)
        for p in [beat.data + ":", beat.data + "/journal.jsonl:", history + ":"] {
            XCTAssertTrue(r.stderr.contains(p) && r.stderr.contains("chmod go-rwx"), "\(p): \(r.stderr)")
        }
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 3, r.stderr)
    }

    // MARK: Backup and restore

    func testBackupsWhileOthersWriteRestoreToSoundCopies() throws {
        let beat = try store()
        let writers = try (0..<2).map { try StoreDurabilityTests.Writer(beat: beat, tag: "w\($0)", count: 60) }
        var backups: [String] = []
        for k in 0..<4 {
            let file = beat.data + "-kopia-\(k).tar"
            addTeardownBlock { try? FileManager.default.removeItem(atPath: file) }
            try beat.ok(["backup", file])
            backups.append(file)
            usleep(30_000)
        }
        for w in writers { XCTAssertEqual(w.acknowledged().count, 60) }
        let final = try Store.open(at: beat.data)
        let finalNotes = final.model.task(1)!.notes.map(\.text)
        var seqs: [Int] = []
        for (k, file) in backups.enumerated() {
            let target = BeatBinary(data: temporaryFolder(self))
            let r = try target.ok(["restore", file])
            XCTAssertTrue(r.contains("w porządku"), r)
            try target.ok(["check"])
            let restored = try Store.open(at: target.data)
            seqs.append(restored.model.seq)
            // A consistent point: whole changes, each writer's notes a prefix of what it wrote.
            XCTAssertEqual(try restored.auditTrail().map(\.seq), Array(1...restored.model.seq), "backup \(k)")
            let notes = restored.model.task(1)!.notes.map(\.text)
            XCTAssertEqual(notes, Array(finalNotes.prefix(notes.count)), "backup \(k) is the store as it was at one moment")
            for w in 0..<2 {
                let mine = notes.filter { $0.hasPrefix("w\(w)-") }
                XCTAssertEqual(mine, (0..<mine.count).map { "w\(w)-\($0 + 1)" })
            }
        }
        XCTAssertEqual(seqs, seqs.sorted())
        XCTAssertEqual(try Store.open(at: beat.data).model.seq, 122)
        print("backups while two writers wrote: restored at entries \(seqs), each passing check")
    }

    func testRestoreRefusesAFolderInUseAndADamagedBackup() throws {
        let beat = try store()
        let file = beat.data + "-kopia.tar"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: file) }
        try beat.ok(["backup", file])
        let again = try beat.run(["backup", file])
        XCTAssertEqual(again.status, 73)
        XCTAssertEqual(try beat.run(["restore", file]).status, 73, "never over an existing store")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: file))
        let target = BeatBinary(data: temporaryFolder(self))
        let r = try target.run(["restore", file])
        XCTAssertEqual(r.status, 65, r.stderr)
        XCTAssertTrue(r.stderr.contains(file), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: target.data))
    }

    // MARK: Personal data and the audit log

    func testPurgeFindAndLogOnTheDemoStore() throws {
        let beat = try demo()
        let nothing = try beat.ok(["privacy", "purge", "--older-than", "24m", "--as", "kaczmarek"])
        XCTAssertTrue(nothing.contains("Nie ma danych osobowych starszych"), nothing)
        let demo = try Store.open(at: beat.data).model
        let cutoff = Day("2026-08-22")!
        let old = demo.contacts.filter { $0.time.day < cutoff && $0.resident != nil }
        XCTAssertFalse(old.isEmpty)
        let name = old[0].resident!.name
        let found = try beat.ok(["privacy", "find", name.uppercased()])
        XCTAssertTrue(found.contains("kontakt") && found.contains(String(old[0].id)), found)

        let before = hashes(beat.data)
        let dry = try beat.ok(["privacy", "purge", "--older-than", "3m", "--dry-run", "--as", "kaczmarek"])
        XCTAssertEqual(hashes(beat.data), before, "a dry run writes nothing")
        XCTAssertTrue(dry.contains("Próba (nic nie zmieniono)") && dry.contains("sprzed 2026-08-22"), dry)
        let done = try beat.ok(["privacy", "purge", "--older-than", "3m", "--as", "kaczmarek"])
        XCTAssertEqual(done.split(separator: "\n").dropFirst().first, dry.split(separator: "\n").dropFirst().first)
        XCTAssertTrue(done.contains("kontakty w migawce: \(old.count),"), done)
        for c in old { XCTAssertTrue(done.contains("kontakt nr \(c.id), "), "\(c.id)") }
        XCTAssertFalse(done.contains(name), "the purge does not print the data it removes")
        let left = try JSONSerialization.jsonObject(with: Data(try beat.ok(["privacy", "find", name, "--json"]).utf8)) as? [[String: Any]] ?? []
        XCTAssertFalse(left.contains { $0["kind"] as? String == "contact" && $0["id"] as? String == String(old[0].id) }, "\(left)")
        let after = try Store.open(at: beat.data).model
        XCTAssertEqual(after.contacts.count, demo.contacts.count)
        XCTAssertEqual(after.contacts.map(\.category), demo.contacts.map(\.category))
        XCTAssertEqual(after.contacts.map(\.time), demo.contacts.map(\.time))
        XCTAssertEqual(after.contacts.filter { $0.time.day >= cutoff }, demo.contacts.filter { $0.time.day >= cutoff })
        try beat.ok(["check"])

        let log = try beat.ok(["log", "--officer", "kaczmarek"])
        XCTAssertTrue(log.contains("spseudonimizowała dane mieszkańców w kontaktach sprzed 2026-08-22 (w migawce: \(old.count))"), log)
        let english = BeatBinary(data: beat.data, env: ["BEAT_LANG": "en"])
        XCTAssertTrue(try english.ok(["log", "--since", "2026-11-22"]).contains("pseudonymised residents' data"))
        XCTAssertTrue(try beat.ok(["log", "--officer", "zielinska"]).contains("Brak wpisów"))
        XCTAssertEqual(try beat.run(["log", "--officer", "nikt"]).status, 64, "an unknown officer is a usage error")
        XCTAssertEqual(try beat.run(["log", "--since", "2026-02-30"]).status, 64)
        XCTAssertEqual(try beat.run(["privacy", "purge", "--older-than", "dwa lata"]).status, 64)
        let json = try JSONSerialization.jsonObject(with: Data(try beat.ok(["log", "--json"]).utf8)) as? [[String: Any]]
        XCTAssertEqual(json?.last?["change"] as? String, "pseudonymise")
        print("purge of the demo store (BEAT_TODAY=2026-11-22): --older-than 24m pseudonymised 0 contacts; "
              + "--older-than 3m pseudonymised \(old.count) of \(demo.contacts.count) contacts")
    }
}
