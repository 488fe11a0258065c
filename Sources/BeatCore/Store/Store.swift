#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Where Beat keeps its data and how it answers: the model, and the changes made to it.
/// The JSON folder store below is one implementation; a server database can be another.
public protocol ModelStore: AnyObject {
    /// The model as of the last change read from or written to the store.
    var model: Model { get }
    /// Whether changes are refused (a read-only folder, or a store that failed its check).
    var isReadOnly: Bool { get }
    /// Why changes are refused, in a sentence naming the file or folder; nil when they are not.
    var readOnlyReason: String? { get }
    /// Validates and persists several changes in one locked step; all or nothing is applied in memory.
    /// Returns only once they are durable, with what `Model.apply` said of each, in order: what it
    /// created and the changes that take it back.
    @discardableResult
    func append(_ changes: [Change], by officer: String, at time: Timestamp) throws -> [Applied]
    /// Picks up changes other processes made; true when the model changed.
    @discardableResult
    func refresh() throws -> Bool
    /// Whether part of the store is still being read in the background (`model` lacks the
    /// contact log meanwhile; see `Store.loadRestInBackground`). False by default.
    var isLoadingInBackground: Bool { get }
    /// Takes in what the background read has finished (with `wait`, waits for it); true when
    /// `model` is now the whole store. Does nothing by default.
    @discardableResult
    func completeBackgroundLoad(wait: Bool) throws -> Bool
    /// Starts reading on another thread what a narrower scope left unread (see
    /// `Store.loadRestInBackground`). Does nothing by default: the store read everything.
    func loadRestInBackground()
}

extension ModelStore {
    /// One change: `append([change], …)`.
    @discardableResult
    public func append(_ change: Change, by officer: String, at time: Timestamp) throws -> Applied {
        try append([change], by: officer, at: time)[0]
    }

    public var isLoadingInBackground: Bool { false }
    @discardableResult
    public func completeBackgroundLoad(wait: Bool) throws -> Bool { false }
    public func loadRestInBackground() {}
}

/// What commands ask of a store besides the model, wherever it is kept: a folder (`Store`)
/// or a schema on a PostgreSQL server (BeatPostgres's `PostgresStore`).
public protocol BeatStore: ModelStore {
    /// The store's id: stable for the store's life, kept by backups and copies.
    var id: String { get }
    /// Where the store is, for messages and report footers: a folder, or an address
    /// without its password.
    var location: String { get }
    /// Things worth telling the user that do not stop work (a torn line skipped …).
    var warnings: [String] { get }
    /// Writes a new snapshot of the current model (occasional; appends stay O(1)); false when
    /// the snapshot already holds every change and nothing was written.
    @discardableResult func compact(by officer: String) throws -> Bool
    /// Every journal entry, oldest first, each sequence number once.
    func auditTrail() throws -> [JournalEntry]
    /// The store as its parts (snapshot and whole journal), for a copy to another place.
    func parts() throws -> StoreParts
    /// Writes a backup (the folder's tar format, whichever the backend) to `file`, which
    /// must not exist.
    @discardableResult
    func backup(to file: String, at time: Timestamp) throws -> BackupIndex
    /// Pseudonymises residents' personal data older than `before` everywhere the store keeps
    /// it (see `Store.purgePersonalData`); with `dryRun` only says what would change.
    func purgePersonalData(before: Day, by officer: String, at time: Timestamp, dryRun: Bool) throws -> PurgeReport
    /// Every record holding data that matches `text`, in the snapshot and every journal
    /// entry: an access request under RODO.
    func findPersonalData(_ text: String) throws -> [PersonalDataRecord]
    /// Holds the writers' lock while `body` runs (for tools and tests that need a busy store).
    func holdingWriteLock<T>(by officer: String, _ body: () throws -> T) throws -> T
}

