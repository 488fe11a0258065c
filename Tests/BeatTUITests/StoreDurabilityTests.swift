import BeatCore
import Foundation
import XCTest

/// The store's promises under real processes: kill -9 at any moment, several writers at once.
final class StoreDurabilityTests: XCTestCase {
    /// Starts `beat debug write-loop` and collects the notes it acknowledged.
    final class Writer: @unchecked Sendable {
        let process = Process()
        private let pipe = Pipe()
        private let lock = NSLock()
        private var buffer = Data()
        private let done = DispatchSemaphore(value: 0)

        init(beat: BeatBinary, tag: String, count: Int = 0) throws {
            process.executableURL = URL(fileURLWithPath: BeatBinary.path)
            process.arguments = ["debug", "write-loop", "--task", "1", "--tag", tag, "--count", String(count), "--data", beat.data]
            process.environment = beat.env
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            try process.run()
            let handle = pipe.fileHandleForReading
            DispatchQueue.global().async { [self] in
                while true {
                    let d = handle.availableData
                    if d.isEmpty { break }
                    lock.lock(); buffer.append(d); lock.unlock()
                }
                done.signal()
            }
        }

        /// Acknowledged note texts, once the process has ended.
        func acknowledged() -> [String] {
            process.waitUntilExit()
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
        let beat = BeatBinary(data: temporaryFolder(self))
        try beat.ok(["init", "--demo"])
        var acknowledged = 0
        var rng = SystemRandomNumberGenerator()
        let rounds = 25
        for round in 0..<rounds {
            let w = try Writer(beat: beat, tag: "r\(round)")
            // Wait for the writer to get going, then kill it at a random moment.
            let deadline = Date().addingTimeInterval(5)
            while w.ackCount == 0 && Date() < deadline { usleep(1_000) }
            usleep(UInt32.random(in: 0...30_000, using: &rng))
            kill(w.process.processIdentifier, SIGKILL)
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
        let beat = BeatBinary(data: temporaryFolder(self))
        try beat.ok(["init", "--demo"])
        let before = try Store.open(at: beat.data).model.task(1)!.notes.count
        let writers = try (0..<4).map { try Writer(beat: beat, tag: "w\($0)", count: 50) }
        var acks: [String] = []
        for w in writers {
            let a = w.acknowledged()
            XCTAssertEqual(w.process.terminationStatus, 0)
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
