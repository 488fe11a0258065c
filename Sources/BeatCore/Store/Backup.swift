#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A backup of a store: one POSIX tar (ustar) file that `tar tf` can list.
///
/// Members, with paths relative to the store folder: `store.json`, the snapshot the manifest
/// names (`snapshot-NNNNNN/reference.json`, `register.json` when there is one, `snapshot-NNNNNN/contacts/YYYY-MM.json`),
/// `journal.jsonl` and the history folder's journals — then, last, `beat-backup.json`:
/// `{"format": "beat-backup", "version": 1, "store": id, "seq": N, "created": time,
/// "files": [{"path", "size", "sha256"}]}`. Files are copied byte for byte; a restore checks
/// every size and SHA-256 before it writes anything.
public struct BackupIndex: Codable, Sendable, Equatable {
    public struct File: Codable, Sendable, Equatable {
        public var path: String
        public var size: Int
        public var sha256: String
    }
    public var format: String
    public var version: Int
    /// The id of the store backed up (from its manifest).
    public var store: String
    /// The journal sequence number the backup is as of (its manifest's, plus the journal).
    public var seq: Int
    public var created: Timestamp
    public var files: [File]

    public static let formatName = "beat-backup"
    public static let memberName = "beat-backup.json"
}

extension Store {
    /// Writes a consistent copy of the store to `file` (which must not exist, and must not
    /// be inside a store): taken under the shared lock, so writers wait for it and it holds
    /// whole changes only. The files are streamed through a small buffer, never held whole.
    @discardableResult
    public func backup(to file: String, at time: Timestamp) throws -> BackupIndex {
        guard !file.isEmpty else { throw BeatError.usage(L10n.emptyPath("FILE")) }
        try OutputFile.checkPlace(file)
        if Disk.exists(file) { throw BeatError.cannotCreate(L10n.backupExists(file)) }
        return try withFaults {
            try lock.with(exclusive: false, timeout: lockTimeout, who: "") {
                let current = try Store.readManifest(path)
                let snap = current.snapshot
                let history = current.history ?? "history"
                var names = ["store.json", snap + "/reference.json"]
                if Disk.exists(path + "/" + snap + "/" + Snapshot.registerFile) { names.append(snap + "/" + Snapshot.registerFile) }
                names += try Snapshot.segmentNames(path + "/" + snap).map { snap + "/contacts/" + $0 }
                names.append("journal.jsonl")
                names += try HistoryFile.committed(in: path + "/" + history, upTo: current.seq).map { history + "/" + $0.name }
                let tmp = Disk.temporaryName(file)
                Disk.removeStaleTemporaries(of: file)
                let fd = try Disk.createFile(tmp)
                var renamed = false
                do {
                    var tar = TarWriter(fd: fd, path: tmp, mtime: Int(time.seconds))
                    var files: [BackupIndex.File] = []
                    var seq = JournalSeqScanner(seq: current.seq)
                    for name in names {
                        guard let source = try Disk.openStoreFile(path + "/" + name, O_RDONLY) else {
                            throw BeatError.badData(L10n.missingFile(path + "/" + name))
                        }
                        defer { close(source) }
                        var sum = Checksum()
                        let size = try tar.add(name: name, from: source, sourcePath: path + "/" + name) { chunk in
                            sum.update(chunk)
                            if name == "journal.jsonl" { seq.scan(chunk) }
                        }
                        files.append(.init(path: name, size: size, sha256: sum.hex()))
                    }
                    let index = BackupIndex(format: BackupIndex.formatName, version: 1, store: current.id, seq: seq.seq,
                                            created: time, files: files)
                    try tar.add(name: BackupIndex.memberName, bytes: try JSONCoding.encode(index, pretty: true) + [10])
                    try tar.finish()
                    try Disk.fsyncOrThrow(fd, path: tmp)
                    close(fd)
                    try Disk.renameNoReplace(tmp, to: file, exists: L10n.backupExists)
                    renamed = true
                    try Disk.syncFolder(Disk.parent(file))
                    return index
                } catch {
                    close(fd)
                    // A backup that may not survive a power cut is no backup: none is left.
                    unlink(renamed ? file : tmp)
                    throw error
                }
            }
        }
    }