/// The store's manifest, `store.json`.
struct Manifest: Codable, Equatable {
    var format: String
    var version: Int
    var id: String
    /// The snapshot folder holding the model as of `seq`.
    var snapshot: String
    var seq: Int
    var created: Timestamp
    /// The folder of rotated journals; nil means `history`. A purge of personal data writes
    /// a new one and switches to it with the manifest.
    var history: String?
    /// The `Digest` of the snapshot's reference.json as written (absent in older manifests).
    var reference: String? = nil
    /// The byte size of each contact segment as written (absent in older manifests): a read
    /// that leaves the contacts unread still notices a segment cut short or replaced.
    var segments: [String: Int]? = nil
    /// The `Digest` of each contact segment as written (absent in older manifests): segments
    /// that all match are kept as bytes when the store is opened, and their contacts decoded
    /// when first read (`ContactLog`); otherwise they are decoded and checked at once.
    var contactDigests: [String: String]? = nil

    /// Records the digests of a snapshot Beat has just written.
    mutating func record(_ digests: Snapshot.Digests) {
        reference = digests.reference
        contactDigests = digests.segments
    }
}

/// A Beat store: a folder of plain JSON files.
///
/// ```
/// store.json        manifest {"format": "beat-store", "version": 1, "snapshot": …, "seq": N}
/// snapshot-NNNNNN/  the model as of journal sequence N (see `Snapshot`)
/// journal.jsonl     one change per line after N: {"seq","at","by","change"}
/// history/          journals rotated out by compaction: the rest of the audit trail
/// lock              flock(2) target; the last writer's pid and officer
/// ```
///
/// A change is acknowledged only after its journal line is written and fsynced. Writers
/// take the lock, read what others appended, validate, append. A torn last line (a writer
/// killed mid-line) was never acknowledged: it is skipped with a warning, and the next
/// writer moves it aside to `journal.torn` before appending.
public final class Store: BeatStore {
    public static let formatName = "beat-store"
    public static let formatVersion = 1

    /// The store folder.
    public let path: String
    public var location: String { path }
    public internal(set) var model: Model
    /// The store's id from its manifest: stable for the store's life (reports, calendar UIDs).
    public var id: String { manifest.id }
    /// Things worth telling the user that do not stop work (a torn line skipped …).
    public private(set) var warnings: [String] = []
    public let isReadOnly: Bool
    /// Why the store is read-only, in a sentence for the user; nil when it is writable.
    public let readOnlyReason: String?
    /// How long a writer waits for the lock before giving up with `.busy`.
    public var lockTimeout: Double
    /// Whether appends fsync (always, except in benchmarks that measure without it).
    public var durable = true
    /// How much of the store is in `model` (see `LoadScope`); widens when a change needs more.
    public private(set) var scope: LoadScope
    /// In the `.head` scope: the tasks read besides the head, for changes to them.
    private var pinnedTasks: Set<Int> = []
    /// The whole store being read on another thread (see `loadRestInBackground`).
    var background: BackgroundRead?

    /// A seam for tests: disk steps of this store's operations fail as chosen (see `FaultInjection`).
    public var faults: FaultInjection?

    let lock: FileLock
    var manifest: Manifest
    /// Bytes of journal.jsonl already applied to `model`.
    var journalOffset = 0
    /// Device and inode of the journal read, to notice rotation by another process.
    var journalIdentity: (dev: UInt64, ino: UInt64) = (0, 0)
    /// store.json as it was when `manifest` was last checked against it: while the file is
    /// the same, a save need not read and decode it again.
    var manifestStamp: FileStamp?

    var journalPath: String { path + "/journal.jsonl" }
    var manifestPath: String { path + "/store.json" }

    private init(path: String, lock: FileLock, manifest: Manifest, model: Model, readOnlyReason: String?, lockTimeout: Double, scope: LoadScope) {
        self.path = path
        self.scope = scope
        self.lock = lock
        self.manifest = manifest
        self.model = model
        self.isReadOnly = readOnlyReason != nil
        self.readOnlyReason = readOnlyReason
        self.lockTimeout = lockTimeout
    }

