import Foundation

/// A rotated journal in a history folder: `journal-000005-000007.jsonl` holds entries 5–7.
struct HistoryFile: Equatable {
    var name: String
    var first: Int
    var last: Int

    static func name(first: Int, last: Int) -> String { String(format: "journal-%06d-%06d.jsonl", first, last) }

    /// The entries a history file's name says it holds; nil for any other name.
    init?(name: String) {
        let parts = name.split(separator: "-")
        guard parts.count == 3, parts[0] == "journal", name.hasSuffix(".jsonl"),
              let a = Int(parts[1]), let b = Int(parts[2].dropLast(6)), a >= 0, a <= b else { return nil }
        self.name = name
        first = a
        last = b
    }

    /// The rotated journals in `folder` (a real folder, or missing: none), oldest first.
    static func all(in folder: String) throws -> [HistoryFile] {
        guard try Disk.checkStoreFolder(folder) else { return [] }
        return Disk.list(folder).compactMap(HistoryFile.init(name:)).sorted { ($0.first, $0.last) < ($1.first, $1.last) }
    }

    /// Those that are part of the store whose manifest is at `seq`: a file whose entries
    /// start past it was written by a compaction that never committed (its entries are
    /// still in the live journal), and is no part of the store.
    static func committed(in folder: String, upTo seq: Int) throws -> [HistoryFile] {
        try all(in: folder).filter { $0.first <= seq }
    }
}

/// What an operation killed midway (compaction, purge) can leave in a store folder, none
/// of it part of the store: temporary files, snapshot and history folders the manifest
/// does not name, history files past the manifest's sequence, a history file that is a
/// second name of the live journal (left by older versions, which linked rather than
/// copied), and journal lines already in the snapshot. Readers pass over all of it; a
/// store opened for writing clears it under the exclusive lock (`Store.recover`).
struct Leftovers: Equatable {
    /// Paths relative to the store folder, to be removed.
    var remove: [String] = []
    /// History files (relative) that are a second name of the live journal, to be
    /// rewritten as a file of their own with the entries their name says.
    var unlink: [String] = []

    var isEmpty: Bool { remove.isEmpty && unlink.isEmpty }

    /// The leftovers in the store at `path`; nil when there are none, or when the manifest
    /// cannot be read or does not match its snapshot (opening the store then says why:
    /// nothing is removed on the word of a damaged manifest).
    static func found(in path: String) -> Leftovers? {
        guard let manifest = try? Store.readManifest(path) else { return nil }
        let l = Leftovers(path, manifest)
        return l.isEmpty || !matches(path, manifest) ? nil : l
    }

    /// Whether the manifest is the one its snapshot was written with: the snapshot's
    /// sequence number, and the digest of reference.json it recorded (if any).
    static func matches(_ path: String, _ manifest: Manifest) -> Bool {
        guard let bytes = try? Disk.read(path + "/" + manifest.snapshot + "/reference.json") else { return false }
        if let digest = manifest.reference, Digest.of(bytes) != digest { return false }
        // `{"seq" : N, …`: the number before the first comma.
        let head = bytes.prefix(64).split(separator: 44).first ?? []
        let digits = head.drop { $0 < 48 || $0 > 57 }.prefix { $0 >= 48 && $0 <= 57 }
        return Int(String(decoding: digits, as: UTF8.self)) == manifest.seq
    }

    init() {}

    init(_ path: String, _ manifest: Manifest) {
        let history = manifest.history ?? "history"
        let keep: Set<String> = [manifest.snapshot, history]
        var journal: UInt64?
        for e in Disk.entries(path) {
            if e.name == "journal.jsonl" { journal = e.inode }
            if Disk.isTemporaryName(e.name), e.kind == .file {
                remove.append(e.name)
                continue
            }
            // The (empty) folder a new store was built in, when the process died after moving the manifest up.
            if e.name.hasPrefix(NewStoreFolder.innerPrefix), e.kind == .folder {
                remove.append(e.name)
                continue
            }
            let base = e.name.hasSuffix(".tmp") ? String(e.name.dropLast(4)) : e.name
            let isStoreFolder = Store.isFolderName(base, prefix: "snapshot-") || base == "history"
                || Store.isFolderName(base, prefix: "history-")
            if isStoreFolder, e.kind == .folder, !keep.contains(e.name) { remove.append(e.name) }
        }
        guard Disk.kind(path + "/" + history) == .folder else { return }
        for e in Disk.entries(path + "/" + history) where e.kind == .file {
            if Disk.isTemporaryName(e.name) {
                remove.append(history + "/" + e.name)
            } else if let f = HistoryFile(name: e.name) {
                if f.first > manifest.seq {
                    remove.append(history + "/" + e.name)
                } else if e.inode == journal {
                    unlink.append(history + "/" + e.name)
                }
            }
        }
    }
}

