@testable import BeatCore
import Foundation
import XCTest

/// The store clears on open what an operation killed midway left: here the states the
/// issue found, as older versions (which linked the journal into the history) left them,
/// followed by an ordinary write — which used to reach the history file too and lock
/// everyone out.
final class RecoveryTests: XCTestCase {
    var dir = ""

    override func setUpWithError() throws {
        dir = TrustFixture.folder(self)
        try TrustFixture.makeStore(at: dir)  // manifest at 7, journal lines 8 and 9
    }

    /// Regular files under the store, by inode: no two names for one file.
    func sharedInodes() -> [String] {
        var seen: [UInt64: String] = [:], out: [String] = []
        func walk(_ rel: String) {
            for name in Disk.list(dir + "/" + rel) {
                let r = rel.isEmpty ? name : rel + "/" + name
                var st = stat()
                guard lstat(dir + "/" + r, &st) == 0 else { continue }
                if st.st_mode & S_IFMT == S_IFDIR { walk(r); continue }
                if let other = seen[UInt64(st.st_ino)] { out.append(other + " = " + r) }
                seen[UInt64(st.st_ino)] = r
            }
        }
        walk("")
        return out
    }

    func writeThenEverything(_ label: String) throws {
        let trail = try Store.open(at: dir, readOnly: true).auditTrail()
        // The ordinary write that followed the crash.
        let store = try Store.open(at: dir)
        try store.append(.addNote(NoteAddition(task: 1, text: "po awarii")), by: "nowicki", at: TrustFixture.now)
        XCTAssertEqual(sharedInodes(), [], label)
        let reopened = try Store.open(at: dir)
        XCTAssertEqual(try reopened.auditTrail().map(\.seq), Array(1...10), label)
        XCTAssertEqual(Array(try reopened.auditTrail().prefix(9)), trail, label)
        XCTAssertEqual(reopened.model.task(1)?.notes.last?.text, "po awarii", label)
        try reopened.compact(by: "nowicki")
        try Store.open(at: dir).append(.addNote(NoteAddition(task: 1, text: "po kompaktowaniu")), by: "nowicki", at: TrustFixture.now)
        let last = try Store.open(at: dir)
        XCTAssertEqual(try last.auditTrail().map(\.seq), Array(1...11), label)
        XCTAssertEqual(Disk.list(dir).filter { $0.hasPrefix("snapshot-") }.count, 1, label)
        XCTAssertEqual(sharedInodes(), [], label)
        _ = try last.backup(to: dir + "-kopia.tar", at: TrustFixture.now)
        try? FileManager.default.removeItem(atPath: dir + "-kopia.tar")
    }

    func testKilledBetweenLinkingTheJournalAndSwitchingTheManifest() throws {
        // What the old compaction left: the new snapshot written, the journal linked into the
        // history under the next range, the manifest not yet switched.
        try FileManager.default.copyItem(atPath: dir + "/snapshot-000007", toPath: dir + "/snapshot-000009")
        XCTAssertEqual(link(dir + "/journal.jsonl", dir + "/history/journal-000008-000009.jsonl"), 0)
        try writeThenEverything("killed before the manifest")
        XCTAssertFalse(Disk.exists(dir + "/history/journal-000008-000009.jsonl") && Disk.exists(dir + "/snapshot-000009"))
    }

    func testKilledAfterSwitchingTheManifestBeforeEmptyingTheJournal() throws {
        // The manifest switched to snapshot 9, the journal (lines 8, 9) still a second name
        // of the history file.
        let journal = try XCTUnwrap(try Disk.read(dir + "/journal.jsonl"))
        try Store.open(at: dir).compact(by: "nowicki")
        let rotated = dir + "/history/journal-000008-000009.jsonl"
        try Disk.removeFile(rotated)
        TrustFixture.write(journal, to: dir + "/journal.jsonl")
        XCTAssertEqual(link(dir + "/journal.jsonl", rotated), 0)
        try writeThenEverything("killed before the journal was emptied")
    }

    func testLeftoversOfAKilledCompactionOrPurgeAreNoPartOfTheStoreAndGoOnOpen() throws {
        // A history file past the manifest, temporaries, a snapshot and a history folder the
        // manifest does not name (a purge killed before its commit).
        let bytes = try XCTUnwrap(try Disk.read(dir + "/journal.jsonl"))
        try Disk.writeNewFile(dir + "/history/journal-000008-000009.jsonl", bytes)
        try Disk.writeNewFile(dir + "/store.json.tmp-999999", [1, 2, 3])
        try Disk.writeNewFile(dir + "/history/journal-000008-000009.jsonl.tmp-999999", [1])
        try FileManager.default.copyItem(atPath: dir + "/snapshot-000007", toPath: dir + "/snapshot-000010.tmp")
        try FileManager.default.copyItem(atPath: dir + "/history", toPath: dir + "/history-000010")
        // A reader passes over them.
        let reader = try Store.open(at: dir, readOnly: true)
        XCTAssertEqual(try reader.auditTrail().map(\.seq), Array(1...9))
        XCTAssertEqual(reader.warnings, [])
        // A writable open clears them.
        _ = try Store.open(at: dir)
        XCTAssertEqual(Disk.list(dir).sorted(), ["history", "journal.jsonl", "lock", "snapshot-000007", "store.json"])
        XCTAssertEqual(Disk.list(dir + "/history"), ["journal-000001-000004.jsonl", "journal-000005-000007.jsonl"])
    }

    func testADamagedManifestGetsNothingRemoved() throws {
        try FileManager.default.copyItem(atPath: dir + "/history", toPath: dir + "/history-000010")
        let manifest = try XCTUnwrap(try Disk.read(dir + "/store.json"))
        let edited = String(decoding: manifest, as: UTF8.self).replacingOccurrences(of: "\"seq\" : 7", with: "\"seq\" : 3")
        TrustFixture.write(Array(edited.utf8), to: dir + "/store.json")
        let before = TrustFixture.files(dir)
        XCTAssertThrowsError(try Store.open(at: dir)) { XCTAssertEqual(($0 as? BeatError)?.exitCode, 65) }
        XCTAssertEqual(TrustFixture.files(dir), before, "on the word of a manifest that does not match its snapshot, nothing goes")
    }

    func testCompactionAcceptsAReferenceFileChangedOutsideBeat() throws {
        try Store.open(at: dir).compact(by: "nowicki")
        let ref = dir + "/snapshot-000009/reference.json"
        let text = String(decoding: try XCTUnwrap(try Disk.read(ref)), as: UTF8.self)
        TrustFixture.write(Array(text.replacingOccurrences(of: "\"residents\" : 17000", with: "\"residents\" : 17001").utf8), to: ref)
        XCTAssertThrowsError(try Store.open(at: dir).checkEverything()) { e in
            XCTAssertTrue(TrustFixture.isLocated("\(e)", in: dir, file: "snapshot-000009/reference.json"), "\(e)")
        }
        try Store.open(at: dir).compact(by: "nowicki")
        XCTAssertNoThrow(try Store.open(at: dir).checkEverything())
        XCTAssertEqual(try Store.open(at: dir).model.district("dobrzec")?.residents, 17001)
    }
}