    /// Restores the backup `file` into `path`, which must be missing or an empty folder
    /// (not inside a store). The archive is read in pieces, never whole: its structure and
    /// index first (an archive larger than its members declare is refused), then each file
    /// streamed into a new store folder beside `path`, its size and SHA-256 checked, the
    /// manifest last, the whole store checked as `beat check` would — and only then moved
    /// into place in one rename (`NewStoreFolder`). On any failure `path` is left as it was.
    /// Two restores into one folder: one wins, the other fails with `.cannotCreate`.
    public static func restore(from file: String, into path: String, lockTimeout: Double = 10, faults: FaultInjection? = nil) throws -> Store {
        guard !file.isEmpty else { throw BeatError.usage(L10n.emptyPath("FILE")) }
        let archive = try BackupArchive(file)
        defer { archive.close() }
        let (index, members) = try archive.index()
        let place = try NewStoreFolder(path, refuse: L10n.restoreTargetNotEmpty)
        // Every checksum before anything is written: a damaged backup leaves no trace.
        for (m, f) in zip(members, index.files) { try archive.stream(m, sha256: f.sha256) { _ in } }
        try FaultInjection.$current.withValue(faults) {
            try place.build(lockTimeout: lockTimeout) { folder in
                var history = "history"
                for (m, f) in zip(members, index.files) where m.name != "store.json" {
                    try Disk.makeFolder(Disk.parent(folder + "/" + m.name))
                    try archive.extract(m, sha256: f.sha256, to: folder + "/" + m.name)
                    if let h = m.name.split(separator: "/").first, h.hasPrefix("history") { history = String(h) }
                }
                let manifest = members.first { $0.name == "store.json" }!
                let manifestBytes = try archive.bytes(of: manifest, sha256: index.files.first { $0.path == "store.json" }!.sha256)
                if let head = try? JSONCoding.decode(Manifest.self, from: manifestBytes, file: "store.json"), let h = head.history,
                   Store.isFolderName(h, prefix: "history-") {
                    history = h
                }
                try Disk.makeFolder(folder + "/" + history)
                for sub in Set(members.map { Disk.parent(folder + "/" + $0.name) }) { try Disk.syncFolder(sub) }
                // The manifest goes last: until it exists, the folder is not a store.
                try Disk.replace(folder + "/store.json", with: manifestBytes)
                do {
                    let store = try Store.open(at: folder, lockTimeout: lockTimeout)
                    _ = try store.auditTrail()  // the whole history, as `beat check` reads it
                } catch let e as BeatError {
                    throw BeatError.badData(L10n.restoredStoreBad(e.message.replacingOccurrences(of: folder, with: path)))
                }
            }
        }
        return try Store.open(at: path, lockTimeout: lockTimeout)
    }

    /// Only the paths a backup writes: the manifest, the journal, a snapshot's files, a
    /// history folder's journals — never `..`, an absolute path or anything else.
    static func isRestorablePath(_ p: String) -> Bool {
        let parts = p.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        func plain(_ s: String) -> Bool {
            !s.isEmpty && s.first != "." && s.utf8.count <= 64 && s.utf8.allSatisfy {
                ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 == 45 || $0 == 95 || $0 == 46
            }
        }
        guard parts.allSatisfy(plain) else { return false }
        switch parts.count {
        case 1: return parts[0] == "store.json" || parts[0] == "journal.jsonl"
        case 2:
            if isFolderName(parts[0], prefix: "snapshot-") { return parts[1] == "reference.json" || parts[1] == Snapshot.registerFile }
            return (parts[0] == "history" || isFolderName(parts[0], prefix: "history-")) && parts[1].hasSuffix(".jsonl")
        case 3: return isFolderName(parts[0], prefix: "snapshot-") && parts[1] == "contacts" && parts[2].hasSuffix(".json")
        default: return false
        }
    }
}

/// The highest sequence number in journal bytes fed a piece at a time (a torn or unreadable
/// line does not count), holding one line at most.
struct JournalSeqScanner {
    var seq: Int
    private var line: [UInt8] = []

    init(seq: Int) { self.seq = seq }

    mutating func scan(_ chunk: UnsafeRawBufferPointer) {
        for b in chunk {
            if b == 10 {
                if let e = try? JSONCoding.decode(JournalEntry.self, from: line, file: "") { seq = max(seq, e.seq) }
                line.removeAll(keepingCapacity: true)
            } else {
                line.append(b)
            }
        }
    }
}