extension Store {
    /// Clears what an operation killed midway left in the store at `path` (see `Leftovers`),
    /// and drops journal lines the snapshot and the history already hold. Only under the
    /// exclusive lock, and only when the manifest matches its snapshot (`verified`: the
    /// caller read the store and found it so). Every step leaves a store that reads the
    /// same, so a crash here is harmless too. Returns whether anything changed.
    @discardableResult
    static func recover(_ path: String, verified: Bool = false) throws -> Bool {
        let manifest = try readManifest(path)
        guard verified || Leftovers.matches(path, manifest) else { return false }
        let leftovers = Leftovers(path, manifest)
        for name in leftovers.remove { Disk.removeTree(path + "/" + name) }
        for name in leftovers.unlink {
            // Its entries, from its own bytes (the live journal's later lines reached it too).
            let file = path + "/" + name
            guard let f = HistoryFile(name: Disk.name(name)), let bytes = try Disk.read(file) else { continue }
            try Disk.replace(file, with: try entries(of: bytes, file: file, in: f.first...f.last))
        }
        let journal = path + "/journal.jsonl"
        var changed = !leftovers.isEmpty
        // Stale lines go only when the history holds them (its files cover up to the snapshot).
        let history = try HistoryFile.committed(in: path + "/" + (manifest.history ?? "history"), upTo: manifest.seq)
        if manifest.seq == 0 || history.last?.last == manifest.seq, let bytes = try Disk.read(journal) {
            let split = JournalLines(bytes)
            let kept = try entries(of: bytes, file: journal, in: (manifest.seq + 1)...Int.max, stopAtFirst: true)
            if kept.count < split.consumed {
                try Disk.replace(journal, with: kept + split.tail)
                changed = true
            }
        }
        if !leftovers.isEmpty { try Disk.syncFolder(path) }
        return changed
    }

    /// The lines of `bytes` whose entries lie in `range`, as written. With `stopAtFirst`,
    /// every line from the first in range on is kept as it is (the live journal: what
    /// follows its stale start is checked by the reader, not here). A line that cannot be
    /// read is kept, so recovery never loses what it does not understand.
    private static func entries(of bytes: [UInt8], file: String, in range: ClosedRange<Int>, stopAtFirst: Bool = false) throws -> [UInt8] {
        var out: [UInt8] = []
        var keepingAll = false
        for (n, line) in JournalLines(bytes).lines.enumerated() {
            var keep = keepingAll
            if !keep {
                if let e = try? JSONCoding.decode(JournalEntry.self, from: Array(line), file: file, lineOffset: n) {
                    keep = range.contains(e.seq)
                } else {
                    keep = !line.allSatisfy { $0 == 32 || $0 == 9 || $0 == 13 }
                }
                if keep && stopAtFirst { keepingAll = true }
            }
            if keep {
                out += line
                out.append(10)
            }
        }
        return out
    }

    /// Removes snapshot and history folders the manifest does not name: the old ones after
    /// a switch, and any left by an interrupted compaction or purge (they may hold personal
    /// data the purge removed). Only under the exclusive lock. Returns those it could not
    /// remove.
    @discardableResult
    func removeUnreferencedFolders() -> [String] {
        func unreferenced() -> [String] { Leftovers(path, manifest).remove.filter { !$0.contains("/") && Disk.kind(path + "/" + $0) == .folder } }
        for name in unreferenced() { Disk.removeTree(path + "/" + name) }
        return unreferenced()
    }
}
