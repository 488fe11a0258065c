import BeatCore
import Foundation
import PostgresNIO

/// A Beat store on PostgreSQL, behind the same protocol as the folder store and with the
/// same promises (see `PostgresSchema` for the tables):
///
/// - The journal table is the source of truth and the audit trail: one row per change,
///   the same `Change` records, applied by the same `Model.apply`.
/// - A writer locks the store's head row, catches up on what others committed, checks its
///   changes against the model, appends them and moves the head — in one transaction. A
///   change is acknowledged when that transaction commits; a killed client or a dropped
///   connection leaves nothing of it (the server rolls back).
/// - Writers notify on commit; a store opened `live` listens, so `refresh` costs nothing
///   until another writer committed, and then reads only the new rows.
/// - Every wait is bounded by `lockTimeout`: a server down or silent is `.unavailable`
///   (exit 69), a head row held too long `.busy` (exit 75).
public final class PostgresStore: BeatStore {
    public let address: PostgresAddress
    public var location: String { address.display }
    public internal(set) var model: Model
    /// The store's id: stable for the store's life (reports, calendar UIDs), kept by copies.
    public private(set) var id: String
    public let isReadOnly: Bool
    public let readOnlyReason: String?
    /// How long any wait lasts (connecting, the head row, an answer) before giving up.
    public let lockTimeout: Double
    /// How much of the store is in `model` (see `LoadScope`); widens when a change needs more.
    public private(set) var scope: LoadScope
    /// The journal entry the snapshot reflects.
    public private(set) var snapshotSeq: Int
    /// Things worth telling the user that do not stop work.
    public private(set) var warnings: [String] = []

    /// A seam for tests: called at the steps of a write ("locked", "appended"), inside its
    /// transaction; what it throws, or a connection it drops, aborts the write.
    public var faultStep: ((String) throws -> Void)?

    private(set) var link: PostgresLink
    private let live: Bool
    private var pinned: Set<Int>
    /// Whether `model` may not match the server (a failed write whose reload failed too).
    private var stale = false
    /// When `refresh` last asked the server.
    private var lastAsked = Date()
    /// Until when to expect other writers (see `mayAppendAtOnce`).
    private var contendedUntil = Date.distantPast
    /// Whether the store has the `task_list` table (see `PostgresSchema`).
    var hasTaskList = false

    var schema: String { address.schema }
    /// How the journal is named in messages: `postgresql://…?schema=s journal`.
    var journalName: String { address.display + " journal" }

    private init(address: PostgresAddress, link: PostgresLink, live: Bool, lockTimeout: Double, readOnlyReason: String?,
                 scope: LoadScope, pinned: Set<Int>) {
        self.address = address
        self.link = link
        self.live = live
        self.lockTimeout = lockTimeout
        self.readOnlyReason = readOnlyReason
        self.isReadOnly = readOnlyReason != nil
        self.scope = scope
        self.pinned = pinned
        self.model = Model()
        self.id = ""
        self.snapshotSeq = 0
    }

    deinit { link.close() }

    // MARK: Create

    /// Creates a new store holding `model` in the address's schema, which must be missing or
    /// empty: a store there is refused (`.cannotCreate`), and so is a schema holding anything.
    @discardableResult
    public static func create(at address: PostgresAddress, model: Model, clock: Clock, lockTimeout: Double = 10) throws -> PostgresStore {
        try create(at: address, id: UUID().uuidString.lowercased(), created: clock.now, snapshot: model.asNewStore, journal: [], lockTimeout: lockTimeout)
        return try open(at: address, lockTimeout: lockTimeout)
    }