/// A backup archive being restored: read through a file descriptor, a piece at a time.
final class BackupArchive {
    let file: String
    private let fd: Int32
    let size: Int
    /// Members bigger than this are read whole only if they are the manifest or the index.
    static let smallLimit = 16 << 20

    init(_ file: String) throws {
        self.file = file
        let fd = open(file, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw BeatError.noStore(L10n.noBackup(file)) }
            throw BeatError.other(L10n.cannotRead(file, Disk.errnoText()))
        }
        var st = stat()
        guard fstat(fd, &st) == 0, Disk.kind(of: st.st_mode) == .file else {
            Disk.closeFile(fd)
            throw BeatError.badData(L10n.notABackup(file, L10n.backupNotAFile))
        }
        self.fd = fd
        size = Int(st.st_size)
    }

    func close() { Disk.closeFile(fd) }

    /// The index (the last member) and the members it lists, checked: a tar of regular
    /// files, names a store has, the index's list and sizes, and no bytes beyond what the
    /// members declare (but the end-of-archive blocks).
    func index() throws -> (BackupIndex, [TarArchive.Member]) {
        func bad(_ why: String) -> BeatError { .badData(L10n.notABackup(file, why)) }
        let (members, end) = try TarArchive.members(size: size, file: file) { offset in
            var header = [UInt8](repeating: 0, count: 512)
            let n = try header.withUnsafeMutableBytes { try Disk.readFully(fd, into: $0, at: offset, path: file) }
            return n == 512 ? header : nil
        }
        // Two zero blocks end an archive; a record's padding may follow, nothing else.
        guard size <= end + TarArchive.recordSize else { throw bad(L10n.backupLongerThanDeclared(end, size)) }
        guard let last = members.last, last.name == BackupIndex.memberName, last.size <= BackupArchive.smallLimit else {
            throw bad(L10n.backupNoIndex)
        }
        let indexBytes = try read(last)
        let index = try JSONCoding.decode(BackupIndex.self, from: indexBytes, file: file + "(" + BackupIndex.memberName + ")")
        guard index.format == BackupIndex.formatName, index.version == 1 else {
            throw bad(L10n.backupUnknownFormat(index.format, index.version))
        }
        let body = Array(members.dropLast())
        guard body.map(\.name) == index.files.map(\.path) else { throw bad(L10n.backupListMismatch) }
        for (m, f) in zip(body, index.files) {
            guard Store.isRestorablePath(m.name) else { throw bad(L10n.backupBadPath(m.name)) }
            guard m.size == f.size else { throw BeatError.badData(L10n.backupDamaged(file, m.name)) }
        }
        guard let manifest = body.first(where: { $0.name == "store.json" }), manifest.size <= BackupArchive.smallLimit,
              body.contains(where: { $0.name == "journal.jsonl" }) else {
            throw bad(L10n.backupListMismatch)
        }
        return (index, body)
    }

    /// A small member's bytes (the index, the manifest).
    private func read(_ m: TarArchive.Member) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: m.size)
        let n = try out.withUnsafeMutableBytes { try Disk.readFully(fd, into: $0, at: m.offset, path: file) }
        guard n == m.size else { throw BeatError.badData(L10n.notABackup(file, L10n.backupTruncated)) }
        return out
    }

    /// A small member's bytes, its checksum checked.
    func bytes(of m: TarArchive.Member, sha256: String) throws -> [UInt8] {
        let bytes = try read(m)
        guard Checksum.hex(bytes) == sha256 else { throw BeatError.badData(L10n.backupDamaged(file, m.name)) }
        return bytes
    }

    /// Copies a member into the new file `path` a piece at a time, fsynced; throws
    /// `.badData` when its checksum is not the index's.
    func extract(_ m: TarArchive.Member, sha256: String, to path: String) throws {
        let out = try Disk.createFile(path)
        defer { Disk.closeFile(out) }
        try stream(m, sha256: sha256) { piece in try Disk.writeAll(out, piece, path: path) }
        try Disk.fsyncOrThrow(out, path: path)
    }

    /// Passes a member's bytes to `body` a piece at a time (one buffer, never the whole
    /// member), then checks its checksum against the index's (`.badData` when it differs).
    func stream(_ m: TarArchive.Member, sha256: String, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        var sum = Checksum()
        var buffer = [UInt8](repeating: 0, count: min(m.size, TarWriter.bufferSize))
        var done = 0
        while done < m.size {
            let want = min(buffer.count, m.size - done)
            try buffer.withUnsafeMutableBytes { raw in
                let piece = UnsafeMutableRawBufferPointer(rebasing: raw[0..<want])
                guard try Disk.readFully(fd, into: piece, at: m.offset + done, path: file) == want else {
                    throw BeatError.badData(L10n.notABackup(file, L10n.backupTruncated))
                }
                sum.update(UnsafeRawBufferPointer(piece))
                try body(UnsafeRawBufferPointer(piece))
            }
            done += want
        }
        guard sum.hex() == sha256 else { throw BeatError.badData(L10n.backupDamaged(file, m.name)) }
    }
}

