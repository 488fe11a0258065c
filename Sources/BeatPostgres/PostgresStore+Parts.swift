import BeatCore
import Foundation
import PostgresNIO

extension PostgresStore {
    /// The store's parts, as of one moment (one read-only transaction): the snapshot, and
    /// every journal entry.
    public func parts() throws -> StoreParts {
        try reconnectIfLost()
        return try readOnlyTransaction {
            let h = try head()
            let display = address.display + " snapshot \(h.snapshot)"
            guard let row = try link.rows("SELECT bytes FROM \(unescaped: schema).snapshot WHERE seq = \(h.snapshot) AND path = 'reference.json'",
                                          timeout: max(lockTimeout, 60)).first else {
                throw BeatError.badData(L10n.missingFile(display + "/reference.json"))
            }
            let snapshot = try SnapshotFiles.decode(reference: bytes(try row.decode(ByteBuffer.self)), display: display) {
                try self.segments(seq: h.snapshot)
            }
            let created = try link.rows("SELECT created FROM \(unescaped: schema).store").first?.decode(String.self)
            return StoreParts(id: h.id, created: created.flatMap(Timestamp.init) ?? Timestamp(seconds: 0, offsetMinutes: 0),
                              snapshot: snapshot, journal: try journalEntries())
        }
    }

    /// Creates a store at `address` from `parts` (a copy, a restore): one transaction, then
    /// checked by opening it and comparing the model with the parts'; on any failure the
    /// schema is removed again. The address's schema must be missing or empty.
    @discardableResult
    public static func create(at address: PostgresAddress, parts: StoreParts, lockTimeout: Double = 10) throws -> PostgresStore {
        let expected = try parts.model(place: "journal")
        try create(at: address, id: parts.id, created: parts.created, snapshot: parts.snapshot, journal: parts.journal, lockTimeout: lockTimeout)
        do {
            let store = try open(at: address, lockTimeout: lockTimeout)
            guard store.model == expected, try store.journalEntries().count == parts.journal.count else {
                throw BeatError.badData(L10n.copyDiffers(address.display))
            }
            return store
        } catch {
            try? drop(at: address, lockTimeout: lockTimeout)
            throw error
        }
    }

    /// Removes the store's schema and everything in it (a failed copy's leftovers, tests).
    public static func drop(at address: PostgresAddress, lockTimeout: Double) throws {
        let link = try PostgresLink(address, timeout: lockTimeout)
        defer { link.close() }
        try link.run("DROP SCHEMA IF EXISTS \(unescaped: address.schema) CASCADE")
    }

    /// Writes a backup of the store to `file` in the folder's tar format (so either kind of
    /// store restores it): the store is written as a folder in a private temporary folder,
    /// backed up from there, and the folder removed.
    @discardableResult
    public func backup(to file: String, at time: Timestamp) throws -> BackupIndex {
        if FileManager.default.fileExists(atPath: file) { throw BeatError.cannotCreate(L10n.backupExists(file)) }
        let parts = try parts()
        return try PostgresStore.withScratchFolder { folder in
            try Store.create(at: folder + "/store", parts: parts, lockTimeout: lockTimeout).backup(to: file, at: time)
        }
    }

    /// Restores the backup `file` (of either kind of store) into a new store at `address`:
    /// checked whole as a folder restore checks it, then created in one transaction.
    @discardableResult
    public static func restore(from file: String, into address: PostgresAddress, lockTimeout: Double = 10) throws -> PostgresStore {
        let parts = try withScratchFolder { folder in
            try Store.restore(from: file, into: folder + "/store", lockTimeout: lockTimeout).parts()
        }
        return try create(at: address, parts: parts, lockTimeout: lockTimeout)
    }

    /// Runs `body` with a new folder only this user can read (it will hold residents' data),
    /// removed afterwards whatever happens.
    static func withScratchFolder<T>(_ body: (String) throws -> T) throws -> T {
        var template = Array((NSTemporaryDirectory() + "/beat-copy-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw BeatError.cannotCreate(L10n.cannotWrite(NSTemporaryDirectory(), String(cString: strerror(errno)))) }
        let folder = String(cString: made)
        chmod(folder, 0o700)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try body(folder)
    }

    /// Every journal row, oldest first, as entries. Inside a transaction.
    func journalEntries() throws -> [JournalEntry] {
        try link.rows("SELECT seq, entry FROM \(unescaped: schema).journal ORDER BY seq", timeout: max(lockTimeout, 60)).map { row in
            let (seq, text) = try row.decode((Int, String).self)
            let entry = try JournalEntry(line: Array(text.utf8), file: journalName + " \(seq)", lineNumber: 1)
            guard entry.seq == seq else {
                throw BeatError.badData(journalName + " \(seq):1:1: " + L10n.journalOutOfOrder(seq, entry.seq))
            }
            return entry
        }
    }
}
