import BeatCore
import BeatDemo
import Foundation
import XCTest

/// Crash, then carry on: every multi-file operation (init, compact, purge, backup, restore)
/// killed at each of its disk steps (`BEAT_FAULT=crash@N`: the process dies there, as in a
/// power cut), then every writer, `check`, `compact`, `contact list`, `backup`, `purge` —
/// each must work, every acknowledged change must be there, and the store must hold
/// nothing an operation left behind (no stray folders or temporaries, no two names for one
/// file).
final class CrashRecoveryTests: XCTestCase {
    /// A small store (two months of the demo's contacts, so the sweeps stay short) with a
    /// history, a live journal and old residents' data for the purge.
    static func smallStore(_ test: XCTestCase) throws -> BeatBinary {
        let beat = BeatBinary(data: temporaryFolder(test), env: ["BEAT_OFFICER": "kaczmarek"])
        let today = Day("2026-11-22")!
        let demo = DemoPilot.model(today: today, offsetMinutes: 60)
        let old = try XCTUnwrap(demo.contacts.first { $0.resident != nil && $0.time.day < today.adding(months: -4) }).time.day.monthKey
        let keep: Set<String> = [old, today.monthKey]
        let model = Model(districts: demo.districts, beats: demo.beats, officers: demo.officers, teams: demo.teams, plans: demo.plans,
                          tasks: demo.tasks, contacts: demo.contacts.filter { keep.contains($0.time.day.monthKey) },
                          meetings: demo.meetings, counters: demo.counters)
        try Store.create(at: beat.data, model: model, clock: Clock(today: today, now: Timestamp(day: today, hour: 9, offsetMinutes: 60)))
        try beat.ok(["task", "note", "1", "przed kompaktowaniem"])
        try beat.ok(["compact"])
        try beat.ok(["task", "note", "1", "po kompaktowaniu"])
        try beat.ok(["contact", "add", "--channel", "phone", "--category", "inne", "--summary", "Stary kontakt",
                     "--resident", "Zdzisław Łęcki", "--time", "2026-05-04T10:00:00+02:00"])
        return beat
    }

    /// What a sweep did, for the closing figures.
    struct Tally {
        var steps = 0
        var runs = 0
        var old = 0
        var new = 0
        var failures: [String] = []
    }

    /// Runs `crashing` with `crash@0`, `crash@1`, … (two at a time) until it runs to the
    /// end; after each crash `check(n, dir)` carries on and returns the problems it found.
    func sweep(_ label: String, prepare: @escaping @Sendable (String) throws -> Void,
               crashing: @escaping @Sendable (BeatBinary) throws -> BeatBinary.Result,
               then check: @escaping @Sendable (Int, BeatBinary) throws -> (runs: Int, problems: [String], outcome: Bool?)) throws -> Tally {
        let root = temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        final class Shared: @unchecked Sendable {
            let lock = NSLock()
            var tally = Tally()
            var done = false
        }
        let shared = Shared()
        var n = 0
        while !shared.done && n < 400 {
            let batch = [n, n + 1]
            DispatchQueue.concurrentPerform(iterations: batch.count) { k in
                let step = batch[k]
                let dir = root + "/step-\(step)"
                var problems: [String] = []
                var runs = 0
                var outcome: Bool?
                var finished = false
                do {
                    try prepare(dir)
                    let run = BeatBinary(data: dir, env: ["BEAT_FAULT": "crash@\(step)", "BEAT_OFFICER": "kaczmarek"])
                    let r = try crashing(run)
                    runs += 1
                    if r.status == 0 {
                        finished = true
                    } else if r.status != 86 {
                        problems.append("exit \(r.status): \(r.stderr.prefix(300))")
                    } else {
                        let c = try check(step, BeatBinary(data: dir, env: ["BEAT_OFFICER": "kaczmarek"]))
                        runs += c.runs
                        problems += c.problems
                        outcome = c.outcome
                    }
                } catch {
                    problems.append("\(error)")
                }
                try? FileManager.default.removeItem(atPath: dir)
                try? FileManager.default.removeItem(atPath: dir + "-config")
                shared.lock.lock()
                shared.tally.runs += runs
                if finished {
                    shared.done = true
                    shared.tally.steps = shared.tally.steps == 0 ? step : min(shared.tally.steps, step)
                } else {
                    shared.tally.failures += problems.map { "\(label) crash@\(step): \($0)" }
                    if outcome == true { shared.tally.new += 1 } else if outcome == false { shared.tally.old += 1 }
                }
                shared.lock.unlock()
            }
            n += batch.count
        }
        let tally = shared.tally
        XCTAssertTrue(shared.done, "\(label): never ran to the end")
        for f in tally.failures.prefix(20) { XCTFail(f) }
        XCTAssertGreaterThan(tally.steps, 3, label)
        return tally
    }