    /// The default folder: `$BEAT_DATA`, else `$XDG_DATA_HOME/beat`, else `~/.local/share/beat`.
    public static func defaultPath(environment env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let d = env["BEAT_DATA"], !d.isEmpty { return d }
        if let x = env["XDG_DATA_HOME"], !x.isEmpty { return x + "/beat" }
        return (env["HOME"] ?? NSHomeDirectory()) + "/.local/share/beat"
    }

    /// Whether `path` holds a store (its manifest exists).
    public static func exists(at path: String) -> Bool { Disk.exists(path + "/store.json") }

    // MARK: Create

    /// Creates a new store holding `model` in `path`, which must be missing or an empty
    /// folder. The store is built whole beside it and moved into place in one rename
    /// (`NewStoreFolder`): a failure or a crash at any step leaves `path` as it was. With
    /// `group`, the store is shared by that Unix group: folders `2770`, files `0660`, kept so
    /// by every later write (`Disk.modes(in:)`).
    @discardableResult
    public static func create(at path: String, model: Model, clock: Clock, lockTimeout: Double = 10,
                              faults: FaultInjection? = nil, group: String? = nil) throws -> Store {
        if let group { _ = try Disk.groupID(group) }  // before anything is made
        try FaultInjection.$current.withValue(faults) {
            let place = try NewStoreFolder(path, refuse: L10n.folderNotEmpty)
            try place.build(lockTimeout: lockTimeout, group: group) { folder in
                var m = model
                m.seq = 0
                let name = Snapshot.folderName(seq: 0)
                let digests = try Snapshot.write(m, root: folder, name: name)
                try Disk.makeFolder(folder + "/history")
                let journal = try Disk.createFile(folder + "/journal.jsonl")
                close(journal)
                var manifest = Manifest(format: formatName, version: formatVersion, id: UUID().uuidString.lowercased(),
                                        snapshot: name, seq: 0, created: clock.now, segments: Store.segmentSizes(folder + "/" + name))
                manifest.record(digests)
                // The manifest goes last: until it exists, the folder is not a store.
                try Disk.replace(folder + "/store.json", with: JSONCoding.encode(manifest, pretty: true) + [10])
                // What was written reads back (a day outside the calendar Beat keeps would not).
                _ = try open(at: folder, lockTimeout: lockTimeout)
            }
        }
        return try open(at: path, lockTimeout: lockTimeout)
    }

    // MARK: Open

    /// Opens the store in `path`: reads the snapshot and applies the journal.
    /// Throws `.noStore` when there is none, `.badData` (file:line:column) when a file is bad.
    /// A store on a read-only folder or file, or opened with `readOnly`, refuses changes and
    /// says why in `readOnlyReason`.
    /// With `scope: .reference` the contact log is left unread, with `.taskList` also what
    /// the task list does not show, with `.head` the tasks too, except `tasks` (see `LoadScope`).
    public static func open(at path: String, lockTimeout: Double = 10, readOnly: Bool = false, scope: LoadScope = .all,
                            tasks: Set<Int> = []) throws -> Store {
        guard exists(at: path) else { throw BeatError.noStore(L10n.noStore(path)) }
        let lock = try FileLock(path: path + "/lock")
        let reason = readOnly ? L10n.readOnlyRequested : readOnlyReason(path, lock: lock)
        func load() throws -> Store {
            try lock.with(exclusive: false, timeout: lockTimeout, who: "") { () throws -> Store in
                do {
                    return try openLocked(path, lock: lock, reason: reason, lockTimeout: lockTimeout, scope: scope, tasks: tasks)
                } catch BeatError.badData where scope != .all {
                    // A partial read met a bad file: read everything, so the message is the one
                    // `beat check` gives for this store.
                    return try openLocked(path, lock: lock, reason: reason, lockTimeout: lockTimeout, scope: .all, tasks: [])
                }
            }
        }
        // What an operation killed midway left behind is cleared first (see `Leftovers`);
        // a read-only store is read as it is (readers pass over leftovers anyway).
        guard reason == nil else { return try load() }
        if try lock.with(exclusive: false, timeout: lockTimeout, who: "", { Leftovers.found(in: path) != nil }) {
            _ = try lock.with(exclusive: true, timeout: lockTimeout, who: "") { try recover(path) }
        }
        let store = try load()
        guard store.staleLines > 0 else { return store }
        _ = try lock.with(exclusive: true, timeout: lockTimeout, who: "") { try recover(path, verified: true) }
        return try load()
    }