/// Writes a tar (ustar) archive of regular files through a buffer of `bufferSize` bytes.
struct TarWriter {
    static let bufferSize = 1 << 20
    let fd: Int32
    let path: String
    let mtime: Int
    private var buffer: [UInt8] = []

    init(fd: Int32, path: String, mtime: Int) {
        self.fd = fd
        self.path = path
        self.mtime = mtime
        buffer.reserveCapacity(TarWriter.bufferSize)
    }

    private mutating func put(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > TarWriter.bufferSize { try flush() }
        if bytes.count >= TarWriter.bufferSize {
            try Disk.writeAll(fd, bytes, path: path)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    private mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try Disk.writeAll(fd, buffer, path: path)
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func pad(_ size: Int) throws {
        let zeros = [UInt8](repeating: 0, count: (512 - size % 512) % 512)
        try zeros.withUnsafeBytes { try put($0) }
    }

    /// Adds a member from the open file `source`, a piece at a time, passing each piece to
    /// `see`; returns its size. The file must not change meanwhile (the lock sees to it).
    @discardableResult
    mutating func add(name: String, from source: Int32, sourcePath: String, see: (UnsafeRawBufferPointer) -> Void) throws -> Int {
        var st = stat()
        guard fstat(source, &st) == 0 else { throw BeatError.other(L10n.cannotRead(sourcePath, Disk.errnoText())) }
        let size = Int(st.st_size)
        try TarArchive.header(name: name, size: size, mtime: mtime).withUnsafeBytes { try put($0) }
        var piece = [UInt8](repeating: 0, count: min(max(size, 1), TarWriter.bufferSize))
        var done = 0
        while done < size {
            let want = min(piece.count, size - done)
            try piece.withUnsafeMutableBytes { raw in
                let part = UnsafeMutableRawBufferPointer(rebasing: raw[0..<want])
                guard try Disk.readFully(source, into: part, at: done, path: sourcePath) == want else {
                    throw BeatError.other(L10n.cannotRead(sourcePath, L10n.backupFileShrank))
                }
                see(UnsafeRawBufferPointer(part))
                try put(UnsafeRawBufferPointer(part))
            }
            done += want
        }
        try pad(size)
        return size
    }

    /// Adds a member from bytes in memory (the index).
    mutating func add(name: String, bytes: [UInt8]) throws {
        try TarArchive.header(name: name, size: bytes.count, mtime: mtime).withUnsafeBytes { try put($0) }
        try bytes.withUnsafeBytes { try put($0) }
        try pad(bytes.count)
    }

    /// The end-of-archive blocks, and everything written.
    mutating func finish() throws {
        try [UInt8](repeating: 0, count: 1024).withUnsafeBytes { try put($0) }
        try flush()
    }
}

/// The small part of POSIX tar (ustar) backups need: regular files only.
enum TarArchive {
    /// A member: its name, and where its bytes are in the archive.
    struct Member {
        var name: String
        var offset: Int
        var size: Int
    }

    /// Tar pads an archive to records of this size at most.
    static let recordSize = 10240

    /// An archive in memory (tests make hand-crafted ones with it).
    static func write(_ members: [(String, [UInt8])], mtime: Int) -> [UInt8] {
        var out: [UInt8] = []
        for (name, bytes) in members {
            out += header(name: name, size: bytes.count, mtime: mtime)
            out += bytes
            out += [UInt8](repeating: 0, count: (512 - bytes.count % 512) % 512)
        }
        out += [UInt8](repeating: 0, count: 1024)
        return out
    }

    static func header(name: String, size: Int, mtime: Int) -> [UInt8] {
        var h = [UInt8](repeating: 0, count: 512)
        func put(_ s: String, at offset: Int, width: Int) {
            for (i, b) in s.utf8.prefix(width).enumerated() { h[offset + i] = b }
        }
        func octal(_ v: Int, at offset: Int, width: Int) {
            let s = String(v, radix: 8)
            put(String(repeating: "0", count: max(0, width - 1 - s.count)) + s, at: offset, width: width - 1)
        }
        var n = name, prefix = ""
        if n.utf8.count > 100, let slash = n.lastIndex(of: "/") {
            prefix = String(n[..<slash])
            n = String(n[n.index(after: slash)...])
        }
        put(n, at: 0, width: 100)
        octal(0o600, at: 100, width: 8)
        octal(0, at: 108, width: 8)
        octal(0, at: 116, width: 8)
        octal(size, at: 124, width: 12)
        octal(max(0, mtime), at: 136, width: 12)
        h[156] = 48 // '0': a regular file
        put("ustar\0", at: 257, width: 6)
        put("00", at: 263, width: 2)
        put(prefix, at: 345, width: 155)
        for i in 148..<156 { h[i] = 32 }
        let sum = h.reduce(0) { $0 + Int($1) }
        octal(sum, at: 148, width: 7)
        h[155] = 32
        return h
    }

    /// The members of an archive of `size` bytes whose 512-byte headers `header(offset)`
    /// reads (nil past the end), and where the members end (before the end-of-archive
    /// blocks); throws `.badData` naming `file` for anything a backup would not hold. Never
    /// traps, whatever the bytes.
    static func members(size: Int, file: String, header: (Int) throws -> [UInt8]?) throws -> ([Member], Int) {
        func bad(_ why: String) -> BeatError { .badData(L10n.notABackup(file, why)) }
        var out: [Member] = []
        var at = 0
        while true {
            guard at + 1024 <= size, let h = try header(at) else { throw bad(L10n.backupTruncated) }
            if h.allSatisfy({ $0 == 0 }) {
                guard let next = try header(at + 512), next.allSatisfy({ $0 == 0 }) else { throw bad(L10n.backupNotTar) }
                return (out, at)
            }
            guard String(decoding: h[257..<262], as: UTF8.self) == "ustar" else { throw bad(L10n.backupNotTar) }
            guard let sum = octal(h[148..<156]) else { throw bad(L10n.backupNotTar) }
            var copy = h
            for i in 148..<156 { copy[i] = 32 }
            guard copy.reduce(0, { $0 + Int($1) }) == sum else { throw bad(L10n.backupNotTar) }
            guard h[156] == 48 || h[156] == 0 else { throw bad(L10n.backupNotTar) }
            guard let length = octal(h[124..<136]) else { throw bad(L10n.backupNotTar) }
            let start = at + 512
            guard length <= size - start else { throw bad(L10n.backupTruncated) }
            let name = cString(h[0..<100]), prefix = cString(h[345..<500])
            out.append(Member(name: prefix.isEmpty ? name : prefix + "/" + name, offset: start, size: length))
            at = start + length + (512 - length % 512) % 512
        }
    }

    /// The members of an archive in memory, with their bytes (for tests).
    static func read(_ bytes: [UInt8], file: String) throws -> [(name: String, bytes: [UInt8])] {
        let (members, _) = try members(size: bytes.count, file: file) { offset in
            offset + 512 <= bytes.count ? Array(bytes[offset..<(offset + 512)]) : nil
        }
        return members.map { ($0.name, Array(bytes[$0.offset..<($0.offset + $0.size)])) }
    }

    private static func cString(_ field: ArraySlice<UInt8>) -> String {
        String(decoding: field.prefix { $0 != 0 }, as: UTF8.self)
    }

    /// An octal field (digits, then NUL or spaces); nil when it is anything else.
    private static func octal(_ field: ArraySlice<UInt8>) -> Int? {
        var v = 0, digits = 0
        for b in field {
            if b == 0 || b == 32 { if digits > 0 { break } else { continue } }
            guard b >= 48, b <= 55, digits < 15 else { return nil }
            v = v * 8 + Int(b - 48)
            digits += 1
        }
        return digits > 0 ? v : nil
    }
}
