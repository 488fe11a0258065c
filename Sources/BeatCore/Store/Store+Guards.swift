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
        if access(path, W_OK) != 0 { return L10n.readOnlyFolder(path, Disk.errnoText()) }
        let journal = path + "/journal.jsonl"
        if access(journal, W_OK) != 0 && errno != ENOENT { return L10n.readOnlyFile(journal, Disk.errnoText()) }
        if !lock.writable { return L10n.readOnlyFile(lock.path, Disk.errnoText(access(lock.path, W_OK) != 0 ? errno : EACCES)) }
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
        let root = Disk.parent(file)
        guard try Disk.checkStoreFolder(root + "/" + m.snapshot) else { throw bad("snapshot", L10n.snapshotMissing(m.snapshot)) }
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

    /// A quick check of the history at every open (the full one is `auditTrail()`, run by
    /// `beat check`): each rotated journal ends with a whole line, and its first and last
    /// lines are the entries its name says. A truncated file is caught here, so writers
    /// refuse a store whose history was cut short, as `beat check` does.
    static func checkHistoryEnds(_ store: Store) throws {
        let folder = store.historyPath(store.manifest)
        for f in try HistoryFile.committed(in: folder, upTo: store.manifest.seq) {
            let file = folder + "/" + f.name
            guard let fd = try Disk.openStoreFile(file, O_RDONLY) else { throw BeatError.badData(L10n.missingFile(file)) }
            defer { close(fd) }
            var st = stat()
            guard fstat(fd, &st) == 0 else { throw BeatError.other(L10n.cannotRead(file, Disk.errnoText())) }
            let size = Int(st.st_size)
            let window = 16 << 10  // a first or last line longer than this is left to the full check
            let head = ArraySlice(try Disk.readAll(fd, from: 0, limit: window, path: file))
            let tail = size <= window ? head : ArraySlice(try Disk.readAll(fd, from: size - window, limit: window, path: file))
            let whole = size <= window
            // Line numbers are exact when the whole file was read, else those the name implies.
            let lineCount = whole ? head.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } : f.last - f.first + 1
            guard tail.last == 10 else {
                throw BeatError.badData("\(file):\(lineCount + 1):1: " + L10n.historyTorn())
            }
            func entrySeq(_ line: ArraySlice<UInt8>, lineNo: Int) throws -> Int {
                try JSONCoding.decode(JournalEntry.self, from: Array(line), file: file, lineOffset: lineNo - 1).seq
            }
            let firstLine = head.prefix { $0 != 10 }
            if whole || firstLine.count < head.count {
                guard try entrySeq(firstLine, lineNo: 1) == f.first else {
                    throw BeatError.badData("\(file):1:1: " + L10n.historyRange(f.first, f.last, lineCount))
                }
            }
            let body = tail.dropLast()
            if let start = body.lastIndex(of: 10) ?? (whole ? body.startIndex - 1 : nil) {
                guard try entrySeq(body[(start + 1)...], lineNo: lineCount) == f.last else {
                    throw BeatError.badData("\(file):\(lineCount):1: " + L10n.historyRange(f.first, f.last, lineCount))
                }
            }
        }
    }

    /// What `beat check` reads beyond opening the store: the whole history line by line
    /// (`auditTrail`), and reference.json against the digest the manifest recorded — a file
    /// changed outside Beat (by hand, or by a damaged disk) is reported even when it reads
    /// as valid (`beat compact` then takes it as it is). A contact log opened on its digests
    /// is decoded and checked as a log read the slow way is.
    public func checkEverything() throws {
        _ = try auditTrail()
        try lock.with(exclusive: false, timeout: lockTimeout, who: "") {
            let current = try Store.readManifest(path)
            if model.contactLog.isSealed {
                var whole = model
                whole.decodeContacts()
                if let problem = whole.problems().first {
                    // Read again without trusting the digests: the checked read says where.
                    _ = try Snapshot.read(folder: path + "/" + current.snapshot, display: Store.display(path, current.snapshot))
                    throw BeatError.badData(path + ": " + problem.reason)
                }
            }
            guard let recorded = current.reference else { return }
            let file = path + "/" + current.snapshot + "/reference.json"
            // Mapped, not copied: a city station's file is tens of megabytes.
            guard let mapped = try MappedFile(file) else { throw BeatError.badData(L10n.missingFile(file)) }
            defer { mapped.unmap() }
            guard Digest.of(mapped.bytes) == recorded else { throw BeatError.badData("\(file):1:1: " + L10n.changedOutsideBeat) }
        }
    }

    /// The byte size of each contact segment of a snapshot folder (one stat per file).
    static func segmentSizes(_ snapshot: String) -> [String: Int] {
        var out: [String: Int] = [:]
        for name in Disk.list(snapshot + "/contacts") where name.hasSuffix(".json") {
            var st = stat()
            if lstat(snapshot + "/contacts/" + name, &st) == 0 { out[name] = Int(st.st_size) }
        }
        return out
    }

    /// For a read of everything: every contact segment the snapshot was written with is there.
    /// A month's file gone would otherwise read as a month without contacts, and the next
    /// compaction would make the loss permanent.
    static func checkSegmentsPresent(_ path: String, _ m: Manifest) throws {
        let (key, recorded) = m.contactDigests.map { ("contactDigests", Set($0.keys)) } ?? ("segments", Set((m.segments ?? [:]).keys))
        guard !recorded.isEmpty else { return }
        let found = Set(try Snapshot.segmentNames(path + "/" + m.snapshot))
        guard let name = recorded.subtracting(found).sorted().first else { return }
        // Said where the manifest names it: the file may be gone, or the name damaged.
        let file = path + "/store.json"
        throw BeatError.badData(JSONCoding.locate([.key(key), .key(name)], in: try Disk.read(file) ?? [], file: file,
                                                  reason: L10n.segmentMissing(m.snapshot + "/contacts/" + name)))
    }

    /// For a read that leaves the contacts unread: the segments are those the snapshot was
    /// written with, by name and size. A segment cut short, grown or added throws, and `open`
    /// then reads everything — so a writer refuses a damaged store with `beat check`'s words.
    static func checkSegmentSizes(_ path: String, _ m: Manifest) throws {
        guard let expected = m.segments else { return }
        let folder = path + "/" + m.snapshot
        let found = segmentSizes(folder)
        guard found != expected else { return }
        let name = Set(found.keys).union(expected.keys).sorted().first { found[$0] != expected[$0] }!
        throw BeatError.badData("\(folder)/contacts/\(name):1:1: " + L10n.segmentSize(found[name], expected[name]))
    }
}