    private static func openLocked(_ path: String, lock: FileLock, reason: String?, lockTimeout: Double, scope: LoadScope,
                                   tasks: Set<Int>) throws -> Store {
        let manifest = try readManifest(path)
        let pinned = scope == .head ? tasks : []
        let model = try Snapshot.read(folder: path + "/" + manifest.snapshot, display: display(path, manifest.snapshot),
                                      scope: scope, tasks: pinned, digest: manifest.reference, segmentDigests: manifest.contactDigests)
        try checkSnapshotSeq(path, manifest, model)
        if scope != .all { try checkSegmentSizes(path, manifest) } else { try checkSegmentsPresent(path, manifest) }
        let s = Store(path: path, lock: lock, manifest: manifest, model: model, readOnlyReason: reason, lockTimeout: lockTimeout, scope: scope)
        s.pinnedTasks = pinned
        _ = try s.readJournal()
        try checkHistoryEnds(s)
        return s
    }

    static func display(_ root: String, _ name: String) -> String { root + "/" + name }

    static func readManifest(_ path: String) throws -> Manifest {
        let file = path + "/store.json"
        guard let bytes = try Disk.read(file) else { throw BeatError.noStore(L10n.noStore(path)) }
        struct Head: Decodable { var format: String?; var version: Int? }
        let head = try JSONCoding.decode(Head.self, from: bytes, file: file)
        guard head.format == formatName else { throw BeatError.badData(L10n.notAStore(file)) }
        guard head.version == formatVersion else {
            throw BeatError.badData(L10n.unknownVersion(file, head.version ?? 0))
        }
        let manifest = try JSONCoding.decode(Manifest.self, from: bytes, file: file)
        try checkManifest(manifest, bytes: bytes, file: file)
        return manifest
    }

    /// Journal lines at or below the snapshot's sequence met on the last read from the start:
    /// left by a compaction killed before it emptied the journal (skipped; recovery drops them).
    var staleLines = 0

    /// Applies journal lines not yet read. Must run under the lock (shared or exclusive).
    /// Returns the number of entries applied.
    @discardableResult
    func readJournal() throws -> Int {
        let file = journalPath
        guard let fd = try Disk.openStoreFile(file, O_RDONLY) else { throw BeatError.badData(L10n.missingFile(file)) }
        defer { close(fd) }
        var st = stat()
        fstat(fd, &st)
        let identity = (UInt64(st.st_dev), UInt64(st.st_ino))
        if identity != journalIdentity {
            journalIdentity = identity
            journalOffset = 0
        }
        if journalOffset == 0 { staleLines = 0 }
        let bytes = try Disk.readAll(fd, from: journalOffset, path: file)
        if bytes.isEmpty { return 0 }
        let split = JournalLines(bytes)
        var lineNo = lineNumber(at: journalOffset)
        var applied = 0
        warnings.removeAll { $0.hasPrefix(file) }
        for (k, line) in split.lines.enumerated() {
            lineNo += 1
            let isLast = k == split.lines.count - 1 && split.tail.isEmpty
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            let entry: JournalEntry
            do {
                entry = try JSONCoding.decode(JournalEntry.self, from: Array(line), file: file, lineOffset: lineNo - 1)
            } catch let e as BeatError where isLast && JSONLocator(Array(line)).isTorn {
                _ = e
                warnings.append(L10n.tornLine(file, lineNo))
                break
            }
            if entry.seq <= model.seq { staleLines += 1 }  // already in the snapshot: `replay` passes it over
            if try model.replay(entry, scope: scope, place: "\(file):\(lineNo):1") { applied += 1 }
        }
        journalOffset += split.consumed
        linesRead = lineNo
        if !split.tail.isEmpty {
            warnings.append(L10n.tornLine(file, lineNo + 1))
        }
        return applied
    }

