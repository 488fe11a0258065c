@testable import BeatCore
import Foundation
import XCTest

/// Restore reads a backup a piece at a time: under a memory limit far below the archive's
/// size it refuses an archive longer than its members declare, and streams a member of a
/// gigabyte to find its checksum wrong — where reading the archive whole aborted (exit 134).
final class RestoreStreamingTests: XCTestCase {
    /// Runs `beat ARGS` with its address space limited to `limit` bytes (`prlimit`).
    func runLimited(_ limit: Int, _ args: [String], data: String) throws -> BeatBinary.Result {
        try BeatBinary(data: data).run(args, launcher: ["/usr/bin/prlimit", "--as=\(limit)"])
    }

    func testAHugeArchiveIsStreamedUnderAMemoryLimitAndOneLongerThanDeclaredRefused() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit") else { throw XCTSkip("no prlimit here") }
        let root = temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let beat = BeatBinary(data: root + "/magazyn")
        try beat.ok(["init", "--demo"])
        let backup = root + "/kopia.tar"
        try beat.ok(["backup", backup])
        let limit = 512 << 20
        // Sound, under the limit.
        XCTAssertEqual(try runLimited(limit, ["restore", backup], data: root + "/ok").status, 0)

        // 8 GiB: a sound backup followed by a hole (a sparse file, no disk used).
        let long = root + "/dluga.tar"
        try FileManager.default.copyItem(atPath: backup, toPath: long)
        XCTAssertEqual(truncate(long, 8 << 30), 0)
        let r1 = try runLimited(limit, ["restore", long], data: root + "/dluga")
        XCTAssertEqual(r1.status, 65, r1.stderr)
        XCTAssertTrue(r1.stderr.contains(long), r1.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/dluga"))

        // A member of 1 GiB (a hole again) that its index declares, with a checksum it does not have.
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: backup))
        let members = try TarArchive.read(Array(bytes), file: backup)
        var index = try JSONCoding.decode(BackupIndex.self, from: members.last!.bytes, file: "index")
        let big = 1 << 30, bigName = "history/journal-000002-000002.jsonl"
        index.files.append(.init(path: bigName, size: big, sha256: String(repeating: "0", count: 64)))
        let huge = root + "/wielka.tar"
        XCTAssertTrue(FileManager.default.createFile(atPath: huge, contents: nil))
        let fd = open(huge, O_WRONLY)
        var at = 0
        func put(_ b: [UInt8]) { _ = b.withUnsafeBytes { pwrite(fd, $0.baseAddress, b.count, off_t(at)) }; at += b.count }
        func padding(_ n: Int) -> [UInt8] { [UInt8](repeating: 0, count: (512 - n % 512) % 512) }
        for m in members.dropLast() { put(TarArchive.header(name: m.name, size: m.bytes.count, mtime: 0) + m.bytes + padding(m.bytes.count)) }
        put(TarArchive.header(name: bigName, size: big, mtime: 0))
        at += big
        let indexBytes = try JSONCoding.encode(index, pretty: true)
        put(TarArchive.header(name: BackupIndex.memberName, size: indexBytes.count, mtime: 0) + indexBytes + padding(indexBytes.count) + [UInt8](repeating: 0, count: 1024))
        close(fd)
        let r2 = try runLimited(limit, ["restore", huge], data: root + "/wielka")
        XCTAssertEqual(r2.status, 65, r2.stderr)
        XCTAssertTrue(r2.stderr.contains(bigName), "names the damaged member: \(r2.stderr)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/wielka"))
        print("restore under a \(limit >> 20) MiB address-space limit: a sound backup 0, 8 GiB longer than declared 65, a 1 GiB member streamed and refused 65")
    }
}
