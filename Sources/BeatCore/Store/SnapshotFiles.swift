/// A snapshot as files held in memory — `reference.json` and `contacts/YYYY-MM.json`, the
/// bytes a folder store writes — for a store kept elsewhere than in a folder (PostgreSQL):
/// the same encoder writes them and the same readers read them back.
public enum SnapshotFiles {
    /// One file of a snapshot, its path relative to the snapshot (`contacts/2026-11.json`).
    public struct File: Sendable, Equatable {
        public var path: String
        public var bytes: [UInt8]

        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    public static let referencePath = "reference.json"
    /// The evidence side's file (`Register`), beside reference.json; absent while it is empty.
    public static let registerPath = Snapshot.registerFile

    /// A contact segment decoded where its bytes are (a server's receive buffer) rather than
    /// copied out first: a city station's log is 170 MB.
    public struct DecodedSegment: @unchecked Sendable {
        let run: ContactRun
    }

    /// Decodes one contact segment (`contacts/YYYY-MM.json`) from `bytes`, checked as a
    /// folder's is; `file` names it in messages. Safe to call from several threads at once.
    public static func decodeSegment(_ bytes: UnsafeRawBufferPointer, file: String) throws -> DecodedSegment {
        DecodedSegment(run: try SnapshotLoading.segment(bytes.assumingMemoryBound(to: UInt8.self), file: file))
    }

    /// As `decode(reference:…, segments:)`, with the contact log decoded where its bytes are:
    /// `segment(k)` decodes the k-th of `count` segments in path order (`decodeSegment`), called
    /// from several threads at once, as a folder's segments are; the register's bytes are given
    /// apart, and `segments` gives the contact segments' bytes again only to say where a
    /// problem is (rare).
    public static func decode(reference: [UInt8], display: String, scope: LoadScope = .all, tasks: Set<Int> = [], digest: String? = nil,
                              segmentCount count: Int, segment: @Sendable (Int) throws -> DecodedSegment,
                              register: () throws -> [UInt8]?, segments: () throws -> [File]) throws -> Model {
        try reference.withUnsafeBufferPointer { bytes in
            try Snapshot.decode(reference: bytes, display: display, scope: scope, tasks: tasks, digest: digest,
                                contacts: { _ in ContactLog(Model.sortedByID(try SnapshotLoading.joined(count: count) { try segment($0).run })) },
                                register: register,
                                segments: { try segments().filter { $0.path != registerPath }.map { ($0.path, $0.bytes) } })
        }
    }

    /// The snapshot of `model` (its `seq` included): reference.json first, then the contact
    /// log by month; and the `Digest` of reference.json that a reader checks it against.
    public static func encode(_ model: Model) throws -> (files: [File], digest: String) {
        let image = try Snapshot.files(of: model)
        return (image.files.map { File(path: $0.path, bytes: $0.bytes) }, image.digest)
    }

    /// How many leading bytes of a reference.json as Beat writes it hold its head (see
    /// `ReferenceLayout`): enough for the `.head` scope without tasks. Nil for another layout.
    public static func headLength(ofReference bytes: [UInt8]) -> Int? {
        // A raw newline is layout, never inside a string: the top-level key is found by it.
        let marker = Array("\n  \"meetings\" : ".utf8)
        guard bytes.count >= marker.count else { return nil }
        var i = 0
        while i + marker.count <= bytes.count {
            if bytes[i] == 10, Array(bytes[i..<i + marker.count]) == marker { return i + marker.count }
            i += 1
        }
        return nil
    }

    /// The model a snapshot holds, checked as a folder's is. `display` names the snapshot in
    /// messages (`file:line:column: reason`); `segments` gives the contact log (read only in
    /// the `.all` scope, and again to locate a problem). `scope`, `tasks` and `digest` are as
    /// in `Store.open`: a reference.json that does not match `digest` is read whole and checked.
    public static func decode(reference: [UInt8], display: String, scope: LoadScope = .all, tasks: Set<Int> = [], digest: String? = nil,
                              segments: () throws -> [File]) throws -> Model {
        try reference.withUnsafeBufferPointer { bytes in
            try Snapshot.decode(reference: bytes, display: display, scope: scope, tasks: tasks, digest: digest,
                                contacts: { _ in
                                    ContactLog(Model.sortedByID(try SnapshotLoading.contacts(segments: try segments().filter { $0.path != Snapshot.registerFile }
                                                                                .map { (display + "/" + $0.path, $0.bytes) })))
                                },
                                register: { try segments().first { $0.path == Snapshot.registerFile }?.bytes },
                                segments: { try segments().filter { $0.path != Snapshot.registerFile }.map { ($0.path, $0.bytes) } })
        }
    }

    /// The head of the reference data (districts, beats, officers, teams, organisations, plans,
    /// counters and seq) from the first `headLength(ofReference:)` bytes of a reference.json Beat wrote and
    /// that is known unchanged; nil when they do not read so (then read the whole file).
    public static func head(prefix: [UInt8]) -> Model? {
        prefix.withUnsafeBufferPointer { bytes -> Model? in
            guard let ref = ReferenceLayout.head(bytes, tasks: [], checkRest: false) else { return nil }
            return Model(districts: ref.districts, beats: ref.beats, officers: ref.officers, teams: ref.teams, plans: ref.plans,
                         tasks: [], contacts: [], meetings: [], counters: ref.counters, seq: ref.seq, organisations: ref.organisations ?? [])
        }
    }
}

extension JournalEntry {
    /// The entry as one journal line, without its newline: the bytes a folder store appends.
    public func line() throws -> [UInt8] { try JSONCoding.encode(self, pretty: false) }

    /// An entry from one journal line; a bad one throws `.badData` as `file:line:column: reason`.
    public init(line: [UInt8], file: String, lineNumber: Int) throws {
        self = try JSONCoding.decode(JournalEntry.self, from: line, file: file, lineOffset: lineNumber - 1)
    }
}

extension Model {
    /// The model as the first snapshot of a new store: journal sequence 0.
    public var asNewStore: Model {
        var m = self
        m.seq = 0
        return m
    }

    /// Validates and carries out `change` as the store's next journal entry (`seq` + 1);
    /// on a rejection nothing has changed.
    @discardableResult
    public mutating func applyAsNext(_ change: Change, context: ChangeContext) throws -> Applied {
        let applied = try apply(change, context: context)
        seq += 1
        return applied
    }
}
