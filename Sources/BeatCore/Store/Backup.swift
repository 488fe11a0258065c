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
    /// Writes a consistent copy of the store to `file` (which must not exist): taken under
    /// the shared lock, so writers wait for it and it holds whole changes only.
    @discardableResult
    public func backup(to file: String, at time: Timestamp) throws -> BackupIndex {
        if Disk.exists(file) { throw BeatError.cannotCreate(L10n.backupExists(file)) }
        return try withFaults {
            try lock.with(exclusive: false, timeout: lockTimeout, who: "") {
                let current = try Store.readManifest(path)
                var names = ["store.json"]
                let snap = current.snapshot
                names.append(snap + "/reference.json")
                if Disk.exists(path + "/" + snap + "/" + Snapshot.registerFile) { names.append(snap + "/" + Snapshot.registerFile) }
                names += Disk.list(path + "/" + snap + "/contacts").filter { $0.hasSuffix(".json") }.map { snap + "/contacts/" + $0 }
                names.append("journal.jsonl")
                let history = current.history ?? "history"
                names += historyFiles(path + "/" + history).map { history + "/" + $0.name }
                var members: [(String, [UInt8])] = []
                var files: [BackupIndex.File] = []
                var seq = current.seq
                for name in names {
                    guard let bytes = try Disk.read(path + "/" + name) else { throw BeatError.badData(L10n.missingFile(path + "/" + name)) }
                    members.append((name, bytes))
                    files.append(.init(path: name, size: bytes.count, sha256: SHA256.hex(bytes)))
                    if name == "journal.jsonl" {
                        for line in JournalLines(bytes).lines {
                            if let e = try? JSONCoding.decode(JournalEntry.self, from: Array(line), file: name) { seq = max(seq, e.seq) }
                        }
                    }
                }
                let index = BackupIndex(format: BackupIndex.formatName, version: 1, store: current.id, seq: seq, created: time, files: files)
                members.append((BackupIndex.memberName, try JSONCoding.encode(index, pretty: true) + [10]))
                let tmp = file + ".tmp-\(getpid())"
                var renamed = false
                do {
                    try Disk.writeNewFile(tmp, TarArchive.write(members, mtime: Int(time.seconds)))
                    try Disk.rename(tmp, to: file)
                    renamed = true
                    let folder = (file as NSString).deletingLastPathComponent
                    try Disk.syncFolder(folder.isEmpty ? "." : folder)
                } catch {
                    // A backup that may not survive a power cut is no backup: none is left.
                    unlink(renamed ? file : tmp)
                    throw error
                }
                return index
            }
        }
    }

    /// Restores the backup `file` into `path`, which must be missing or an empty folder;
    /// checks every file's size and checksum first, and the restored store as `beat check`
    /// would last. On any failure the folder is left empty again.
    public static func restore(from file: String, into path: String, lockTimeout: Double = 10, faults: FaultInjection? = nil) throws -> Store {
        guard let bytes = try Disk.read(file) else { throw BeatError.noStore(L10n.noBackup(file)) }
        let members = try TarArchive.read(bytes, file: file)
        guard let last = members.last, last.name == BackupIndex.memberName else {
            throw BeatError.badData(L10n.notABackup(file, L10n.backupNoIndex))
        }
        let index = try JSONCoding.decode(BackupIndex.self, from: last.bytes, file: file + "(" + BackupIndex.memberName + ")")
        guard index.format == BackupIndex.formatName, index.version == 1 else {
            throw BeatError.badData(L10n.notABackup(file, L10n.backupUnknownFormat(index.format, index.version)))
        }
        let body = members.dropLast()
        guard body.map(\.name) == index.files.map(\.path) else { throw BeatError.badData(L10n.notABackup(file, L10n.backupListMismatch)) }
        for (m, f) in zip(body, index.files) {
            guard isRestorablePath(m.name) else { throw BeatError.badData(L10n.notABackup(file, L10n.backupBadPath(m.name))) }
            guard m.bytes.count == f.size, SHA256.hex(m.bytes) == f.sha256 else { throw BeatError.badData(L10n.backupDamaged(file, m.name)) }
        }
        guard body.contains(where: { $0.name == "store.json" }), body.contains(where: { $0.name == "journal.jsonl" }) else {
            throw BeatError.badData(L10n.notABackup(file, L10n.backupListMismatch))
        }
        if exists(at: path) { throw BeatError.cannotCreate(L10n.storeExists(path)) }
        if Disk.isDirectory(path), !Disk.list(path).isEmpty { throw BeatError.cannotCreate(L10n.restoreTargetNotEmpty(path)) }
        let created = !Disk.isDirectory(path)
        func undo() {
            if created { Disk.removeTree(path) } else { for n in Disk.list(path) { Disk.removeTree(path + "/" + n) } }
        }
        return try FaultInjection.$current.withValue(faults) {
            do {
                try Disk.makeFolder(path)
                // The manifest goes last: until it exists, the folder is not a store.
                for m in body where m.name != "store.json" {
                    let folder = (path + "/" + m.name as NSString).deletingLastPathComponent
                    try Disk.makeFolder(folder)
                    try Disk.writeNewFile(path + "/" + m.name, m.bytes)
                }
                let manifest = body.first { $0.name == "store.json" }!
                if let head = try? JSONCoding.decode(Manifest.self, from: manifest.bytes, file: "store.json"),
                   let h = head.history, Store.isFolderName(h, prefix: "history-") {
                    try Disk.makeFolder(path + "/" + h)
                } else {
                    try Disk.makeFolder(path + "/history")
                }
                for folder in Set(body.map { (path + "/" + $0.name as NSString).deletingLastPathComponent }) { try Disk.syncFolder(folder) }
                try Disk.replace(path + "/store.json", with: manifest.bytes)
            } catch {
                undo()
                throw error
            }
            do {
                let store = try Store.open(at: path, lockTimeout: lockTimeout)
                _ = try store.auditTrail()  // the whole history, as `beat check` reads it
                return store
            } catch let e as BeatError {
                undo()
                throw BeatError.badData(L10n.restoredStoreBad(e.message))
            }
        }
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

/// The small part of POSIX tar (ustar) backups need: regular files only.
enum TarArchive {
    struct Member {
        var name: String
        var bytes: [UInt8]
    }

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

    private static func header(name: String, size: Int, mtime: Int) -> [UInt8] {
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

    /// The members of an archive; throws `.badData` naming `file` for anything a backup
    /// would not hold. Never traps, whatever the bytes.
    static func read(_ bytes: [UInt8], file: String) throws -> [Member] {
        func bad(_ why: String) -> BeatError { .badData(L10n.notABackup(file, why)) }
        var out: [Member] = []
        var at = 0
        while true {
            guard at + 512 <= bytes.count else { throw bad(L10n.backupTruncated) }
            let h = Array(bytes[at..<(at + 512)])
            if h.allSatisfy({ $0 == 0 }) { break }
            guard String(decoding: h[257..<262], as: UTF8.self) == "ustar" else { throw bad(L10n.backupNotTar) }
            guard let sum = octal(h[148..<156]) else { throw bad(L10n.backupNotTar) }
            var copy = h
            for i in 148..<156 { copy[i] = 32 }
            guard copy.reduce(0, { $0 + Int($1) }) == sum else { throw bad(L10n.backupNotTar) }
            guard h[156] == 48 || h[156] == 0 else { throw bad(L10n.backupNotTar) }
            guard let size = octal(h[124..<136]) else { throw bad(L10n.backupNotTar) }
            let start = at + 512
            guard size <= bytes.count - start else { throw bad(L10n.backupTruncated) }
            let name = cString(h[0..<100]), prefix = cString(h[345..<500])
            out.append(Member(name: prefix.isEmpty ? name : prefix + "/" + name, bytes: Array(bytes[start..<(start + size)])))
            at = start + size + (512 - size % 512) % 512
        }
        return out
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