    /// Creates a store from its parts (a copy or a restore): the snapshot as of `snapshot.seq`
    /// and the whole journal, oldest first. All or nothing: one transaction.
    static func create(at address: PostgresAddress, id: String, created: Timestamp, snapshot: Model, journal: [JournalEntry],
                       lockTimeout: Double) throws {
        let link = try PostgresLink(address, timeout: lockTimeout)
        defer { link.close() }
        let s = address.schema
        let existing = try link.rows("""
            SELECT (SELECT count(*) FROM pg_class c WHERE c.relnamespace = n.oid)::bigint,
                   coalesce(obj_description(n.oid, 'pg_namespace'), '')
            FROM pg_namespace n WHERE n.nspname = \(s)
            """)
        if let row = existing.first {
            let (count, comment) = try row.decode((Int, String).self)
            if comment == PostgresSchema.format { throw BeatError.cannotCreate(L10n.pgStoreExists(address.display)) }
            if count > 0 { throw BeatError.cannotCreate(L10n.pgSchemaTaken(address.display)) }
        }
        let files = try SnapshotFiles.encode(snapshot)
        let headLength = SnapshotFiles.headLength(ofReference: files.files[0].bytes)
        let last = journal.last?.seq ?? snapshot.seq
        do {
            try link.transaction {
                try link.run("CREATE SCHEMA IF NOT EXISTS \(unescaped: s)")
                for statement in PostgresSchema.create(s) { try link.run(statement) }
                for file in files.files {
                    try link.run("INSERT INTO \(unescaped: s).snapshot (seq, path, bytes) VALUES (\(snapshot.seq), \(file.path), \(ByteBuffer(bytes: file.bytes)))",
                                 timeout: max(lockTimeout, 60))
                }
                if let list = try SnapshotFiles.taskList(ofReference: files.files[0].bytes) {
                    try link.run("INSERT INTO \(unescaped: s).task_list (seq, reference, bytes) VALUES (\(snapshot.seq), \(files.digest), \(ByteBuffer(bytes: list)))")
                }
                for chunk in stride(from: 0, to: journal.count, by: 5000) {
                    try insertJournal(Array(journal[chunk..<min(chunk + 5000, journal.count)]), link: link, schema: s)
                }
                try link.run("""
                    INSERT INTO \(unescaped: s).store (format, version, id, created, seq, snapshot, reference, head_length)
                    VALUES (\(PostgresSchema.format), \(PostgresSchema.version), \(id), \(created.description), \(last), \(snapshot.seq),
                            \(files.digest), \(headLength))
                    """)
            }
        } catch let e as BeatError {
            // Two creators at once: the second meets the first's tables.
            if case .other = e, PostgresStore.isDuplicate(e) { throw BeatError.cannotCreate(L10n.pgStoreExists(address.display)) }
            throw e
        }
    }

    private static func isDuplicate(_ e: BeatError) -> Bool { e.message.contains("42P07") || e.message.contains("42P06") || e.message.contains("23505") }

    private static func insertJournal(_ entries: [JournalEntry], link: PostgresLink, schema s: String) throws {
        guard !entries.isEmpty else { return }
        let (seqs, ats, bys, lines) = try columns(entries)
        try link.run("""
            INSERT INTO \(unescaped: s).journal (seq, at, officer, entry)
            SELECT * FROM unnest(\(seqs)::bigint[], \(ats)::text[], \(bys)::text[], \(lines)::text[])
            """)
    }

    /// Journal entries as the journal table's columns: seq, at, officer, entry (the line).
    static func columns(_ entries: [JournalEntry]) throws -> ([Int], [String], [String], [String]) {
        var seqs: [Int] = [], ats: [String] = [], bys: [String] = [], lines: [String] = []
        for e in entries {
            seqs.append(e.seq)
            ats.append(e.at.description)
            bys.append(e.by)
            lines.append(String(decoding: try e.line(), as: UTF8.self))
        }
        return (seqs, ats, bys, lines)
    }

    // MARK: Open