    /// With `BEAT_CRASH_FULL=1` every step is also followed by a restore of the backup, a
    /// purge and another check (about twice as long).
    static let full = ProcessInfo.processInfo.environment["BEAT_CRASH_FULL"] == "1"

    /// Every writer, then check, compact, contact list, backup (and with `full` the
    /// backup restored, a purge and check again): each exits 0, each writer's change is
    /// there at the end, and the store folder holds only what a store holds.
    static func carryOn(_ beat: BeatBinary, tag: String) throws -> (runs: Int, problems: [String]) {
        var problems: [String] = []
        var runs = 0
        func ok(_ args: [String]) throws -> String {
            let r = try beat.run(args)
            runs += 1
            if r.status != 0 { problems.append("beat \(args.joined(separator: " ")): exit \(r.status): \(r.stderr.prefix(300))") }
            return r.stdout
        }
        _ = try ok(["task", "add", "--title", "Po awarii \(tag)", "--assignee", "kaczmarek"])
        _ = try ok(["task", "status", "12", "in-progress"])
        _ = try ok(["task", "note", "1", "po awarii \(tag)"])
        _ = try ok(["contact", "add", "--channel", "phone", "--category", "inne", "--summary", "Po awarii \(tag)"])
        _ = try ok(["check"])
        _ = try ok(["compact"])
        let list = try ok(["contact", "list"])
        if !list.contains("Po awarii \(tag)") { problems.append("contact list lacks the new contact") }
        let file = beat.data + "-kopia-\(tag).tar"
        defer { try? FileManager.default.removeItem(atPath: file) }
        _ = try ok(["backup", file])
        if full {
            let restored = BeatBinary(data: beat.data + "-odtworzony", env: beat.env)
            defer { try? FileManager.default.removeItem(atPath: restored.data) }
            let r = try restored.run(["restore", file])
            runs += 1
            if r.status != 0 { problems.append("restore of the backup: exit \(r.status): \(r.stderr.prefix(300))") }
            _ = try ok(["privacy", "purge", "--older-than", "3m"])
            _ = try ok(["check"])
        }
        let store = try Store.open(at: beat.data, readOnly: true)
        let m = store.model
        if !m.tasks.contains(where: { $0.title == "Po awarii \(tag)" }) { problems.append("the added task is missing") }
        if m.task(12)?.status != .inProgress { problems.append("task 12's status is lost") }
        if m.task(1)?.notes.contains(where: { $0.text == "po awarii \(tag)" }) != true { problems.append("the note is missing") }
        if !m.contacts.contains(where: { $0.summary == "Po awarii \(tag)" }) { problems.append("the contact is missing") }
        problems += strays(beat.data)
        return (runs, problems)
    }

