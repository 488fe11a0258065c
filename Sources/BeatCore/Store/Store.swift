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
    /// Writes a new snapshot of the current model (occasional; appends stay O(1)).
    func compact(by officer: String) throws
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

    /// A seam for tests: the next journal write stops after `afterBytes` bytes and fails with `errno`.
    var failNextWrite: (errno: Int32, afterBytes: Int)? {
        get { nil }
        set { faults = newValue.map { FaultInjection(failAt: 0, errno: $0.errno, afterBytes: $0.afterBytes, matching: "journal.jsonl") } }
    }

    let lock: FileLock
    var manifest: Manifest
    /// Bytes of journal.jsonl already applied to `model`.
    var journalOffset = 0
    /// Device and inode of the journal read, to notice rotation by another process.
    var journalIdentity: (dev: UInt64, ino: UInt64) = (0, 0)

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

    /// Creates a new store holding `model` in `path`, which must be missing or empty. With
    /// `group`, the store is shared by that Unix group: folders `2770`, files `0660`, kept so
    /// by every later write (`Disk.modes(in:)`).
    @discardableResult
    public static func create(at path: String, model: Model, clock: Clock, lockTimeout: Double = 10, group: String? = nil) throws -> Store {
        if exists(at: path) { throw BeatError.cannotCreate(L10n.storeExists(path)) }
        if Disk.isDirectory(path), !Disk.list(path).isEmpty { throw BeatError.cannotCreate(L10n.folderNotEmpty(path)) }
        if let group { _ = try Disk.groupID(group) }  // before anything is made
        try Disk.makeFolder(path)
        chmod(path, 0o700)
        if let group { try Disk.share(path, group: group) }
        var m = model
        m.seq = 0
        let name = Snapshot.folderName(seq: 0)
        let digest = try Snapshot.write(m, root: path, name: name)
        try Disk.makeFolder(path + "/history")
        let journalMode = Disk.fileMode(for: path + "/journal.jsonl")
        let journal = Glibc.open(path + "/journal.jsonl", O_WRONLY | O_CREAT | O_CLOEXEC, journalMode)
        guard journal >= 0 else { throw BeatError.cannotCreate(L10n.cannotWrite(path + "/journal.jsonl", Disk.errnoText())) }
        fchmod(journal, journalMode)
        close(journal)
        let manifest = Manifest(format: formatName, version: formatVersion, id: UUID().uuidString.lowercased(),
                                snapshot: name, seq: 0, created: clock.now, reference: digest,
                                segments: Store.segmentSizes(path + "/" + name))
        // The manifest goes last: until it exists, the folder is not a store.
        try Disk.replace(path + "/store.json", with: JSONCoding.encode(manifest, pretty: true) + [10])
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
        let store = try lock.with(exclusive: false, timeout: lockTimeout, who: "") { () throws -> Store in
            do {
                return try openLocked(path, lock: lock, reason: reason, lockTimeout: lockTimeout, scope: scope, tasks: tasks)
            } catch BeatError.badData where scope != .all {
                // A partial read met a bad file: read everything, so the message is the one
                // `beat check` gives for this store.
                return try openLocked(path, lock: lock, reason: reason, lockTimeout: lockTimeout, scope: .all, tasks: [])
            }
        }
        return store
    }

    private static func openLocked(_ path: String, lock: FileLock, reason: String?, lockTimeout: Double, scope: LoadScope,
                                   tasks: Set<Int>) throws -> Store {
        let manifest = try readManifest(path)
        let pinned = scope == .head ? tasks : []
        let model = try Snapshot.read(folder: path + "/" + manifest.snapshot, display: display(path, manifest.snapshot),
                                      scope: scope, tasks: pinned, digest: manifest.reference)
        try checkSnapshotSeq(path, manifest, model)
        if scope != .all { try checkSegmentSizes(path, manifest) }
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

    /// Applies journal lines not yet read. Must run under the lock (shared or exclusive).
    /// Returns the number of entries applied.
    @discardableResult
    func readJournal() throws -> Int {
        let file = journalPath
        let fd = Glibc.open(file, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { throw BeatError.badData(L10n.missingFile(file)) }
            throw BeatError.other(L10n.cannotRead(file, Disk.errnoText()))
        }
        defer { close(fd) }
        var st = stat()
        fstat(fd, &st)
        let identity = (UInt64(st.st_dev), UInt64(st.st_ino))
        if identity != journalIdentity {
            journalIdentity = identity
            journalOffset = 0
        }
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
            let fd = Glibc.open(journalPath, O_WRONLY | O_APPEND | O_CLOEXEC)
            guard fd >= 0 else { throw BeatError.cannotCreate(L10n.cannotWrite(journalPath, Disk.errnoText())) }
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
        let current = try Store.readManifest(path)
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
        model = try snapshot ?? Snapshot.read(folder: path + "/" + manifest.snapshot, display: Store.display(path, manifest.snapshot),
                                              scope: scope, tasks: pinnedTasks, digest: manifest.reference)
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
        let fd = Glibc.open(tornPath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, Disk.fileMode(for: tornPath))
        if fd >= 0 {
            _ = fchmod(fd, Disk.fileMode(for: tornPath))
            _ = try? Disk.writeAll(fd, Array(bytes[start...]) + [10], path: tornPath)
            fsync(fd)
            close(fd)
        }
        try FaultInjection.failIfChosen(.truncate, journalPath)
        guard truncate(journalPath, off_t(start)) == 0 else {
            throw BeatError.cannotCreate(L10n.cannotWrite(journalPath, Disk.errnoText()))
        }
        let jfd = Glibc.open(journalPath, O_WRONLY | O_CLOEXEC)
        if jfd >= 0 { fsync(jfd); close(jfd) }
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
    public func compact(by officer: String = "") throws {
        if let error = readOnlyError { throw error }
        try withFaults {
            try lock.with(exclusive: true, timeout: lockTimeout, who: officer) {
                if scope != .all { try widen(to: .all) }
                try compactLocked()
            }
        }
    }

    /// Compaction, under the exclusive lock. The steps keep the folder a valid store at every
    /// moment, so a failure or a crash anywhere leaves the old store or the new one:
    /// 1. the new snapshot folder, written whole and renamed into place;
    /// 2. the journal linked into the history folder (its lines are then in both: the audit
    ///    trail counts each sequence number once);
    /// 3. the manifest switched to the new snapshot in one rename: the commit;
    /// 4. the live journal replaced by an empty file, the old snapshot removed.
    /// A failure before 3 undoes 1–2. Lines left in the journal by a failure after 3 are at
    /// or below the manifest's sequence: reading skips them, the next compaction drops them.
    func compactLocked() throws {
        try catchUp()
        try dropTornTail()
        guard model.seq > manifest.seq else {
            if (try Disk.read(journalPath))?.isEmpty == false { try emptyJournal() }
            return
        }
        let old = manifest
        let history = historyPath(old)
        try Disk.makeFolder(history)
        // Journals linked by a compaction that never committed: their lines are still live.
        for f in historyFiles(history) where f.first > old.seq { try Disk.removeFile(history + "/" + f.name) }
        let name = Snapshot.folderName(seq: model.seq)
        let digest = try Snapshot.write(model, root: path, name: name)
        let rotated = history + "/" + String(format: "journal-%06d-%06d.jsonl", old.seq + 1, model.seq)
        var next = manifest
        next.snapshot = name
        next.seq = model.seq
        next.reference = digest
        next.segments = Store.segmentSizes(path + "/" + name)
        try commit(next, undo: {
            try? Disk.removeFile(rotated)
            Disk.removeTree(self.path + "/" + name)
        }) {
            try Disk.linkOrCopy(journalPath, to: rotated)
            try Disk.syncFolder(history)
        }
        removeUnreferencedFolders()
        try? emptyJournal()
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

    /// The rotated journals in `folder`, by the sequence numbers in their names, oldest first.
    func historyFiles(_ folder: String) -> [(name: String, first: Int, last: Int)] {
        Disk.list(folder).compactMap { name -> (String, Int, Int)? in
            let parts = name.split(separator: "-")
            guard parts.count == 3, parts[0] == "journal", name.hasSuffix(".jsonl"),
                  let a = Int(parts[1]), let b = Int(parts[2].dropLast(6)) else { return nil }
            return (name, a, b)
        }.sorted { ($0.1, $0.2) < ($1.1, $1.2) }
    }

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
        for (file, bytes) in try journalFiles() {
            var seqs: [Int] = []
            let split = try journalLines(file, bytes)
            for (n, line) in split.lines.enumerated() where !line.isEmpty {
                // The live journal's torn last line was never acknowledged: reading skips it, so does this.
                if file == journalPath, n == split.lines.count - 1, split.tail.isEmpty, JSONLocator(Array(line)).isTorn { break }
                let entry = try JSONCoding.decode(JournalEntry.self, from: Array(line), file: file, lineOffset: n)
                seqs.append(entry.seq)
                if seen.insert(entry.seq).inserted { out.append(entry) }
            }
            try checkHistoryRange(file, seqs)
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

    /// A history file holds exactly the entries its name says, in order.
    func checkHistoryRange(_ file: String, _ seqs: [Int]) throws {
        guard file != journalPath else { return }
        let name = (file as NSString).lastPathComponent
        guard let range = historyFiles((file as NSString).deletingLastPathComponent).first(where: { $0.name == name }) else { return }
        guard range.first <= range.last, seqs == Array(range.first...range.last) else {
            throw BeatError.badData("\(file):\(seqs.count + 1):1: " + L10n.historyRange(range.first, range.last, seqs.count))
        }
    }

    /// The journal files as they are now (history, oldest first, then the live journal) and
    /// their bytes. Must run under the lock.
    func journalFiles() throws -> [(file: String, bytes: [UInt8])] {
        let current = try Store.readManifest(path)
        let history = historyPath(current)
        var out: [(String, [UInt8])] = []
        for f in historyFiles(history) {
            if let b = try Disk.read(history + "/" + f.name) { out.append((history + "/" + f.name, b)) }
        }
        out.append((journalPath, try Disk.read(journalPath) ?? []))
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
        for f in historyFiles(history) { check(history + "/" + f.name, folder: false) }
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