    var linesRead = 0
    private func lineNumber(at offset: Int) -> Int { offset == 0 ? 0 : linesRead }

    /// Reads what checking a change needs, if this scope lacks it. Must run under the lock.
    private func ensure(_ change: Change) throws {
        switch scope.widening(for: change, in: model, pinned: pinnedTasks) {
        case .none: return
        case .widen(let wider): try widen(to: wider)
        case .pin(let id):
            pinnedTasks.insert(id)
            manifest = try Store.readManifest(path)
            try reload()
        }
    }

    // MARK: Write

    /// Appends several changes in one locked step (each its own journal line).
    @discardableResult
    public func append(_ changes: [Change], by officer: String, at time: Timestamp) throws -> [Applied] {
        if let error = readOnlyError { throw error }
        // A change that needs everything waits for the read under way, before the lock that read needs.
        if background != nil, changes.contains(where: { $0.need == .all }) { try completeBackgroundLoad(wait: true) }
        return try withFaults { try lock.with(exclusive: true, timeout: lockTimeout, who: officer) {
            for change in changes { try ensure(change) }
            try catchUp()
            try dropTornTail()
            // Changes are applied to `model` in place: a copy of a city station's model would
            // cost more than everything else here. `apply` changes nothing when it rejects a
            // change, so only a later failure needs the model read back from disk.
            var results: [Applied] = []
            var lines: [UInt8] = []
            for (k, change) in changes.enumerated() {
                let ctx = ChangeContext(by: officer, at: time)
                do {
                    results.append(try model.apply(change, context: ctx))
                    model.seq += 1
                    let entry = JournalEntry(seq: model.seq, at: time, by: officer, change: change)
                    lines += try JSONCoding.encode(entry, pretty: false) + [10]
                } catch {
                    if k > 0 { try? reload() }
                    throw error
                }
            }
            guard let fd = try Disk.openStoreFile(journalPath, O_WRONLY | O_APPEND) else {
                throw BeatError.badData(L10n.missingFile(journalPath))
            }
            defer { close(fd) }
            var st = stat()
            fstat(fd, &st)
            let before = Int(st.st_size)
            do {
                try Disk.writeAll(fd, lines, path: journalPath)
                if durable { try Disk.fsyncOrThrow(fd, path: journalPath) }
            } catch {
                // Leave the journal as it was: nothing of a failed write may count later.
                _ = ftruncate(fd, off_t(before))
                _ = fsync(fd)
                // The model never runs ahead of the disk: read back what the disk holds.
                try? reload()
                throw error
            }
            journalOffset = before + lines.count
            linesRead += changes.count
            return results
        } }
    }

    /// Reads what other processes appended; a newer snapshot means a full reload.
    func catchUp() throws {
        // The manifest is only ever replaced whole (a new file renamed over it), so a file with
        // the same identity, size and times is the one already read.
        let stamp = FileStamp(manifestPath)
        if !stale, let stamp, stamp == manifestStamp {
            try readJournal()
            return
        }
        let current = try Store.readManifest(path)
        manifestStamp = stamp
        if current != manifest || stale {
            manifest = current
            try reload()
        } else {
            try readJournal()
        }
    }

    /// Reads the model again from the manifest's snapshot (or takes `snapshot`, that snapshot
    /// read already) and the whole journal, in `scope`. Must run under the lock.
    /// Until it succeeds the store is `stale`, and the next `catchUp` tries again.
    func reload(snapshot: Model? = nil) throws {
        stale = true
        model = Model() // let go of the old model first: a city station's would double the memory
        if snapshot == nil, scope == .all { try Store.checkSegmentsPresent(path, manifest) }
        model = try snapshot ?? Snapshot.read(folder: path + "/" + manifest.snapshot, display: Store.display(path, manifest.snapshot),
                                              scope: scope, tasks: pinnedTasks, digest: manifest.reference,
                                              segmentDigests: manifest.contactDigests)
        journalIdentity = (0, 0)
        journalOffset = 0
        linesRead = 0
        try readJournal()
        stale = false
    }