    /// Opens the store at `address`: reads the snapshot and applies the journal after it.
    /// Throws `.noStore` when the schema holds none, `.badData` when a row does not read or
    /// validate, `.unavailable` when the server cannot be reached or refuses.
    /// `live`: listen for other writers' commits, so `refresh` asks the server only then.
    /// `scope` and `tasks` as in `Store.open`.
    public static func open(at address: PostgresAddress, lockTimeout: Double = 10, readOnly: Bool = false, scope: LoadScope = .all,
                            tasks: Set<Int> = [], live: Bool = false) throws -> PostgresStore {
        let link = try PostgresLink(address, timeout: lockTimeout, listen: live ? PostgresSchema.channel(address.schema) : nil)
        let s = address.schema
        // Read-only when asked, when the user may not append, or on a standby server.
        let rows: [PostgresRow]
        do {
            rows = try link.rows("""
                SELECT has_table_privilege(\(s + ".journal"), 'INSERT'), pg_is_in_recovery(), to_regclass(\(s + ".task_list")) IS NOT NULL
                FROM pg_namespace WHERE nspname = \(s) AND obj_description(oid, 'pg_namespace') = \(PostgresSchema.format)
                """)
        } catch {
            link.close()
            throw error
        }
        guard let row = rows.first else {
            link.close()
            throw BeatError.noStore(L10n.noStore(address.display))
        }
        let (mayAppend, standby, hasTaskList) = try row.decode((Bool, Bool, Bool).self)
        let reason: String? = readOnly ? L10n.readOnlyRequested
            : standby || !mayAppend ? L10n.pgNoPermission(address.display) : nil
        let store = PostgresStore(address: address, link: link, live: live, lockTimeout: lockTimeout, readOnlyReason: reason,
                                  scope: scope, pinned: scope == .head ? tasks : [])
        store.hasTaskList = hasTaskList
        do {
            // Commands that need only the head (`contact add`, `task add`) read it in one round trip.
            if scope == .head, tasks.isEmpty, try store.loadHeadAtOnce() { return store }
            try store.readOnlyTransaction { try store.load() }
        } catch BeatError.badData where scope != .all {
            // A partial read met a bad row: read everything, so the message is the one `beat check` gives.
            store.scope = .all
            store.pinned = []
            try store.readOnlyTransaction { try store.load() }
        }
        return store
    }

    /// Whether a store exists at `address` (its schema holds one).
    public static func exists(at address: PostgresAddress, lockTimeout: Double = 10) throws -> Bool {
        let link = try PostgresLink(address, timeout: lockTimeout)
        defer { link.close() }
        return try !link.rows("""
            SELECT 1 FROM pg_namespace WHERE nspname = \(address.schema) AND obj_description(oid, 'pg_namespace') = \(PostgresSchema.format)
            """).isEmpty
    }

    /// One store in a database: `beat store list URL`.
    public struct Listing: Sendable, Equatable {
        public var schema: String
        public var id: String
        /// The last journal entry committed.
        public var seq: Int
        public var created: String
    }

    /// The stores in the database `address` names (any schema), by schema name.
    public static func list(at address: PostgresAddress, lockTimeout: Double = 10) throws -> [Listing] {
        let link = try PostgresLink(address, timeout: lockTimeout)
        defer { link.close() }
        let schemas = try link.rows("""
            SELECT nspname::text FROM pg_namespace WHERE obj_description(oid, 'pg_namespace') = \(PostgresSchema.format) ORDER BY nspname
            """).map { try $0.decode(String.self) }
        return try schemas.filter(PostgresAddress.isSchemaName).compactMap { s in
            let rows: [PostgresRow]
            do {
                rows = try link.rows("SELECT id, seq, created FROM \(unescaped: s).store")
            } catch {
                // A store dropped between the two statements (another process removed it) is
                // no longer one to list; any other failure is said.
                let still = try link.rows("SELECT to_regclass(\(s + ".store"))::text").first.map { try $0.decode(String?.self) } ?? nil
                if still == nil { return nil }
                throw error
            }
            guard let row = rows.first else { return nil }
            let (id, seq, created) = try row.decode((String, Int, String).self)
            return Listing(schema: s, id: id, seq: seq, created: created)
        }
    }

    struct Head {
        var id: String
        var seq: Int
        var snapshot: Int
        var reference: String
        var headLength: Int?
    }

