@testable import BeatCore
import Foundation
import XCTest

/// Failing disks: every disk step of every writing operation is made to fail in turn (no
/// space, permission denied, I/O error). A failure is reported (exit 73, naming the cause)
/// and leaves every file and the model in memory as they were; a failure after the commit
/// point leaves the finished operation, equal to a run without faults.
final class FaultInjectionTests: XCTestCase {
    static let errnos: [(Int32, String)] = [(ENOSPC, "No space left on device"), (EACCES, "Permission denied"), (EIO, "Input/output error")]

    struct Sweep {
        var steps = 0
        var failures = 0
        var afterCommit = 0
        var compactedOnly = 0
    }

    /// The files that differ, were added or went missing.
    static func changes(_ a: [String: [UInt8]], _ b: [String: [UInt8]]) -> [String] {
        Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
    }

    /// Runs `operation` on fresh copies of the store in `base`, failing step 0, 1, 2, … until
    /// a run passes every step. `reference` is the store a run without faults leaves.
    /// With `compactsFirst`, a failure may leave a compaction the operation committed first
    /// (a store equal in data and audit trail); otherwise every file as it was.
    func sweep(_ label: String, base: String, compactsFirst: Bool = false, operation: (Store) throws -> Void,
               same: (Store, Store) throws -> Void = { XCTAssertEqual($0.model, $1.model) },
               file: StaticString = #filePath, line: UInt = #line) throws -> Sweep {
        let parent = (base as NSString).deletingLastPathComponent
        let referenceDir = parent + "/reference"
        try TrustFixture.copy(base, to: referenceDir)
        let reference = try Store.open(at: referenceDir)
        try operation(reference)
        var result = Sweep()
        for n in 0..<500 {
            let dir = parent + "/run"
            try TrustFixture.copy(base, to: dir)
            let store = try Store.open(at: dir)
            let before = TrustFixture.files(dir)
            let model = store.model
            let trail = try store.auditTrail()
            let (code, text) = FaultInjectionTests.errnos[n % 3]
            let fault = FaultInjection(failAt: n, errno: code, afterBytes: n % 2 == 0 ? 0 : 17)
            store.faults = fault
            do {
                try operation(store)
                store.faults = nil
                try same(store, reference)
                try same(try Store.open(at: dir), reference)
                if !fault.fired {
                    result.steps = n
                    return result
                }
                result.afterCommit += 1
            } catch let e as BeatError {
                result.failures += 1
                let step = fault.failedStep ?? "?"
                XCTAssertTrue(fault.fired, "\(label) step \(n): failed without the fault: \(e)", file: file, line: line)
                XCTAssertEqual(e.exitCode, 73, "\(label) step \(n) (\(step)): \(e)", file: file, line: line)
                XCTAssertTrue(e.message.contains(text), "\(label) step \(n): \(e.message)", file: file, line: line)
                let changed = FaultInjectionTests.changes(before, TrustFixture.files(dir))
                if compactsFirst && !changed.isEmpty {
                    let reopened = try Store.open(at: dir)
                    XCTAssertEqual(reopened.model, model, "\(label) step \(n) (\(step))", file: file, line: line)
                    XCTAssertEqual(try reopened.auditTrail(), trail, "\(label) step \(n) (\(step))", file: file, line: line)
                    XCTAssertEqual(try reopened.findPersonalData("Łęcki").filter { $0.kind == .contact }.count, 3,
                                   "\(label) step \(n): nothing pseudonymised", file: file, line: line)
                    result.compactedOnly += 1
                } else {
                    XCTAssertEqual(changed, [], "\(label) step \(n) (\(step)) changed files", file: file, line: line)
                }
                XCTAssertEqual(store.model, model, "\(label) step \(n): the model ran ahead of the disk", file: file, line: line)
                // Nothing is stuck: the same store carries the operation out once the disk recovers.
                store.faults = nil
                try operation(store)
                try same(store, reference)
            }
        }
        XCTFail("\(label): did not finish in 500 steps", file: file, line: line)
        return result
    }

    var base = ""

    override func setUpWithError() throws {
        base = TrustFixture.folder(self, "base")
        try TrustFixture.makeStore(at: base)
    }

