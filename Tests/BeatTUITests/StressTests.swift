import BeatCore
import Foundation
import XCTest

/// kill -9 at random: eight writers (six `debug write-loop`s adding notes, two loops of
/// `contact add` with residents' data) beside repeated `compact`, `privacy purge` and
/// `backup`, every process liable to be killed at any moment. At the end `beat check`
/// exits 0 and every change whose command said yes is there.
///
/// The ordinary suite runs it for 8 seconds; `BEAT_STRESS_SECONDS=600 swift test --filter
/// StressTests` runs it longer.
final class StressTests: XCTestCase {
    /// The running processes, for the killer; what they acknowledged, for the check.
    final class Run: @unchecked Sendable {
        let lock = NSLock()
        var live: [Int32: String] = [:]
        var started = 0
        var killed = 0
        var contacts: [String] = []
        var backups: [String] = []
        var maintenance: [String: [Int32]] = [:]
        var writers: [StoreDurabilityTests.Writer] = []
        var stop = false

        func note(_ body: (Run) -> Void) { lock.lock(); body(self); lock.unlock() }
        var stopping: Bool { lock.lock(); defer { lock.unlock() }; return stop }
    }

    /// Runs `beat ARGS` to the end (or its death), registered as killable.
    static func run(_ beat: BeatBinary, _ args: [String], _ run: Run, label: String) -> Int32? {
        guard let pid = try? ChildProcess.spawn(BeatBinary.path, args + ["--data", beat.data], environment: beat.env) else { return nil }
        run.note { $0.live[pid] = label; $0.started += 1 }
        let ended = ChildProcess.wait(pid)
        run.note { $0.live[pid] = nil }
        return ended.signaled ? nil : ended.status
    }

    func testKillNineAtRandomAmongEightWritersCompactionPurgeAndBackupLosesNothing() throws {
        let seconds = ProcessInfo.processInfo.environment["BEAT_STRESS_SECONDS"].flatMap(Double.init) ?? 8
        let beat = try CrashRecoveryTests.smallStore(self)
        // Busy moments take longer than the default wait for the lock.
        let env = BeatBinary(data: beat.data, env: ["BEAT_OFFICER": "kaczmarek", "BEAT_LOCK_TIMEOUT": "30"])
        let run = Run()
        let group = DispatchGroup()
        // Six note writers, restarted with a new tag whenever one dies.
        for k in 0..<6 {
            group.enter()
            // Threads of their own: each blocks on its processes (a dispatch queue's pool may not grow for them).
            Thread.detachNewThread {
                var round = 0
                while !run.stopping {
                    guard let w = try? StoreDurabilityTests.Writer(beat: env, tag: "w\(k)r\(round)") else { break }
                    // Started after the killer's last round (a writer never ends by itself): killed at
                    // once, under the same lock, or the wait below would never end.
                    run.note { r in
                        r.started += 1
                        r.writers.append(w)
                        if r.stop { kill(w.pid, SIGKILL) } else { r.live[w.pid] = "write-loop" }
                    }
                    _ = w.ended()
                    run.note { $0.live[w.pid] = nil }
                    round += 1
                }
                group.leave()
            }
        }
        // Two writers of contacts with residents' data from months ago (for the purge).
        for k in 0..<2 {
            group.enter()
            // Threads of their own: each blocks on its processes (a dispatch queue's pool may not grow for them).
            Thread.detachNewThread {
                var i = 0
                while !run.stopping {
                    i += 1
                    let summary = "c\(k)-\(i)"
                    let status = StressTests.run(env, ["contact", "add", "--channel", "phone", "--category", "inne", "--summary", summary,
                                                       "--resident", "Jan Kowalski", "--time", "2026-0\(k + 5)-1\(i % 10)T10:00:00+02:00"],
                                                 run, label: "contact add")
                    if status == 0 { run.note { $0.contacts.append(summary) } }
                }
                group.leave()
            }
        }
        // Compaction, purge and backup, over and over.
        let folder = beat.data + "-kopie"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        let maintenance: [(String, @Sendable (Int) -> [String])] = [
            ("compact", { _ in ["compact"] }),
            ("purge", { _ in ["privacy", "purge", "--older-than", "3m"] }),
            ("backup", { i in ["backup", folder + "/kopia-\(i).tar"] }),
        ]
        for (label, args) in maintenance {
            group.enter()
            // Threads of their own: each blocks on its processes (a dispatch queue's pool may not grow for them).
            Thread.detachNewThread {
                var i = 0
                while !run.stopping {
                    i += 1
                    let status = StressTests.run(env, args(i), run, label: label) ?? -9
                    run.note { $0.maintenance[label, default: []].append(status) }
                    if label == "backup", status == 0 { run.note { $0.backups.append(folder + "/kopia-\(i).tar") } }
                    usleep(20_000)
                }
                group.leave()
            }
        }
        // The killer.
        var rng = SystemRandomNumberGenerator()
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            usleep(UInt32.random(in: 30_000...250_000, using: &rng))
            run.note { r in
                guard let (pid, _) = r.live.randomElement(using: &rng) else { return }
                if kill(pid, SIGKILL) == 0 { r.killed += 1 }
            }
        }
        run.note { $0.stop = true }
        run.note { r in for pid in r.live.keys { kill(pid, SIGKILL) } }
        group.wait()

        let check = try beat.run(["check"])
        XCTAssertEqual(check.status, 0, check.stderr)
        let store = try Store.open(at: beat.data, readOnly: true)
        let notes = Set(store.model.task(1)!.notes.map(\.text))
        let summaries = Set(store.model.contacts.map(\.summary))
        var acknowledged = 0, lost: [String] = []
        for w in run.writers {
            for a in w.acknowledged() {
                acknowledged += 1
                if !notes.contains(a) { lost.append(a) }
            }
        }
        for c in run.contacts {
            acknowledged += 1
            if !summaries.contains(c) { lost.append(c) }
        }
        XCTAssertEqual(lost, [], "acknowledged and lost")
        XCTAssertGreaterThan(acknowledged, 10, "the writers must have written something")
        XCTAssertEqual(CrashRecoveryTests.strays(beat.data), [])
        // The last backup that said yes restores to a store that passes its check.
        var restored = "none"
        if let last = run.backups.last {
            let target = BeatBinary(data: beat.data + "-odtworzony")
            addTeardownBlock { try? FileManager.default.removeItem(atPath: target.data) }
            try target.ok(["restore", last])
            try target.ok(["check"])
            restored = (last as NSString).lastPathComponent
        }
        // "3/10 ok (killed 5, busy 2)": exit 0, killed, 75 (the lock not free in time), anything else.
        let m = run.maintenance.mapValues { s in
            "\(s.filter { $0 == 0 }.count)/\(s.count) ok (killed \(s.filter { $0 == -9 }.count), busy \(s.filter { $0 == 75 }.count)"
                + (s.contains { ![0, -9, 75].contains($0) } ? ", other \(s.filter { ![0, -9, 75].contains($0) })" : "") + ")"
        }
        for (label, statuses) in run.maintenance {
            XCTAssertEqual(statuses.filter { ![0, -9, 75].contains($0) }, [], "\(label): exits other than ok, killed or busy")
        }
        print("kill -9 stress, \(Int(seconds)) s: \(run.started) processes, \(run.killed) killed; compact \(m["compact"] ?? "-"), "
              + "purge \(m["purge"] ?? "-"), backup \(m["backup"] ?? "-"); \(acknowledged) changes acknowledged, \(lost.count) lost; "
              + "beat check exit \(check.status); restored \(restored); contacts added \(run.contacts.count)")
    }
}