    /// The store row; `forUpdate` locks it: the writers' turn.
    func head(forUpdate: Bool = false) throws -> Head {
        let rows = try link.rows(forUpdate
            ? "SELECT format, version, id, seq, snapshot, reference, head_length FROM \(unescaped: schema).store FOR UPDATE"
            : "SELECT format, version, id, seq, snapshot, reference, head_length FROM \(unescaped: schema).store")
        guard let row = rows.first else { throw BeatError.badData(L10n.pgNotAStore(address.display)) }
        return try checkedHead(try row.decode((String, Int, String, Int, Int, String, Int?).self))
    }

    /// The store row's columns (format, version, id, seq, snapshot, reference, head_length), checked.
    private func checkedHead(_ columns: (String, Int, String, Int, Int, String, Int?)) throws -> Head {
        let (format, version, id, seq, snapshot, reference, headLength) = columns
        guard format == PostgresSchema.format else { throw BeatError.badData(L10n.pgNotAStore(address.display)) }
        guard version == PostgresSchema.version else { throw BeatError.badData(L10n.pgUnknownVersion(address.display, version)) }
        guard seq >= snapshot, snapshot >= 0 else {
            throw BeatError.badData(address.display + ": " + L10n.journalOutOfOrder(snapshot, seq))
        }
        return Head(id: id, seq: seq, snapshot: snapshot, reference: reference, headLength: headLength)
    }

    /// The `.head` scope read in one statement (one round trip, and one snapshot of the
    /// server's data, as a transaction would give): the store row, the head of reference.json
    /// and the journal after the snapshot. False, with nothing read, when the store keeps no
    /// head length or its prefix does not read as one (then `load` reads the whole file).
    func loadHeadAtOnce() throws -> Bool {
        let s = schema
        guard let row = try link.rows("""
            SELECT st.format, st.version, st.id, st.seq, st.snapshot, st.reference, st.head_length,
                   (SELECT substring(sn.bytes FROM 1 FOR st.head_length) FROM \(unescaped: s).snapshot sn
                     WHERE sn.seq = st.snapshot AND sn.path = 'reference.json'),
                   ARRAY(SELECT j.seq FROM \(unescaped: s).journal j WHERE j.seq > st.snapshot AND j.seq <= st.seq ORDER BY j.seq),
                   ARRAY(SELECT j.entry FROM \(unescaped: s).journal j WHERE j.seq > st.snapshot AND j.seq <= st.seq ORDER BY j.seq)
            FROM \(unescaped: s).store st
            """, timeout: max(lockTimeout, 60)).first else { throw BeatError.badData(L10n.pgNotAStore(address.display)) }
        let (format, version, id, seq, snapshot, reference, headLength, prefix, seqs, entries) =
            try row.decode((String, Int, String, Int, Int, String, Int?, ByteBuffer?, [Int], [String]).self)
        let h = try checkedHead((format, version, id, seq, snapshot, reference, headLength))
        guard h.headLength != nil, let prefix, let m = SnapshotFiles.head(prefix: bytes(prefix)), m.seq == h.snapshot else { return false }
        stale = true
        model = m
        self.id = h.id
        snapshotSeq = h.snapshot
        try replay(zip(seqs, entries), upTo: h.seq)
        stale = false
        return true
    }

    /// Reads the store again in `scope` (no tasks pinned). Inside a transaction.
    func reload(scope wider: LoadScope) throws {
        scope = wider
        pinned = []
        try load()
    }