    func testEveryStepOfAnAppendCanFail() throws {
        let s = try sweep("append", base: base) {
            try $0.append([.addNote(NoteAddition(task: 1, text: "po awarii")), .addNote(NoteAddition(task: 2, text: "druga"))],
                          by: "nowicki", at: TrustFixture.now)
        }
        XCTAssertEqual(s.steps, 2, "write and fsync of the journal")
        XCTAssertEqual(s.failures, 2)
    }

    func testEveryStepOfACompactionCanFail() throws {
        let s = try sweep("compact", base: base, operation: { try $0.compact(by: "nowicki") }, same: { a, b in
            XCTAssertEqual(a.model, b.model)
            XCTAssertEqual(try a.auditTrail(), try b.auditTrail())
        })
        XCTAssertGreaterThan(s.steps, 10)
        XCTAssertGreaterThan(s.failures, 5)
        print("compaction: \(s.steps) disk steps, \(s.failures) failures left the store as it was, \(s.afterCommit) after the commit left it done")
    }

    func testEveryStepOfAPurgeCanFail() throws {
        let s = try sweep("purge", base: base, compactsFirst: true, operation: {
            _ = try $0.purgePersonalData(before: Day("2025-11-22")!, by: "nowicki", at: TrustFixture.now)
        }, same: { a, b in
            XCTAssertEqual(a.model, b.model)
            XCTAssertEqual(try a.auditTrail(), try b.auditTrail())
        })
        XCTAssertGreaterThan(s.steps, 20)
        print("purge: \(s.steps) disk steps, \(s.failures) failures left the store as it was (\(s.compactedOnly) of them compacted), \(s.afterCommit) after the commit left it done")
    }

    func testEveryStepOfABackupCanFailAndLeavesNoFile() throws {
        let parent = (base as NSString).deletingLastPathComponent
        let store = try Store.open(at: base)
        let before = TrustFixture.files(base)
        var n = 0
        while true {
            let out = parent + "/b\(n).tar"
            let fault = FaultInjection(failAt: n, errno: FaultInjectionTests.errnos[n % 3].0)
            store.faults = fault
            do {
                try store.backup(to: out, at: TrustFixture.now)
                XCTAssertFalse(fault.fired)
                break
            } catch let e as BeatError {
                XCTAssertEqual(e.exitCode, 73, "\(e)")
                XCTAssertEqual(Disk.list(parent).filter { $0.hasPrefix("b\(n)") }, [], "a failed backup leaves no file")
            }
            n += 1
        }
        XCTAssertEqual(n, 5, "create, write, fsync, rename, folder fsync")
        XCTAssertEqual(TrustFixture.files(base), before)
    }

    func testEveryStepOfARestoreCanFailAndLeavesTheFolderEmpty() throws {
        let parent = (base as NSString).deletingLastPathComponent
        let file = parent + "/b.tar"
        try Store.open(at: base).backup(to: file, at: TrustFixture.now)
        let empty = parent + "/empty"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        var n = 0
        while true {
            let target = n % 2 == 0 ? empty : parent + "/missing"
            let fault = FaultInjection(failAt: n, errno: FaultInjectionTests.errnos[n % 3].0)
            do {
                let s = try Store.restore(from: file, into: target, faults: fault)
                XCTAssertFalse(fault.fired)
                XCTAssertEqual(s.model, try Store.open(at: base).model)
                break
            } catch let e as BeatError {
                XCTAssertEqual(e.exitCode, 73, "\(e)")
                XCTAssertTrue(Disk.list(target).isEmpty, "step \(n): \(Disk.list(target))")
                XCTAssertEqual(Disk.isDirectory(target), target == empty, "a folder the restore made is removed again")
            }
            n += 1
        }
        XCTAssertGreaterThan(n, 10)
    }

    func testFaultSpecsForTheCommandLine() {
        XCTAssertEqual(FaultInjection(spec: "ENOSPC@3")?.failAt, 3)
        XCTAssertEqual(FaultInjection(spec: "eio@0:journal.jsonl")?.matching, "journal.jsonl")
        XCTAssertEqual(FaultInjection(spec: "crash@7")?.effect, .crash)
        XCTAssertNil(FaultInjection(spec: "ENOSPC"))
        XCTAssertNil(FaultInjection(spec: "EWHAT@1"))
        XCTAssertNil(FaultInjection(spec: "EIO@-1"))
    }
}
