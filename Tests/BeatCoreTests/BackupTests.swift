@testable import BeatCore
import Foundation
import XCTest

final class BackupTests: XCTestCase {
    var dir = ""
    var parent: String { (dir as NSString).deletingLastPathComponent }

    override func setUpWithError() throws {
        dir = TrustFixture.folder(self)
        try TrustFixture.makeStore(at: dir)
    }

    func testABackupRestoresByteForByteAndPassesCheck() throws {
        let store = try Store.open(at: dir)
        let index = try store.backup(to: parent + "/kopia.tar", at: TrustFixture.now)
        XCTAssertEqual(index.seq, 9)
        XCTAssertEqual(index.files.map(\.path), ["store.json", "snapshot-000007/reference.json", "snapshot-000007/contacts/2024-03.json",
                                                 "snapshot-000007/contacts/2024-05.json", "snapshot-000007/contacts/2026-10.json",
                                                 "journal.jsonl", "history/journal-000001-000004.jsonl", "history/journal-000005-000007.jsonl"])
        XCTAssertEqual(Disk.mode(parent + "/kopia.tar"), 0o600)
        let restored = try Store.restore(from: parent + "/kopia.tar", into: parent + "/odtworzony")
        XCTAssertEqual(restored.model, store.model)
        XCTAssertEqual(try restored.auditTrail(), try store.auditTrail())
        XCTAssertEqual(TrustFixture.files(parent + "/odtworzony").filter { $0.key != "lock" }, TrustFixture.files(dir).filter { $0.key != "lock" })
        XCTAssertEqual(restored.permissionProblems(), [])
        // The system's tar reads it too.
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/bin/tar")
        tar.arguments = ["tf", parent + "/kopia.tar"]
        // The listing goes to a file: reading a pipe with Foundation traps when a signal interrupts it.
        let listing = parent + "/listing.txt"
        _ = FileManager.default.createFile(atPath: listing, contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: listing))
        tar.standardOutput = out
        try tar.run()
        tar.waitUntilExit()
        try out.close()
        let listed = try String(contentsOfFile: listing, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertEqual(listed, index.files.map(\.path) + ["beat-backup.json"])
    }

