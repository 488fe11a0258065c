#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What keeps a store from harm: read-only detection, checks of the manifest's names and
/// numbers before anything acts on them, and the fault seam around writing operations.
extension Store {
    /// Why a store in `path` cannot be written, or nil when it can.
    static func readOnlyReason(_ path: String, lock: FileLock) -> String? {
        if !lock.writable { return L10n.readOnlyFile(lock.path, Disk.errnoText(EACCES)) }
        if access(path, W_OK) != 0 { return L10n.readOnlyFolder(path, Disk.errnoText()) }
        let journal = path + "/journal.jsonl"
        if access(journal, W_OK) != 0 && errno != ENOENT { return L10n.readOnlyFile(journal, Disk.errnoText()) }
        return nil
    }

    /// The error every writing operation throws on a read-only store.
    var readOnlyError: BeatError? {
        readOnlyReason.map { BeatError.cannotCreate(L10n.readOnlyStore(path) + " " + $0) }
    }

    /// Runs a writing operation with this store's fault seam active.
    func withFaults<T>(_ body: () throws -> T) throws -> T {
        try FaultInjection.$current.withValue(faults, operation: body)
    }

    /// Holds the write lock, as a writer would, while `body` runs (for tools and tests that
    /// need a busy store).
    public func holdingWriteLock<T>(by officer: String, _ body: () throws -> T) throws -> T {
        if let error = readOnlyError { throw error }
        return try lock.with(exclusive: true, timeout: lockTimeout, who: officer, body)
    }

    /// A manifest's folder names are plain names inside the store (compaction removes the
    /// old snapshot: a `..` must never point it elsewhere), its sequence number in range.
    static func checkManifest(_ m: Manifest, bytes: [UInt8], file: String) throws {
        func bad(_ key: String, _ reason: String) -> BeatError {
            .badData(JSONCoding.locate([.key(key)], in: bytes, file: file, reason: reason))
        }
        guard isFolderName(m.snapshot, prefix: "snapshot-") else { throw bad("snapshot", L10n.badFolderName(m.snapshot)) }
        if let h = m.history, h != "history", !isFolderName(h, prefix: "history-") { throw bad("history", L10n.badFolderName(h)) }
        guard (0...Limits.number).contains(m.seq) else { throw bad("seq", L10n.numberOutOfRange(m.seq)) }
        let root = (file as NSString).deletingLastPathComponent
        guard Disk.isDirectory(root + "/" + m.snapshot) else { throw bad("snapshot", L10n.snapshotMissing(m.snapshot)) }
    }

    /// `prefix` followed by digits only.
    static func isFolderName(_ name: String, prefix: String) -> Bool {
        guard name.hasPrefix(prefix) else { return false }
        let rest = name.utf8.dropFirst(prefix.utf8.count)
        return !rest.isEmpty && rest.count <= 12 && rest.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// The manifest and its snapshot must agree on the sequence number.
    static func checkSnapshotSeq(_ path: String, _ m: Manifest, _ model: Model) throws {
        guard m.seq != model.seq else { return }
        let file = path + "/store.json"
        let bytes = (try? Disk.read(file)) ?? []
        throw BeatError.badData(JSONCoding.locate([.key("seq")], in: bytes, file: file,
                                                  reason: L10n.snapshotSeqMismatch(m.seq, m.snapshot, model.seq)))
    }
}