    /// Whether `model` may not match the disk (a failed write whose reload failed too).
    private var stale = false

    /// Reads more of the store, for a change whose checks need it (or takes in `snapshot`, the
    /// manifest `snapshotOf`'s snapshot read whole elsewhere). Must run under the lock.
    func widen(to wider: LoadScope, snapshot: Model? = nil, snapshotOf: Manifest? = nil) throws {
        scope = wider
        pinnedTasks = []
        manifest = try Store.readManifest(path)
        // A snapshot read before a compaction switched the manifest is not this store's any more.
        try reload(snapshot: manifest == snapshotOf ? snapshot : nil)
    }

    /// Moves a torn last line aside (to journal.torn) so the next line starts clean.
    func dropTornTail() throws {
        // Only the last byte tells: reading the whole journal on every append would not be O(1).
        guard let last = try Disk.lastByte(journalPath), last != 10, let bytes = try Disk.read(journalPath) else { return }
        let start = (bytes.lastIndex(of: 10) ?? -1) + 1
        let tornPath = path + "/journal.torn"
        if let fd = try Disk.openStoreFile(tornPath, O_WRONLY | O_CREAT | O_APPEND) {
            _ = try? Disk.writeAll(fd, Array(bytes[start...]) + [10], path: tornPath)
            fsync(fd)
            close(fd)
        }
        guard let jfd = try Disk.openStoreFile(journalPath, O_WRONLY) else { return }
        defer { close(jfd) }
        try FaultInjection.failIfChosen(.truncate, journalPath)
        guard ftruncate(jfd, off_t(start)) == 0 else {
            throw BeatError.cannotCreate(L10n.cannotWrite(journalPath, Disk.errnoText()))
        }
        fsync(jfd)
        warnings.removeAll { $0.hasPrefix(journalPath) }
    }

    @discardableResult
    public func refresh() throws -> Bool {
        let before = model.seq
        let manifestBefore = manifest
        try lock.with(exclusive: false, timeout: lockTimeout, who: "") { try catchUp() }
        return model.seq != before || manifest != manifestBefore
    }

    // MARK: Compaction

    /// Writes a new snapshot of the current model and rotates the journal into `history/`.
    /// Occasional: it costs time proportional to the store, appends do not.
    @discardableResult public func compact(by officer: String = "") throws -> Bool {
        if let error = readOnlyError { throw error }
        return try withFaults {
            try lock.with(exclusive: true, timeout: lockTimeout, who: officer) {
                if scope != .all { try widen(to: .all) }
                return try compactLocked()
            }
        }
    }

    /// Compaction, under the exclusive lock. The steps keep the folder a valid store at every
    /// moment, so a failure or a crash anywhere leaves the old store or the new one, and
    /// every later command works on it:
    /// 1. what an earlier run killed midway left behind is cleared (`recover`);
    /// 2. the new snapshot folder, written whole and renamed into place;
    /// 3. the journal's entries since the old snapshot copied into the history folder (a
    ///    file of its own, written whole and renamed into place: never a second name for the
    ///    live journal, which later appends would reach);
    /// 4. the manifest switched to the new snapshot in one rename: the commit;
    /// 5. the live journal replaced by an empty file, the old snapshot removed.
    /// A failure before 4 undoes 2–3. Until the commit, a history file past the manifest's
    /// sequence is not part of the store (readers pass over it, recovery removes it); after
    /// it, lines left in the journal are at or below the manifest's sequence: readers skip
    /// them, recovery drops them.
    @discardableResult func compactLocked() throws -> Bool {
        try catchUp()
        if try Store.recover(path, verified: true) { try reload() }
        try dropTornTail()
        guard model.seq > manifest.seq else {
            if (try Disk.read(journalPath))?.isEmpty == false { try emptyJournal() }
            try acceptOutsideChanges()
            return false
        }
        let old = manifest
        let history = historyPath(old)
        _ = try Disk.checkStoreFolder(history)
        try Disk.makeFolder(history)
        let name = Snapshot.folderName(seq: model.seq)
        let digests = try Snapshot.write(model, root: path, name: name)
        let rotated = history + "/" + HistoryFile.name(first: old.seq + 1, last: model.seq)
        var next = manifest
        next.snapshot = name
        next.seq = model.seq
        next.record(digests)
        next.segments = Store.segmentSizes(path + "/" + name)
        let lines = try journalLines(after: old.seq, upTo: model.seq)
        try commit(next, undo: {
            try? Disk.removeFile(rotated)
            Disk.removeTree(self.path + "/" + name)
        }) {
            try Disk.replace(rotated, with: lines)
        }
        removeUnreferencedFolders()
        try? emptyJournal()
        return true
    }