    /// What the store folder holds beyond a store's own names (one snapshot, one history
    /// folder, the journal files, the lock), and files that share an inode.
    static func strays(_ dir: String) -> [String] {
        var out: [String] = []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        let snapshots = names.filter { $0.hasPrefix("snapshot-") }, histories = names.filter { $0.hasPrefix("history") }
        if snapshots.count != 1 { out.append("snapshot folders: \(snapshots.sorted())") }
        if histories.count != 1 { out.append("history folders: \(histories.sorted())") }
        let others = names.filter { !$0.hasPrefix("snapshot-") && !$0.hasPrefix("history") && !["store.json", "journal.jsonl", "journal.torn", "lock"].contains($0) }
        if !others.isEmpty { out.append("stray names: \(others.sorted())") }
        for h in histories {
            let bad = ((try? FileManager.default.contentsOfDirectory(atPath: dir + "/" + h)) ?? []).filter { !($0.hasPrefix("journal-") && $0.hasSuffix(".jsonl")) }
            if !bad.isEmpty { out.append("stray names in \(h): \(bad)") }
        }
        var inodes: [UInt64: String] = [:]
        let e = FileManager.default.enumerator(atPath: dir)
        while let f = e?.nextObject() as? String {
            var st = stat()
            guard lstat(dir + "/" + f, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { continue }
            if let other = inodes[UInt64(st.st_ino)] { out.append("\(f) and \(other) are one file") }
            inodes[UInt64(st.st_ino)] = f
        }
        return out
    }

    /// The snapshot folder the manifest names.
    static func manifestSnapshot(_ dir: String) throws -> String {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/store.json"))) as? [String: Any]
        return json?["snapshot"] as? String ?? ""
    }

    func testCompactionOrPurgeKilledAtAnyStepThenEveryCommandWorks() throws {
        let base = try CrashRecoveryTests.smallStore(self)
        try base.ok(["task", "note", "1", "jeszcze jedna"])
        let old = try Store.open(at: base.data, readOnly: true).model
        var total = (steps: 0, runs: 0)
        let snapshotBefore = try CrashRecoveryTests.manifestSnapshot(base.data)
        // A purge compacts first, with the very steps of `beat compact` on the same store: its
        // sweep starts from the compacted store, so each of its own steps is tried once.
        let compacted = BeatBinary(data: base.data + "-skompaktowany", env: base.env)
        try FileManager.default.copyItem(atPath: base.data, toPath: compacted.data)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: compacted.data) }
        try compacted.ok(["compact"])
        for (label, command, from) in [("compact", ["compact"], base), ("purge", ["privacy", "purge", "--older-than", "3m"], compacted)] {
            let finished = base.data + "-" + label
            try FileManager.default.copyItem(atPath: from.data, toPath: finished)
            defer { try? FileManager.default.removeItem(atPath: finished) }
            try BeatBinary(data: finished, env: base.env).ok(command)
            let new = try Store.open(at: finished, readOnly: true).model
            let t = try sweep(label, prepare: { try FileManager.default.copyItem(atPath: from.data, toPath: $0) },
                              crashing: { try $0.run(command) }) { n, beat in
                // Right after the crash (read as it is, nothing cleared yet): the old store or the new one.
                let seen = try Store.open(at: beat.data, readOnly: true)
                var problems: [String] = []
                if seen.model != old && seen.model != new { problems.append("neither the old store nor the new one") }
                if !seen.warnings.isEmpty { problems.append("warnings: \(seen.warnings)") }
                // Compaction keeps the data: the new store is the one with the new snapshot.
                let isNew = label == "compact" ? try CrashRecoveryTests.manifestSnapshot(beat.data) != snapshotBefore : seen.model == new
                let c = try CrashRecoveryTests.carryOn(beat, tag: "\(n)")
                return (c.runs, problems + c.problems, isNew)
            }
            XCTAssertGreaterThan(t.old, 3, label)
            XCTAssertGreaterThan(t.new, 0, label)
            total.steps += t.steps
            total.runs += t.runs
            print("\(label) killed at each of \(t.steps) disk steps (\(t.old) left the old store, \(t.new) the new one), "
                  + "then the commands: \(t.runs) runs, \(t.failures.count) failures")
        }
        print("crash then carry on, compact and purge: \(total.steps) steps, \(total.runs) runs")
    }

    func testABackupKilledAtAnyStepLeavesTheStoreAndNoHalfBackup() throws {
        let base = try CrashRecoveryTests.smallStore(self)
        let before = storeFiles(base.data)
        let t = try sweep("backup", prepare: { try FileManager.default.copyItem(atPath: base.data, toPath: $0) },
                          crashing: { try $0.run(["backup", $0.data + ".tar"]) }) { n, beat in
            var problems: [String] = []
            if storeFiles(beat.data) != before { problems.append("the store changed") }
            var runs = 0
            // Either no backup, or a whole one.
            if FileManager.default.fileExists(atPath: beat.data + ".tar") {
                let r = try BeatBinary(data: beat.data + "-whole", env: beat.env).run(["restore", beat.data + ".tar"])
                runs += 1
                if r.status != 0 { problems.append("the backup left behind does not restore: \(r.stderr.prefix(200))") }
                try? FileManager.default.removeItem(atPath: beat.data + "-whole")
            }
            try? FileManager.default.removeItem(atPath: beat.data + ".tar")
            // The same backup again: it works, and takes away what the killed one left.
            let again = try beat.run(["backup", beat.data + ".tar"])
            runs += 1
            if again.status != 0 { problems.append("the backup again: exit \(again.status): \(again.stderr.prefix(200))") }
            let parent = (beat.data as NSString).deletingLastPathComponent, name = (beat.data as NSString).lastPathComponent
            let left = ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).filter { $0.hasPrefix(name + ".tar.") }
            if !left.isEmpty { problems.append("left beside the backup: \(left)") }
            try? FileManager.default.removeItem(atPath: beat.data + ".tar")
            let c = try CrashRecoveryTests.carryOn(beat, tag: "\(n)")
            return (runs + c.runs, problems + c.problems, nil)
        }
        print("backup killed at each of \(t.steps) disk steps, then the commands: \(t.runs) runs, \(t.failures.count) failures")
    }

    func testARestoreOrInitKilledAtAnyStepLeavesThePlaceAsItWas() throws {
        let base = try CrashRecoveryTests.smallStore(self)
        let file = base.data + "-kopia.tar"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: file) }
        try base.ok(["backup", file])
        for (label, command) in [("restore", ["restore", file]), ("init", ["init"])] {
          for existing in [false, true] {
            let t = try sweep(label + (existing ? " into an empty folder" : " into a missing folder"), prepare: { dir in
                if existing { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
            }, crashing: { try $0.run(command) }) { n, beat in
                var problems: [String] = []
                var runs = 0
                let contents = (try? FileManager.default.contentsOfDirectory(atPath: beat.data)) ?? []
                let committed = contents.contains("store.json")
                if committed {
                    // Killed after the manifest was in place: the new store, whole (what the
                    // build left beside it goes when it is first opened).
                    let again = try beat.run(command)
                    runs += 1
                    if again.status != 73 { problems.append("\(label) over the store it made: exit \(again.status)") }
                } else {
                    // Not in place: a missing place stays missing; an existing folder holds only
                    // what the build had put there (no store: commands say so), cleared by the next build.
                    if !existing, FileManager.default.fileExists(atPath: beat.data) { problems.append("the place was made: \(contents)") }
                    if existing, !contents.allSatisfy({ $0.hasPrefix(".beat-new-") || $0.hasPrefix("snapshot-") || $0.hasPrefix("history")
                        || $0 == "journal.jsonl" || $0 == "lock" }) {
                        problems.append("the place holds \(contents)")
                    }
                    let none = try BeatBinary(data: beat.data).run(["check"])
                    runs += 1
                    if none.status != 66 { problems.append("check after the crash: exit \(none.status), not 66 (no store)") }
                    let again = try beat.run(command)
                    runs += 1
                    if again.status != 0 { problems.append("\(label) again: exit \(again.status): \(again.stderr.prefix(300))") }
                }
                let parent = (beat.data as NSString).deletingLastPathComponent
                let name = (beat.data as NSString).lastPathComponent
                let left = ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).filter { $0.hasPrefix("." + name + ".") }
                if !left.isEmpty { problems.append("half-built folders left: \(left)") }
                // A restore killed before its commit is restored again: the same fresh store every
                // time, so a write, check and compaction show it sound; one killed after it left
                // its own store, which gets every command.
                if label == "restore" && committed {
                    let c = try CrashRecoveryTests.carryOn(beat, tag: "\(n)")
                    return (runs + c.runs, problems + c.problems, committed)
                }
                if label == "restore" {
                    for args in [["task", "note", "1", "po awarii"], ["check"], ["compact"], ["check"]] {
                        let r = try beat.run(args)
                        runs += 1
                        if r.status != 0 { problems.append("beat \(args.joined(separator: " ")): exit \(r.status): \(r.stderr.prefix(300))") }
                    }
                    return (runs, problems + CrashRecoveryTests.strays(beat.data), committed)
                }
                // An empty store has no officers: the system user acts.
                for args in [["check"], ["compact"], ["backup", beat.data + ".tar"], ["check"]] {
                    let r = try BeatBinary(data: beat.data).run(args)
                    runs += 1
                    if r.status != 0 { problems.append("beat \(args.joined(separator: " ")): exit \(r.status): \(r.stderr.prefix(300))") }
                }
                try? FileManager.default.removeItem(atPath: beat.data + ".tar")
                return (runs, problems + CrashRecoveryTests.strays(beat.data), committed)
            }
            print("\(label) into \(existing ? "an empty" : "a missing") folder killed at each of \(t.steps) disk steps "
                  + "(\(t.old) left no store, \(t.new) the whole one), then \(label) again and the commands: \(t.runs) runs, \(t.failures.count) failures")
          }
        }
    }
}