    func testABackupNeverOverwritesAndARestoreOnlyGoesIntoAnEmptyFolder() throws {
        let store = try Store.open(at: dir)
        let file = parent + "/kopia.tar"
        try Data("moje".utf8).write(to: URL(fileURLWithPath: file))
        XCTAssertThrowsError(try store.backup(to: file, at: TrustFixture.now)) { XCTAssertEqual(($0 as? BeatError)?.exitCode, 73) }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), Data("moje".utf8))
        try FileManager.default.removeItem(atPath: file)
        try store.backup(to: file, at: TrustFixture.now)
        XCTAssertThrowsError(try Store.restore(from: file, into: dir)) { XCTAssertEqual(($0 as? BeatError)?.exitCode, 73) }
        let busy = parent + "/zajety"
        try FileManager.default.createDirectory(atPath: busy, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: busy + "/notatki.txt", contents: Data("x".utf8))
        XCTAssertThrowsError(try Store.restore(from: file, into: busy)) { e in
            XCTAssertEqual((e as? BeatError)?.exitCode, 73)
            XCTAssertTrue("\(e)".contains("nie jest pusty"), "\(e)")
        }
        XCTAssertEqual(Disk.list(busy), ["notatki.txt"])
        XCTAssertThrowsError(try Store.restore(from: parent + "/brak.tar", into: parent + "/x")) { XCTAssertEqual(($0 as? BeatError)?.exitCode, 66) }
    }

    func testADamagedBackupIsRefusedAndNothingIsWritten() throws {
        let file = parent + "/kopia.tar"
        try Store.open(at: dir).backup(to: file, at: TrustFixture.now)
        let good = try Disk.read(file)!
        var damaged = good
        // A flipped byte inside reference.json (the second member, after two 512-byte headers… and store.json).
        damaged[512 * 3 + 40] ^= 0x20
        TrustFixture.write(damaged, to: file)
        let target = parent + "/odtworzony"
        XCTAssertThrowsError(try Store.restore(from: file, into: target)) { e in
            XCTAssertEqual((e as? BeatError)?.exitCode, 65)
            XCTAssertTrue("\(e)".contains("reference.json"), "\(e)")
        }
        XCTAssertFalse(Disk.exists(target))
        TrustFixture.write(Array(good.prefix(good.count / 2)), to: file)
        XCTAssertThrowsError(try Store.restore(from: file, into: target)) { XCTAssertEqual(($0 as? BeatError)?.exitCode, 65) }
        TrustFixture.write(Array("not a tar at all".utf8), to: file)
        XCTAssertThrowsError(try Store.restore(from: file, into: target)) { XCTAssertEqual(($0 as? BeatError)?.exitCode, 65) }
        XCTAssertFalse(Disk.exists(target))
    }

    func testABackupCannotWriteOutsideTheFolder() throws {
        // A hand-made archive whose index matches its members, one of them "../evil".
        for name in ["../evil.json", "/tmp/evil.json", "snapshot-000001/../../evil.json", "lock", "snapshot-000001/contacts/x/y.json"] {
            let manifest = Array("{}".utf8)
            let members: [(String, [UInt8])] = [("store.json", manifest), ("journal.jsonl", []), (name, Array("{}".utf8))]
            let index = BackupIndex(format: BackupIndex.formatName, version: 1, store: "x", seq: 0, created: TrustFixture.now,
                                    files: members.map { .init(path: $0.0, size: $0.1.count, sha256: Checksum.hex($0.1)) })
            let file = parent + "/zla.tar"
            TrustFixture.write(TarArchive.write(members + [(BackupIndex.memberName, try JSONCoding.encode(index, pretty: true))], mtime: 0), to: file)
            let target = parent + "/cel/store"
            XCTAssertThrowsError(try Store.restore(from: file, into: target), name) { e in
                XCTAssertEqual((e as? BeatError)?.exitCode, 65)
                XCTAssertTrue("\(e)".contains(name), "\(e)")
            }
            XCTAssertFalse(Disk.exists(parent + "/cel"))
            XCTAssertFalse(Disk.exists(parent + "/evil.json"))
        }
    }

    func testABackupOfABrokenRestoredStoreIsUndone() throws {
        // A backup whose files are sound as files but whose store fails its check.
        let store = try Store.open(at: dir)
        let file = parent + "/kopia.tar"
        try store.backup(to: file, at: TrustFixture.now)
        var members = try TarArchive.read(Disk.read(file)!, file: file).dropLast().map { ($0.name, $0.bytes) }
        let i = members.firstIndex { $0.0.hasSuffix("reference.json") }!
        members[i].1 = Array(String(decoding: members[i].1, as: UTF8.self).replacingOccurrences(of: "\"assignee\" : \"zielinska\"", with: "\"assignee\" : \"nikt\"").utf8)
        let index = BackupIndex(format: BackupIndex.formatName, version: 1, store: "x", seq: 9, created: TrustFixture.now,
                                files: members.map { .init(path: $0.0, size: $0.1.count, sha256: Checksum.hex($0.1)) })
        TrustFixture.write(TarArchive.write(members + [(BackupIndex.memberName, try JSONCoding.encode(index, pretty: true))], mtime: 0), to: file)
        let target = parent + "/odtworzony"
        XCTAssertThrowsError(try Store.restore(from: file, into: target)) { e in
            XCTAssertEqual((e as? BeatError)?.exitCode, 65)
            XCTAssertTrue("\(e)".contains("nikt"), "\(e)")
        }
        XCTAssertFalse(Disk.exists(target))
    }

    func testSHA256() {
        XCTAssertEqual(Checksum.hex([]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(Checksum.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(Checksum.hex(Array(String(repeating: "a", count: 1_000).utf8)),
                       "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