    /// The live journal's lines with sequence numbers in `after+1...last`, as they are
    /// written, each ending in a newline: what a compaction rotates.
    func journalLines(after first: Int, upTo last: Int) throws -> [UInt8] {
        let bytes = try Disk.read(journalPath) ?? []
        var out: [UInt8] = []
        var seqs: [Int] = []
        for (n, line) in JournalLines(bytes).lines.enumerated() where !line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) {
            let entry = try JSONCoding.decode(JournalEntry.self, from: Array(line), file: journalPath, lineOffset: n)
            guard entry.seq > first, entry.seq <= last else { continue }
            seqs.append(entry.seq)
            out += line
            out.append(10)
        }
        guard seqs == Array((first + 1)...last) else {
            throw BeatError.badData("\(journalPath):1:1: " + L10n.historyRange(first + 1, last, seqs.count))
        }
        return out
    }

    /// A reference.json changed outside Beat and read whole without fault (`beat check`
    /// says so) is taken as it is: the manifest records its digest and segment sizes anew.
    func acceptOutsideChanges() throws {
        let snapshot = path + "/" + manifest.snapshot
        guard let bytes = try Disk.read(snapshot + "/reference.json") else { return }
        var next = manifest
        next.reference = Digest.of(bytes)
        next.segments = Store.segmentSizes(snapshot)
        guard next != manifest else { return }
        try commit(next, undo: {}) {}
    }

    /// Runs `prepare`, then switches the manifest to `next` (one atomic rename). On failure
    /// runs `undo` — unless the new manifest is already in place, which counts as done.
    /// Afterwards the store reads from the new manifest (and holds `model`, when given).
    func commit(_ next: Manifest, model newModel: Model? = nil, undo: () -> Void, prepare: () throws -> Void) throws {
        do {
            try prepare()
            try Disk.replace(manifestPath, with: JSONCoding.encode(next, pretty: true) + [10])
        } catch {
            // The rename may have happened before a later step (the folder's fsync) failed.
            if (try? Store.readManifest(path)) != next {
                undo()
                throw error
            }
        }
        manifest = next
        if let newModel { model = newModel }
        journalIdentity = (0, 0)
        journalOffset = 0
        linesRead = 0
        try readJournal()
    }

    /// Replaces the live journal by an empty file (atomically: it is never missing).
    func emptyJournal() throws {
        try Disk.replace(journalPath, with: [])
        journalIdentity = (0, 0)
        journalOffset = 0
        linesRead = 0
    }

    /// The history folder a manifest names.
    func historyPath(_ m: Manifest) -> String { path + "/" + (m.history ?? "history") }

    // MARK: Audit trail

    /// Every journal entry, oldest first, each sequence number once: the rotated history
    /// and the live journal.
    public func auditTrail() throws -> [JournalEntry] {
        try lock.with(exclusive: false, timeout: lockTimeout, who: "") { try auditTrailLocked() }
    }

    /// The audit trail, under the lock (shared or exclusive).
    func auditTrailLocked() throws -> [JournalEntry] {
        var seen = Set<Int>()
        var out: [JournalEntry] = []
        for f in try journalFiles() {
            var seqs: [Int] = []
            let split = try journalLines(f.file, f.bytes)
            for (n, line) in split.lines.enumerated() where !line.isEmpty {
                // The live journal's torn last line was never acknowledged: reading skips it, so does this.
                if f.file == journalPath, n == split.lines.count - 1, split.tail.isEmpty, JSONLocator(Array(line)).isTorn { break }
                let entry = try JSONCoding.decode(JournalEntry.self, from: Array(line), file: f.file, lineOffset: n)
                seqs.append(entry.seq)
                if seen.insert(entry.seq).inserted { out.append(entry) }
            }
            if let range = f.range {
                guard seqs == Array(range.first...range.last) else {
                    throw BeatError.badData("\(f.file):\(seqs.count + 1):1: " + L10n.historyRange(range.first, range.last, seqs.count))
                }
            }
        }
        return out.sorted { $0.seq < $1.seq }
    }

    /// The lines of a journal file; a history file is written whole, so bytes after its last
    /// newline mean damage.
    func journalLines(_ file: String, _ bytes: [UInt8]) throws -> JournalLines {
        let split = JournalLines(bytes)
        if file != journalPath, !split.tail.isEmpty {
            throw BeatError.badData("\(file):\(split.lines.count + 1):1: " + L10n.historyTorn())
        }
        return split
    }

    /// The journal files of the store as it is now (its history, oldest first, then the live
    /// journal), their bytes, and for a history file the entries its name says it holds.
    /// Must run under the lock.
    func journalFiles() throws -> [(file: String, bytes: [UInt8], range: HistoryFile?)] {
        let current = try Store.readManifest(path)
        let history = historyPath(current)
        var out: [(String, [UInt8], HistoryFile?)] = []
        for f in try HistoryFile.committed(in: history, upTo: current.seq) {
            if let b = try Disk.read(history + "/" + f.name) { out.append((history + "/" + f.name, b, f)) }
        }
        out.append((journalPath, try Disk.read(journalPath) ?? [], nil))
        return out
    }

    /// The store's files whose permissions are wrong for it: in a store of one account,
    /// anything looser than `0600`/`0700`; in one shared by a group (`beat init --group`),
    /// anything others may read, anything the group cannot write, anything of another group.
    public func permissionProblems() -> [String] {
        var out: [String] = []
        var root = stat()
        let shared = stat(path, &root) == 0 && root.st_mode & mode_t(S_ISGID) != 0
        func check(_ p: String, folder: Bool) {
            var st = stat()
            guard lstat(p, &st) == 0 else { return }
            let m = st.st_mode & 0o777
            guard shared else {
                if m & 0o077 != 0 { out.append(L10n.looserPermissions(p, String(m, radix: 8))) }
                return
            }
            let groupNeeds: mode_t = folder ? 0o070 : 0o060
            if m & 0o007 != 0 { out.append(L10n.readableByOthers(p, String(m, radix: 8))) }
            if m & groupNeeds != groupNeeds { out.append(L10n.groupCannotWrite(p, String(m, radix: 8), folder: folder)) }
            if st.st_gid != root.st_gid { out.append(L10n.otherGroup(p, Disk.groupName(st.st_gid), Disk.groupName(root.st_gid))) }
        }
        check(path, folder: true)
        for f in ["store.json", "journal.jsonl", "lock"] { check(path + "/" + f, folder: false) }
        let snap = path + "/" + manifest.snapshot
        check(snap, folder: true)
        check(snap + "/contacts", folder: true)
        check(snap + "/reference.json", folder: false)
        for c in Disk.list(snap + "/contacts") { check(snap + "/contacts/" + c, folder: false) }
        let history = historyPath(manifest)
        check(history, folder: true)
        for f in (try? HistoryFile.committed(in: history, upTo: manifest.seq)) ?? [] { check(history + "/" + f.name, folder: false) }
        return out
    }
}

extension JSONLocator {
    /// A journal line that stops short: the writer was killed mid-line.
    var isTorn: Bool {
        var copy = self
        guard let (offset, _) = copy.syntaxError() else { return false }
        // Torn when the error is at the very end, or the line holds bytes never written (NULs).
        return offset >= bytes.count - 1 || bytes.contains(0)
    }
}