    /// Reads the snapshot and the journal after it, in `scope`. Inside a transaction.
    func load() throws {
        stale = true
        model = Model() // let go of the old model first: a city station's would double the memory
        let h = try head()
        let display = address.display + " snapshot \(h.snapshot)"
        let s = schema
        if scope == .head, pinned.isEmpty, let length = h.headLength,
           let row = try link.rows("SELECT substring(bytes FROM 1 FOR \(length)::integer) FROM \(unescaped: s).snapshot WHERE seq = \(h.snapshot) AND path = 'reference.json'").first,
           let m = SnapshotFiles.head(prefix: bytes(try row.decode(ByteBuffer.self))) {
            model = m
        } else if scope == .taskList, hasTaskList,
                  let row = try link.rows("SELECT bytes FROM \(unescaped: s).task_list WHERE seq = \(h.snapshot) AND reference = \(h.reference)").first,
                  let m = try row.decode(ByteBuffer.self).withUnsafeReadableBytes({ SnapshotFiles.decodeTaskList($0) }) {
            // The list's share, made from this very reference.json (its digest says so).
            model = m
        } else {
            let referenceRow = link.send("SELECT bytes FROM \(unescaped: s).snapshot WHERE seq = \(h.snapshot) AND path = 'reference.json'",
                                         timeout: max(lockTimeout, 60))
            // The whole store: the server reads the contact log while reference.json is decoded here.
            let contacts = scope == .all ? sendSegments(seq: h.snapshot) : nil
            guard let row = try referenceRow.rows().first else {
                throw BeatError.badData(L10n.missingFile(display + "/reference.json"))
            }
            let reference = bytes(try row.decode(ByteBuffer.self))
            if let contacts {
                // Each segment decoded in the buffer it arrived in, two at a time: no copy of the log.
                let files = try contacts.rows().map { try $0.decode((String, ByteBuffer).self) }
                let segments = files.filter { $0.0 != SnapshotFiles.registerPath }
                model = try SnapshotFiles.decode(reference: reference, display: display, scope: scope, tasks: pinned, digest: h.reference,
                                                 segmentCount: segments.count,
                                                 segment: { k in
                                                     try segments[k].1.withUnsafeReadableBytes {
                                                         try SnapshotFiles.decodeSegment($0, file: display + "/" + segments[k].0)
                                                     }
                                                 },
                                                 register: { files.first { $0.0 == SnapshotFiles.registerPath }.map { self.bytes($0.1) } },
                                                 segments: { segments.map { SnapshotFiles.File(path: $0.0, bytes: self.bytes($0.1)) } })
            } else {
                model = try SnapshotFiles.decode(reference: reference, display: display, scope: scope, tasks: pinned, digest: h.reference) {
                    try self.segments(seq: h.snapshot)
                }
            }
        }
        guard model.seq == h.snapshot else {
            throw BeatError.badData(display + "/reference.json: " + L10n.journalOutOfOrder(h.snapshot, model.seq))
        }
        id = h.id
        snapshotSeq = h.snapshot
        try readJournal(upTo: h.seq)
        stale = false
    }

    /// The snapshot's contact segments, in path order.
    func segments(seq: Int) throws -> [SnapshotFiles.File] {
        try segments(sendSegments(seq: seq))
    }

    /// Asks for the snapshot's contact segments (see `segments(_:)`).
    func sendSegments(seq: Int) -> PostgresLink.Pending {
        link.send("SELECT path, bytes FROM \(unescaped: schema).snapshot WHERE seq = \(seq) AND path <> 'reference.json' ORDER BY path",
                  timeout: max(lockTimeout, 60))
    }

    /// The contact segments asked for.
    func segments(_ pending: PostgresLink.Pending) throws -> [SnapshotFiles.File] {
        try pending.rows().map { row in
            let (path, buffer) = try row.decode((String, ByteBuffer).self)
            return SnapshotFiles.File(path: path, bytes: bytes(buffer))
        }
    }

    /// Applies the journal rows after `model.seq`, up to `last` (the head's seq).
    private func readJournal(upTo last: Int) throws {
        guard last > model.seq else {
            if last < model.seq { throw BeatError.badData(journalName + ": " + L10n.journalOutOfOrder(model.seq, last)) }
            return
        }
        let rows = try link.rows("SELECT seq, entry FROM \(unescaped: schema).journal WHERE seq > \(model.seq) AND seq <= \(last) ORDER BY seq",
                                 timeout: max(lockTimeout, 60))
        try replay(try rows.map { try $0.decode((Int, String).self) }, upTo: last)
    }

    /// Applies journal rows (seq, the line), oldest first, which must bring the model to `last`.
    private func replay<Rows: Sequence>(_ rows: Rows, upTo last: Int) throws where Rows.Element == (Int, String) {
        for (seq, text) in rows {
            let entry = try JournalEntry(line: Array(text.utf8), file: journalName + " \(seq)", lineNumber: 1)
            guard entry.seq == seq else {
                throw BeatError.badData(journalName + " \(seq):1:1: " + L10n.journalOutOfOrder(seq, entry.seq))
            }
            try model.replay(entry, scope: scope, place: journalName + " \(seq):1:1")
        }
        guard model.seq == last else {
            throw BeatError.badData(journalName + " \(model.seq + 1): " + L10n.journalOutOfOrder(model.seq + 1, last))
        }
    }

