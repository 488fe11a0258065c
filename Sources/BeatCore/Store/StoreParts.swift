#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A store as its parts, wherever it is kept: its id and birth, the snapshot (the model as
/// of `snapshot.seq`) and the whole journal, oldest first — what `beat copy` moves between
/// a folder and a server, and what a backup of a server store is written from.
public struct StoreParts: Sendable {
    public var id: String
    public var created: Timestamp
    /// The model as of `snapshot.seq`, before the journal entries after it.
    public var snapshot: Model
    /// Every journal entry, `1…N`, each once: those up to `snapshot.seq` are history.
    public var journal: [JournalEntry]

    public init(id: String, created: Timestamp, snapshot: Model, journal: [JournalEntry]) {
        self.id = id
        self.created = created
        self.snapshot = snapshot
        self.journal = journal
    }

    /// The model the parts hold: the snapshot with the journal after it applied, checked as
    /// `beat check` checks a store (`place` names where entries came from in messages).
    public func model(place: String) throws -> Model {
        guard journal.map(\.seq) == Array(1..<(journal.count + 1)) else {
            let at = zip(journal.map(\.seq), 1...).first { $0 != $1 }.map { $0.1 } ?? journal.count + 1
            throw BeatError.badData("\(place):\(at):1: " + L10n.journalOutOfOrder(at, journal.first { $0.seq >= at }?.seq ?? at))
        }
        var m = snapshot
        for entry in journal where entry.seq > snapshot.seq {
            try m.replay(entry, scope: .all, place: "\(place):\(entry.seq):1")
        }
        return m
    }
}

extension Store {
    /// The store's parts, under the shared lock: the snapshot the manifest names and the
    /// whole journal (history and live).
    public func parts() throws -> StoreParts {
        try lock.with(exclusive: false, timeout: lockTimeout, who: "") {
            let current = try Store.readManifest(path)
            let snapshot = try Snapshot.read(folder: path + "/" + current.snapshot, display: Store.display(path, current.snapshot))
            let trail = try auditTrailLocked()
            return StoreParts(id: current.id, created: current.created, snapshot: snapshot, journal: trail)
        }
    }

    /// Creates a store in `path` (missing or an empty folder) from `parts`: the snapshot, the
    /// journal up to it as history, the rest as the live journal, the manifest last; checked
    /// by opening it, reading its history and comparing the model with the parts' — built
    /// whole before it is put in place (`NewStoreFolder`), so on any failure `path` is as it was.
    @discardableResult
    public static func create(at path: String, parts: StoreParts, lockTimeout: Double = 10) throws -> Store {
        let place = try NewStoreFolder(path, refuse: L10n.folderNotEmpty)
        try place.build(lockTimeout: lockTimeout) { folder in
            let seq = parts.snapshot.seq
            let name = Snapshot.folderName(seq: seq)
            let digests = try Snapshot.write(parts.snapshot, root: folder, name: name)
            try Disk.makeFolder(folder + "/history")
            let history = parts.journal.filter { $0.seq <= seq }
            func lines(_ entries: [JournalEntry]) throws -> [UInt8] {
                var out: [UInt8] = []
                for e in entries { out += try e.line() + [10] }
                return out
            }
            if !history.isEmpty {
                try Disk.writeNewFile(folder + "/history/" + HistoryFile.name(first: history[0].seq, last: seq), try lines(history))
            }
            try Disk.writeNewFile(folder + "/journal.jsonl", try lines(parts.journal.filter { $0.seq > seq }))
            try Disk.syncFolder(folder + "/history")
            var manifest = Manifest(format: formatName, version: formatVersion, id: parts.id, snapshot: name, seq: seq,
                                    created: parts.created, segments: Store.segmentSizes(folder + "/" + name))
            manifest.record(digests)
            try Disk.replace(folder + "/store.json", with: JSONCoding.encode(manifest, pretty: true) + [10])
            let store = try open(at: folder, lockTimeout: lockTimeout)
            guard try store.auditTrail().count == parts.journal.count, store.model == (try parts.model(place: "journal")) else {
                throw BeatError.badData(L10n.copyDiffers(path))
            }
        }
        return try open(at: path, lockTimeout: lockTimeout)
    }
}
