@testable import BeatCore
import Foundation
import XCTest

final class StoreTests: XCTestCase {
    var dir = ""
    let clock = Clock(today: Fixture.today, now: Fixture.at("2026-11-22", 9))

    override func setUp() {
        dir = NSTemporaryDirectory() + "beat-store-\(UUID().uuidString)"
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: dir)
    }

    @discardableResult
    func makeStore() throws -> Store { try Store.create(at: dir, model: Fixture.model(), clock: clock) }

    func bytes(_ rel: String) -> Data { FileManager.default.contents(atPath: dir + "/" + rel) ?? Data() }

    func files() -> [String: Data] {
        var out: [String: Data] = [:]
        let e = FileManager.default.enumerator(atPath: dir)!
        while let f = e.nextObject() as? String { out[f] = bytes(f) }
        return out
    }

    func badData(_ body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            try body()
            XCTFail("expected bad data", file: file, line: line)
            return ""
        } catch let e as BeatError {
            guard case .badData(let m) = e else { XCTFail("expected bad data, got \(e)", file: file, line: line); return "" }
            return m
        } catch {
            XCTFail("\(error)", file: file, line: line)
            return ""
        }
    }

    func testCreateOpenRoundTripsThePolishModelExactly() throws {
        let created = try makeStore()
        let reopened = try Store.open(at: dir)
        XCTAssertEqual(reopened.model, created.model)
        XCTAssertEqual(reopened.model.officer("zielinska")?.name, "Małgorzata Zielińska")
        // Snapshots are readable: Polish letters are written as they are, not escaped.
        XCTAssertTrue(String(decoding: bytes("snapshot-000000/reference.json"), as: UTF8.self).contains("Łukasz Nowicki"))
    }

    func testRefusesToCreateOverAnExistingStore() throws {
        try makeStore()
        XCTAssertThrowsError(try Store.create(at: dir, model: Model(), clock: clock)) { e in
            XCTAssertEqual((e as? BeatError)?.exitCode, 73)
        }
    }

    func testOpeningAMissingStoreSaysSo() {
        XCTAssertThrowsError(try Store.open(at: dir)) { e in XCTAssertEqual((e as? BeatError)?.exitCode, 66) }
    }

    func testAppendIsOneJournalLineAndSurvivesReopen() throws {
        let store = try makeStore()
        let snapshot = bytes("snapshot-000000/reference.json")
        let text = "Rozmowa z mieszkańcami — „zażółć gęślą jaźń” 👮"
        try store.append(.addNote(NoteAddition(task: 1, text: text)), by: "nowicki", at: clock.now)
        try store.append(.setTaskStatus(TaskStatusUpdate(task: 2, status: .inProgress)), by: "nowicki", at: clock.now)
        XCTAssertEqual(bytes("snapshot-000000/reference.json"), snapshot, "an append must not rewrite the snapshot")
        let lines = String(decoding: bytes("journal.jsonl"), as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        XCTAssertTrue(lines[0].contains("\"by\":\"nowicki\""))
        XCTAssertTrue(lines[0].contains("\"seq\":1"))
        XCTAssertTrue(lines[0].contains("\"at\":\"2026-11-22T09:00:00+01:00\""))
        let reopened = try Store.open(at: dir)
        XCTAssertEqual(reopened.model, store.model)
        XCTAssertEqual(reopened.model.task(1)?.notes.last?.text, text)
        XCTAssertEqual(reopened.model.seq, 2)
        XCTAssertEqual(try reopened.auditTrail().map(\.change.name), ["addNote", "setTaskStatus"])
    }

    func testARejectedChangeWritesNothing() throws {
        let store = try makeStore()
        XCTAssertThrowsError(try store.append(.addNote(NoteAddition(task: 99, text: "x")), by: "nowicki", at: clock.now)) {
            XCTAssertEqual($0 as? BeatError, .rejected(.unknownTask(99)))
        }
        XCTAssertEqual(bytes("journal.jsonl").count, 0)
    }

    func testFilesArePrivate() throws {
        try makeStore()
        let fm = FileManager.default
        func mode(_ p: String) -> Int { (try! fm.attributesOfItem(atPath: p)[.posixPermissions] as! NSNumber).intValue }
        XCTAssertEqual(mode(dir), 0o700)
        for f in ["store.json", "journal.jsonl", "snapshot-000000/reference.json"] { XCTAssertEqual(mode(dir + "/" + f), 0o600, f) }
        XCTAssertEqual(mode(dir + "/snapshot-000000"), 0o700)
        XCTAssertTrue(try Store.open(at: dir).permissionProblems().isEmpty)
        chmod(dir + "/journal.jsonl", 0o644)
        XCTAssertEqual(try Store.open(at: dir).permissionProblems().count, 1)
    }

    func testATornLastLineIsDroppedWithAWarningAndMovedAsideByTheNextWriter() throws {
        let store = try makeStore()
        try store.append(.addNote(NoteAddition(task: 1, text: "pierwsza")), by: "nowicki", at: clock.now)
        let h = FileHandle(forWritingAtPath: dir + "/journal.jsonl")!
        h.seekToEndOfFile()
        h.write(Data("{\"seq\":2,\"at\":\"2026-11-22T09:00:00+01:00\",\"by\":\"nowicki\",\"change\":{\"addNo".utf8))
        h.closeFile()
        let reopened = try Store.open(at: dir)
        XCTAssertEqual(reopened.model.seq, 1)
        XCTAssertEqual(reopened.warnings.count, 1)
        XCTAssertTrue(reopened.warnings[0].contains("journal.jsonl:2"), reopened.warnings[0])
        try reopened.append(.addNote(NoteAddition(task: 1, text: "druga")), by: "nowicki", at: clock.now)
        let again = try Store.open(at: dir)
        XCTAssertEqual(again.model.task(1)?.notes.map(\.text), ["pierwsza", "druga"])
        XCTAssertTrue(again.warnings.isEmpty)
        XCTAssertTrue(String(decoding: bytes("journal.torn"), as: UTF8.self).contains("addNo"))
    }

    func testCorruptFilesAreReportedWithFileLineColumnAndLeftAlone() throws {
        try makeStore()
        let ref = dir + "/snapshot-000000/reference.json"
        var text = String(decoding: bytes("snapshot-000000/reference.json"), as: UTF8.self)
        // A syntax error: a missing comma.
        let broken = text.replacingOccurrences(of: "\"city\" : \"Kalisz\",", with: "\"city\" : \"Kalisz\"")
        try broken.write(toFile: ref, atomically: false, encoding: .utf8)
        let before = files()
        let m = badData { _ = try Store.open(at: dir) }
        XCTAssertTrue(m.hasPrefix(ref + ":"), m)
        let parts = m.split(separator: ":")
        XCTAssertNotNil(Int(parts[1]))
        XCTAssertNotNil(Int(parts[2]))
        let lineNo = Int(parts[1])!
        // The parser notices the missing comma where the next key starts: that line or the one before.
        XCTAssertTrue(broken.components(separatedBy: "\n")[(lineNo - 2)...(lineNo - 1)].joined().contains("Kalisz"), m)
        XCTAssertEqual(files(), before, "a bad store is never written to")

        // A wrong type, reported where it is.
        text = text.replacingOccurrences(of: "\"residents\" : 17000", with: "\"residents\" : \"dużo\"")
        try text.write(toFile: ref, atomically: false, encoding: .utf8)
        let m2 = badData { _ = try Store.open(at: dir) }
        let line2 = Int(m2.split(separator: ":")[1])!
        XCTAssertTrue(text.components(separatedBy: "\n")[line2 - 1].contains("dużo"), m2)
        XCTAssertTrue(m2.contains("residents"), m2)
    }

    func testAReferenceToAMissingOfficerIsBadData() throws {
        try makeStore()
        let ref = dir + "/snapshot-000000/reference.json"
        let text = String(decoding: bytes("snapshot-000000/reference.json"), as: UTF8.self)
            .replacingOccurrences(of: "\"assignee\" : \"zielinska\"", with: "\"assignee\" : \"kowalski\"")
        try text.write(toFile: ref, atomically: false, encoding: .utf8)
        let m = badData { _ = try Store.open(at: dir) }
        let line = Int(m.split(separator: ":")[1])!
        XCTAssertTrue(text.components(separatedBy: "\n")[line - 1].contains("kowalski"), m)
    }

    func testUnknownVersionAndNonStoreManifest() throws {
        try makeStore()
        let manifest = String(decoding: bytes("store.json"), as: UTF8.self)
        try manifest.replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 7").write(toFile: dir + "/store.json", atomically: false, encoding: .utf8)
        XCTAssertTrue(badData { _ = try Store.open(at: dir) }.contains("7"))
        try "{\"format\": \"other\"}".write(toFile: dir + "/store.json", atomically: false, encoding: .utf8)
        XCTAssertTrue(badData { _ = try Store.open(at: dir) }.hasPrefix(dir + "/store.json:1:1:"))
    }

    func testABadLineInsideTheJournalIsBadDataNotTorn() throws {
        let store = try makeStore()
        try store.append(.addNote(NoteAddition(task: 1, text: "a")), by: "nowicki", at: clock.now)
        try store.append(.addNote(NoteAddition(task: 1, text: "b")), by: "nowicki", at: clock.now)
        let original = String(decoding: bytes("journal.jsonl"), as: UTF8.self).components(separatedBy: "\n")
        var lines = original
        lines[0] = String(lines[0].dropLast(3))
        try lines.joined(separator: "\n").write(toFile: dir + "/journal.jsonl", atomically: false, encoding: .utf8)
        XCTAssertTrue(badData { _ = try Store.open(at: dir) }.hasPrefix(dir + "/journal.jsonl:1:"))
        // A journal change that no longer fits the data names its line too.
        lines = original
        lines[0] = lines[0].replacingOccurrences(of: "\"task\":1", with: "\"task\":77")
        try lines.joined(separator: "\n").write(toFile: dir + "/journal.jsonl", atomically: false, encoding: .utf8)
        let m = badData { _ = try Store.open(at: dir) }
        XCTAssertTrue(m.hasPrefix(dir + "/journal.jsonl:1:1:") && m.contains("77"), m)
    }

    func testTwoStoresOnOneFolderSeeEachOthersChanges() throws {
        let a = try makeStore()
        let b = try Store.open(at: dir)
        try a.append(.addNote(NoteAddition(task: 1, text: "od A")), by: "nowicki", at: clock.now)
        XCTAssertTrue(try b.refresh())
        XCTAssertEqual(b.model.task(1)?.notes.map(\.text), ["od A"])
        // B writes without refreshing first: it reads A's line before appending its own.
        try a.append(.addNote(NoteAddition(task: 1, text: "znów od A")), by: "nowicki", at: clock.now)
        try b.append(.addNote(NoteAddition(task: 1, text: "od B")), by: "zielinska", at: clock.now)
        XCTAssertEqual(b.model.task(1)?.notes.map(\.text), ["od A", "znów od A", "od B"])
        try a.refresh()
        XCTAssertEqual(a.model, b.model)
        // Both added tasks get distinct numbers.
        let ta = try a.append(.addTask(TaskDraft(title: "A", assignee: "nowicki")), by: "nowicki", at: clock.now)
        let tb = try b.append(.addTask(TaskDraft(title: "B", assignee: "nowicki")), by: "nowicki", at: clock.now)
        XCTAssertEqual(ta.created, .task(4))
        XCTAssertEqual(tb.created, .task(5))
    }

    func testCompactionKeepsTheModelAndTheAuditTrail() throws {
        let store = try makeStore()
        for i in 1...5 { try store.append(.addNote(NoteAddition(task: 1, text: "n\(i)")), by: "nowicki", at: clock.now) }
        let other = try Store.open(at: dir)
        try store.compact()
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/snapshot-000000"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir + "/snapshot-000005/reference.json"))
        XCTAssertEqual(bytes("journal.jsonl").count, 0)
        XCTAssertEqual(try Store.open(at: dir).model, store.model)
        // A process that had the store open before compaction carries on.
        try other.append(.addNote(NoteAddition(task: 1, text: "po kompaktowaniu")), by: "nowicki", at: clock.now)
        XCTAssertEqual(other.model.seq, 6)
        XCTAssertEqual(try Store.open(at: dir).model.task(1)?.notes.count, 6)
        XCTAssertEqual(try store.auditTrail().count, 6)
    }

    func testAFailedWriteLeavesStoreAndModelAsTheyWere() throws {
        let store = try makeStore()
        try store.append(.addNote(NoteAddition(task: 1, text: "zapisana")), by: "nowicki", at: clock.now)
        let before = store.model
        let journal = bytes("journal.jsonl")
        store.faults = FaultInjection(failAt: 0, errno: ENOSPC, afterBytes: 20, matching: "journal.jsonl")
        XCTAssertThrowsError(try store.append(.addNote(NoteAddition(task: 1, text: "x")), by: "nowicki", at: clock.now)) { e in
            XCTAssertEqual((e as? BeatError)?.exitCode, 73)
            XCTAssertTrue("\(e)".contains("No space left on device"), "\(e)")
        }
        store.faults = nil
        XCTAssertEqual(store.model, before, "the model never runs ahead of the disk")
        XCTAssertEqual(bytes("journal.jsonl"), journal, "a failed write leaves the journal as it was")
        try store.append(.addNote(NoteAddition(task: 1, text: "y")), by: "nowicki", at: clock.now)
        XCTAssertEqual(try Store.open(at: dir).model.task(1)?.notes.map(\.text), ["zapisana", "y"])
    }

    func testLockTimeoutSaysBusyWithTheHolder() throws {
        let a = try makeStore()
        let b = try Store.open(at: dir, lockTimeout: 0.2)
        let lock = try FileLock(path: dir + "/lock")
        try lock.with(exclusive: true, timeout: 1, who: "nowicki") {
            XCTAssertThrowsError(try b.append(.addNote(NoteAddition(task: 1, text: "x")), by: "zielinska", at: clock.now)) { e in
                XCTAssertEqual((e as? BeatError)?.exitCode, 75)
                XCTAssertTrue("\(e)".contains("nowicki"), "\(e)")
                XCTAssertTrue("\(e)".contains("pid \(getpid())"), "\(e)")
            }
        }
        _ = a
        try b.append(.addNote(NoteAddition(task: 1, text: "teraz")), by: "zielinska", at: clock.now)
    }
}
