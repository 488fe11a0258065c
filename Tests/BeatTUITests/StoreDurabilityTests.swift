import BeatCore
import Foundation
import XCTest

/// The store's promises under real processes: kill -9 at any moment, several writers at once.
final class StoreDurabilityTests: XCTestCase {
    /// Starts `beat debug write-loop` and collects the notes it acknowledged.
    final class Writer: @unchecked Sendable {
        /// The `beat debug write-loop` process (spawned with `ChildProcess`, not Foundation's `Process`).
        let pid: pid_t
        private let lock = NSLock()
        private var buffer = Data()
        private let done = DispatchSemaphore(value: 0)
        private let waiting = NSLock()
        private var end: (status: Int32, signaled: Bool)?

        init(beat: BeatBinary, tag: String, count: Int = 0) throws {
            let out = try ChildProcess.pipe()
            defer { close(out.write) }
            do {
                pid = try ChildProcess.spawn(BeatBinary.path, ["debug", "write-loop", "--task", "1", "--tag", tag, "--count", String(count),
                                                               "--data", beat.data], environment: beat.env, stdout: out.write)
            } catch {
                close(out.read)
                throw error
            }
            DispatchQueue.global().async { [self] in
                var chunk = [UInt8](repeating: 0, count: 4096)
                while true {
                    let n = chunk.withUnsafeMutableBytes { read(out.read, $0.baseAddress, $0.count) }
                    if n < 0 && errno == EINTR { continue }
                    if n <= 0 { break }
                    lock.lock(); buffer.append(contentsOf: chunk[..<n]); lock.unlock()
                }
                close(out.read)
                done.signal()
            }
        }

        /// Waits for the process to end (once): its exit status, or the signal that ended it.
        @discardableResult
        func ended() -> (status: Int32, signaled: Bool) {
            waiting.lock(); defer { waiting.unlock() }
            if let end { return end }
            let e = ChildProcess.wait(pid)
            end = e
            return e
        }

        /// Acknowledged note texts, once the process has ended.
        func acknowledged() -> [String] {
            ended()
            done.wait()
            lock.lock(); defer { lock.unlock() }
            return String(decoding: buffer, as: UTF8.self).split(separator: "\n").compactMap { line in
                let parts = line.split(separator: " ")
                return parts.count == 3 && parts[0] == "ack" ? String(parts[2]) : nil
            }
        }

        var ackCount: Int { lock.lock(); defer { lock.unlock() }; return buffer.split(separator: 10).count }
    }

    func testAcknowledgedChangesSurviveKillNineAtAnyMoment() throws {
        let beat = try demo()
        var acknowledged = 0
        var rng = SystemRandomNumberGenerator()
        let rounds = 25
        for round in 0..<rounds {
            let w = try Writer(beat: beat, tag: "r\(round)")
            // Wait for the writer to get going, then kill it at a random moment.
            let deadline = Date().addingTimeInterval(5)
            while w.ackCount == 0 && Date() < deadline { usleep(1_000) }
            usleep(UInt32.random(in: 0...30_000, using: &rng))
            kill(w.pid, SIGKILL)
            let acks = w.acknowledged()
            acknowledged += acks.count
            let store = try Store.open(at: beat.data)
            let notes = Set(store.model.task(1)!.notes.map(\.text))
            for a in acks { XCTAssertTrue(notes.contains(a), "round \(round): acknowledged \(a) is missing") }
            XCTAssertTrue(store.warnings.allSatisfy { $0.contains("journal.jsonl") })
        }
        let final = try Store.open(at: beat.data)
        XCTAssertGreaterThanOrEqual(final.model.task(1)!.notes.count, acknowledged)
        XCTAssertGreaterThan(acknowledged, rounds, "the writers must have written something")
        print("kill -9: \(rounds) rounds, \(acknowledged) acknowledged, \(final.model.task(1)!.notes.count) present")
        XCTAssertEqual(try beat.run(["check"]).status, 0)
    }

    func testFourWritersAtOnceLoseNothing() throws {
        let beat = try demo()
        let before = try Store.open(at: beat.data).model.task(1)!.notes.count
        let writers = try (0..<4).map { try Writer(beat: beat, tag: "w\($0)", count: 50) }
        var acks: [String] = []
        for w in writers {
            let a = w.acknowledged()
            XCTAssertEqual(w.ended().status, 0)
            XCTAssertEqual(a.count, 50)
            acks += a
        }
        let store = try Store.open(at: beat.data)
        let notes = store.model.task(1)!.notes.map(\.text)
        XCTAssertEqual(notes.count, before + 200)
        XCTAssertEqual(Set(notes).intersection(acks).count, 200)
        // Each writer's notes are in its own order; sequence numbers are contiguous.
        for k in 0..<4 {
            let mine = notes.filter { $0.hasPrefix("w\(k)-") }
            XCTAssertEqual(mine, (1...50).map { "w\(k)-\($0)" })
        }
        XCTAssertEqual(try store.auditTrail().map(\.seq), Array(1...200))
    }
}