    func bytes(_ buffer: ByteBuffer) -> [UInt8] { Array(buffer.readableBytesView) }

    // MARK: Transactions

    func readOnlyTransaction<T>(_ body: () throws -> T) throws -> T {
        try link.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    /// A new connection when the old one was lost (the server restarted, the network
    /// dropped); `.unavailable` when none can be had.
    func reconnectIfLost() throws {
        guard link.isLost else { return }
        link.close()
        link = try PostgresLink(address, timeout: lockTimeout, listen: live ? PostgresSchema.channel(schema) : nil)
        // Notifications sent while away are gone: read what came meanwhile.
        link.signals.notify()
    }

    /// Whether the connection is down now (the interface shows it and keeps retrying).
    public var isDisconnected: Bool { link.isLost }

    // MARK: Write

    /// Appends several changes in one transaction (each its own journal row).
    @discardableResult
    public func append(_ changes: [Change], by officer: String, at time: Timestamp) throws -> [Applied] {
        if let error = readOnlyError { throw error }
        try reconnectIfLost()
        for change in changes {
            switch scope.widening(for: change, in: model, pinned: pinned) {
            case .none: break
            case .widen(let wider):
                try readOnlyTransaction { try reload(scope: wider) }
            case .pin(let task):
                pinned.insert(task)
                try readOnlyTransaction { try load() }
            }
        }
        if mayAppendAtOnce, let results = try appendAtOnce(changes, by: officer, at: time) { return results }
        var entries: [JournalEntry] = []
        var results: [Applied] = []
        var applied = false
        do {
            return try link.transaction {
                let before = model.seq
                try catchUp(locking: true)
                // Others wrote since: expect them again for a while (see `mayAppendAtOnce`).
                if model.seq != before { contendedUntil = Date().addingTimeInterval(PostgresStore.contentionWindow) }
                try faultStep?("locked")
                // Applied in place: a copy of a city station's model would cost more than the rest.
                // `apply` changes nothing when it rejects a change, so only a later failure reloads.
                for change in changes {
                    results.append(try model.applyAsNext(change, context: ChangeContext(by: officer, at: time)))
                    applied = true
                    entries.append(JournalEntry(seq: model.seq, at: time, by: officer, change: change))
                }
                try appendRows(entries)
                try faultStep?("appended")
                return results
            }
        } catch {
            guard applied else { throw error }
            try recoverFromFailedAppend(error, entries: entries)
            return results
        }
    }

    /// After a write that failed once its changes were applied to `model`: returns when they
    /// committed all the same (the answer was lost, the journal has them); else reads back
    /// what the server holds — the model never runs ahead of the server — and rethrows.
    private func recoverFromFailedAppend(_ error: Error, entries: [JournalEntry]) throws {
        if case BeatError.unavailable = error, let first = entries.first, (try? committed(first)) == true { return }
        try? reconnectIfLost()
        try? readOnlyTransaction { try load() }
        throw error
    }

    /// How long a writer that met others' changes expects more (see `mayAppendAtOnce`).
    static let contentionWindow: TimeInterval = 5

    /// Whether to try `appendAtOnce`: the model is the server's as far as this store knows —
    /// no other writer's change met in the last few seconds, none announced — and no test is
    /// stepping through the transaction (`faultStep`). A guess that turns out wrong costs a
    /// reload of the model, so only where that is cheap (the `.head` scope: `contact add`,
    /// `task add`) or rare (a live store — the interface — hears every commit at once); a
    /// writer that reads the whole store and appends in a loop unheard goes the long way.
    private var mayAppendAtOnce: Bool {
        faultStep == nil && !stale && !link.isLost && (live || scope == .head) && Date() >= contendedUntil
            && link.signals.heard <= model.seq
    }

    /// One save in one round trip: the changes are checked against the model and sent in a
    /// single statement, committed on its own, that appends them only if the head row still
    /// names the model's entry and store — taking the head row's lock as the transaction
    /// would, so writers still go one at a time and what was checked is what the journal
    /// holds before them. Nil when another writer came first: nothing was written, the model
    /// is read again, and the caller goes the long way (lock, catch up, check, append).
    private func appendAtOnce(_ changes: [Change], by officer: String, at time: Timestamp) throws -> [Applied]? {
        let expected = model.seq, store = id
        var entries: [JournalEntry] = []
        var results: [Applied] = []
        for change in changes {
            do {
                results.append(try model.applyAsNext(change, context: ChangeContext(by: officer, at: time)))
            } catch {
                // A rejection changes nothing; the changes before it, if any, are read back.
                if !entries.isEmpty { try? readOnlyTransaction { try load() } }
                throw error
            }
            entries.append(JournalEntry(seq: model.seq, at: time, by: officer, change: change))
        }
        let moved: Bool
        do {
            moved = try appendRows(entries, ifHeadIs: (expected, store))
        } catch {
            try recoverFromFailedAppend(error, entries: entries)
            return results
        }
        if moved { return results }
        contendedUntil = Date().addingTimeInterval(PostgresStore.contentionWindow)
        try readOnlyTransaction { try load() }
        return nil
    }

    /// Inserts journal rows and moves the head, notifying listeners at commit: one statement.
    /// Inside a transaction holding the head row.
    func appendRows(_ entries: [JournalEntry]) throws {
        let (seqs, ats, bys, lines) = try PostgresStore.columns(entries)
        let s = schema
        let last = entries.last?.seq ?? model.seq
        try link.run("""
            WITH appended AS (INSERT INTO \(unescaped: s).journal (seq, at, officer, entry)
                              SELECT * FROM unnest(\(seqs)::bigint[], \(ats)::text[], \(bys)::text[], \(lines)::text[])),
                 moved AS (UPDATE \(unescaped: s).store SET seq = \(last))
            SELECT pg_notify(\(PostgresSchema.channel(s)), \(String(last)))
            """)
    }

    /// The same in a statement of its own (its own transaction): the head row is locked and
    /// moved only while it still names entry `head.seq` of store `head.id` (a writer holding
    /// it is waited for, then the row read again), and the rows go in only with it. Whether
    /// they went in.
    func appendRows(_ entries: [JournalEntry], ifHeadIs head: (seq: Int, id: String)) throws -> Bool {
        let (seqs, ats, bys, lines) = try PostgresStore.columns(entries)
        let s = schema
        let last = entries.last?.seq ?? model.seq
        return try !link.rows("""
            WITH moved AS (UPDATE \(unescaped: s).store SET seq = \(last) WHERE seq = \(head.seq) AND id = \(head.id) RETURNING seq),
                 appended AS (INSERT INTO \(unescaped: s).journal (seq, at, officer, entry)
                              SELECT u.* FROM unnest(\(seqs)::bigint[], \(ats)::text[], \(bys)::text[], \(lines)::text[])
                                  AS u(seq, at, officer, entry), moved)
            SELECT pg_notify(\(PostgresSchema.channel(s)), \(String(last))) FROM moved
            """).isEmpty
    }

    /// Whether `entry` is in the journal as written (after a commit whose answer was lost).
    private func committed(_ entry: JournalEntry) throws -> Bool {
        try reconnectIfLost()
        let line = String(decoding: try entry.line(), as: UTF8.self)
        return try !link.rows("SELECT 1 FROM \(unescaped: schema).journal WHERE seq = \(entry.seq) AND entry = \(line)").isEmpty
    }

    /// Catches up on what others committed: under the head row's lock when writing.
    /// Inside a transaction.
    func catchUp(locking: Bool) throws {
        let h = try head(forUpdate: locking)
        if h.id != id || h.seq < model.seq || stale {
            // Another store now (a restore), or one that went back: read it again.
            try load()
        } else {
            try readJournal(upTo: h.seq)
        }
    }

    @discardableResult
    public func refresh() throws -> Bool {
        // Listening, nothing to ask until a notification — but now and then all the same, so a
        // connection gone silently (a server vanished without closing it) is noticed.
        if live, !link.isLost, !link.signals.takeNotified(), !stale, Date().timeIntervalSince(lastAsked) < 5 { return false }
        lastAsked = Date()
        try reconnectIfLost()
        let before = (model.seq, id)
        try readOnlyTransaction { try catchUp(locking: false) }
        return model.seq != before.0 || id != before.1
    }

    /// The error every writing operation throws on a read-only store.
    var readOnlyError: BeatError? {
        readOnlyReason.map { BeatError.cannotCreate(L10n.readOnlyStore(address.display) + " " + $0) }
    }

    // MARK: Compaction

    /// Writes a new snapshot of the current model (in one transaction, the old one removed
    /// at the same commit). The journal rows stay: they are the audit trail.
    @discardableResult public func compact(by officer: String = "") throws -> Bool {
        if let error = readOnlyError { throw error }
        try reconnectIfLost()
        if scope != .all { try widenToAll() }
        return try link.transaction {
            try catchUp(locking: true)
            guard model.seq > snapshotSeq else { return false }
            try writeSnapshot(model)
            return true
        }
    }

    /// Replaces the snapshot by `m`'s (as of `m.seq`). Inside a transaction holding the head.
    func writeSnapshot(_ m: Model) throws {
        let s = schema
        let files = try SnapshotFiles.encode(m)
        try link.run("DELETE FROM \(unescaped: s).snapshot WHERE seq <> \(m.seq)")
        try link.run("DELETE FROM \(unescaped: s).snapshot WHERE seq = \(m.seq)")
        for file in files.files {
            try link.run("INSERT INTO \(unescaped: s).snapshot (seq, path, bytes) VALUES (\(m.seq), \(file.path), \(ByteBuffer(bytes: file.bytes)))",
                         timeout: max(lockTimeout, 60))
        }
        try link.run("""
            UPDATE \(unescaped: s).store SET snapshot = \(m.seq), reference = \(files.digest),
                head_length = \(SnapshotFiles.headLength(ofReference: files.files[0].bytes))
            """)
        try writeTaskList(seq: m.seq, reference: files.files[0].bytes, digest: files.digest)
        snapshotSeq = m.seq
    }

    /// Replaces the list's share of the snapshot (`task_list`); a store made before that table
    /// gets it here when the user may create it (its owner), else goes on without it.
    /// Inside a transaction holding the head.
    private func writeTaskList(seq: Int, reference: [UInt8], digest: String) throws {
        let s = schema
        hasTaskList = try link.rows("SELECT to_regclass(\(s + ".task_list")) IS NOT NULL").first?.decode(Bool.self) ?? false
        if !hasTaskList {
            try link.run("SAVEPOINT task_list")
            do {
                try link.run(PostgresSchema.createTaskList(s))
                try link.run("RELEASE SAVEPOINT task_list")
                hasTaskList = true
            } catch {
                if link.isLost { throw error }
                try link.run("ROLLBACK TO SAVEPOINT task_list")
                return
            }
        }
        try link.run("DELETE FROM \(unescaped: s).task_list")
        guard let list = try SnapshotFiles.taskList(ofReference: reference) else { return }
        try link.run("INSERT INTO \(unescaped: s).task_list (seq, reference, bytes) VALUES (\(seq), \(digest), \(ByteBuffer(bytes: list)))",
                     timeout: max(lockTimeout, 60))
    }

    // MARK: Audit trail

    /// Every journal entry, oldest first.
    public func auditTrail() throws -> [JournalEntry] {
        try reconnectIfLost()
        return try readOnlyTransaction { try journalEntries() }
    }

    /// Closes the connection (also done when the store goes away).
    public func close() { link.close() }

    /// Drops the connection as a failing network would (for tests): the next call finds it
    /// lost, reconnects, and reads what the server holds.
    public func dropConnection() { link.close() }
}

