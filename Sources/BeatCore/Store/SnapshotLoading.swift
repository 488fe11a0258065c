#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reading a snapshot's contact log quickly: segment files are mapped rather than copied,
/// decoded in parallel (one per core) on the fast path, and their contacts are moved —
/// not copied — into the one array the model keeps.
enum SnapshotLoading {
    /// The whole contact log of a snapshot folder, in id order. A bad segment is reported
    /// as the first bad file in name order, whichever thread met it.
    static func contacts(folder: String, display: String) throws -> [ResidentContact] {
        let names = try Snapshot.segmentNames(folder)
        return try joined(count: names.count) { k in
            try segment(folder + "/contacts/" + names[k], file: display + "/contacts/" + names[k])
        }
    }

    /// The whole contact log from segment files held in memory (`file` names each in messages).
    static func contacts(segments: [(file: String, bytes: [UInt8])]) throws -> [ResidentContact] {
        try joined(count: segments.count) { k in
            try segments[k].bytes.withUnsafeBufferPointer { try segment($0, file: segments[k].file) }
        }
    }

    /// The segments of a snapshot folder read into memory (in parallel) and kept as bytes,
    /// when each matches the digest the manifest recorded and no segment is missing or extra;
    /// nil otherwise — then they are decoded and checked now, and a bad one explained.
    /// Read, not mapped: a file cut short under a mapping kills the process.
    static func sealed(folder: String, display: String, digests: [String: String]) throws -> SealedSegments? {
        let names = try Snapshot.segmentNames(folder)
        guard names.count == digests.count, names.allSatisfy({ digests[$0] != nil }) else { return nil }
        return SegmentBytes(paths: names.map { folder + "/contacts/" + $0 }, files: names.map { display + "/contacts/" + $0 },
                            digests: names.map { digests[$0]! }).map(SealedSegments.init)
    }

    /// The contact log from verified segment bytes, each segment's pages given back as soon
    /// as it is decoded, so that the bytes and the records are not all in memory at once.
    static func contacts(consuming segments: SegmentBytes) throws -> [ResidentContact] {
        try joined(count: segments.files.count) { k in
            defer { segments.release(k) }
            return try SnapshotLoading.segment(segments.bytes(k), file: segments.files[k])
        }
    }

    /// `count` segments decoded in parallel by `read`, joined in order into one array.
    static func joined(count: Int, _ read: @Sendable (Int) throws -> ContactRun) throws -> [ResidentContact] {
        let slots = Slots<Result<ContactRun, Error>>(count: count)
        // The workers are other threads: a damaged segment is explained in the caller's language.
        let language = Language.current
        DispatchQueue.concurrentPerform(iterations: count) { k in
            language.bind { slots.put(k, Result { try read(k) }) }
        }
        var runs: [ContactRun?] = []
        for k in 0..<count { runs.append(try slots.take(k).get()) }
        let total = runs.reduce(0) { $0 + ($1?.count ?? 0) }
        // Room for a day's work on top, so the first new contacts do not move the whole log.
        return [ResidentContact](unsafeUninitializedCapacity: total + 1024) { buf, n in
            n = 0
            for k in runs.indices {
                let moved = runs[k]!.count
                runs[k]!.move(to: buf.baseAddress! + n)
                runs[k] = nil // its memory goes back now, not after the last run
                n += moved
            }
        }
    }

    /// One segment's contacts, checked to belong to the segment's month.
    static func segment(_ path: String, file: String) throws -> ContactRun {
        guard let mapped = try MappedFile(path) else { return ContactRun(capacity: 0) }
        defer { mapped.unmap() }
        return try segment(mapped.bytes, file: file)
    }

    /// One segment's contacts from its bytes, checked to belong to the segment's month.
    static func segment(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws -> ContactRun {
        var month = ""
        let run: ContactRun
        if let fast = fastSegment(bytes, month: &month) {
            run = fast
        } else {
            let seg = try JSONCoding.decode(Snapshot.Segment.self, from: Array(bytes), file: file)
            run = ContactRun(seg.contacts)
            month = seg.month
        }
        let m = Array(month.utf8)
        let y = m.count == 7 && m[4] == 45 ? Int(String(decoding: m[0..<4], as: UTF8.self)) : nil
        let mo = m.count == 7 && m[4] == 45 ? Int(String(decoding: m[5..<7], as: UTF8.self)) : nil
        if let i = run.firstIndex(where: { let d = $0.time.day; return d.year != y || d.month != mo }) {
            let id = run[i].id
            throw BeatError.badData(JSONCoding.locate([.key("contacts"), .index(i), .key("time")], in: Array(bytes), file: file,
                                                      reason: L10n.contactInWrongSegment(id, month)))
        }
        return run
    }

    private static let segmentKeys = FastKeys(["contacts", "month"])

    /// `{"contacts": [...], "month": "YYYY-MM"}` on the fast path; nil when it gives up.
    static func fastSegment(_ bytes: UnsafeBufferPointer<UInt8>, month: inout String) -> ContactRun? {
        var r = FastJSON(bytes)
        // About 550 bytes a contact as Beat writes them; fewer than 150 would be unusual.
        let run = ContactRun(capacity: bytes.count / 150 + 16)
        do {
            var seen: UInt64 = 0, hint = 0
            var gotContacts = false, gotMonth = false
            if try r.objectStart() {
                repeat {
                    switch try r.field(segmentKeys, &seen, &hint) {
                    case 0:
                        if try r.arrayStart() {
                            repeat { run.append(try ResidentContact(fast: &r)) } while try r.arrayNext()
                        }
                        gotContacts = true
                    case 1:
                        month = try r.string()
                        gotMonth = true
                    default: try r.skipValue()
                    }
                } while try r.objectNext()
            }
            r.skipSpace()
            guard gotContacts, gotMonth, r.i == r.end else { return nil }
            return run
        } catch {
            return nil
        }
    }
}

/// Contacts decoded from one segment, to be moved into the model's array in one go.
typealias ContactRun = Run<ResidentContact>

/// Records in memory of their own, to be moved — not copied — into one array in one go:
/// copying would retain and release every text of every record.
///
/// The memory is mapped directly (not from malloc), generously: pages never written cost
/// nothing, and unmapping gives them back to the system at once — malloc would keep them,
/// and a city station's peak memory would carry every segment twice.
final class Run<Element>: @unchecked Sendable {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        base = Run.map(self.capacity)
    }

    convenience init(_ items: [Element]) {
        self.init(capacity: items.count)
        for x in items { append(x) }
    }

    deinit {
        base.deinitialize(count: count)
        Run.unmap(base, capacity)
    }

    private static func bytes(_ n: Int) -> Int { n * MemoryLayout<Element>.stride }

    private static func map(_ n: Int) -> UnsafeMutablePointer<Element> {
        let p = mmap(nil, bytes(n), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let p, p != MAP_FAILED else { fatalError("out of memory: \(bytes(n)) bytes for records") }
        return p.bindMemory(to: Element.self, capacity: n)
    }

    private static func unmap(_ p: UnsafeMutablePointer<Element>, _ n: Int) {
        munmap(UnsafeMutableRawPointer(p), bytes(n))
    }

    func append(_ x: Element) {
        if count == capacity {
            let bigger = Run.map(capacity * 2)
            bigger.moveInitialize(from: base, count: count)
            Run.unmap(base, capacity)
            base = bigger
            capacity *= 2
        }
        (base + count).initialize(to: x)
        count += 1
    }

    subscript(i: Int) -> Element { base[i] }

    func firstIndex(where test: (Element) -> Bool) -> Int? {
        for i in 0..<count where test(base[i]) { return i }
        return nil
    }

    /// Moves every record to uninitialised memory at `target`; the run is empty after.
    func move(to target: UnsafeMutablePointer<Element>) {
        target.moveInitialize(from: base, count: count)
        count = 0
    }

    /// Runs joined into one array, each emptied as it is moved; `room` spare places at the end.
    static func joined(_ runs: [Run], room: Int = 0) -> [Element] {
        let total = runs.reduce(0) { $0 + $1.count }
        return [Element](unsafeUninitializedCapacity: total + room) { buf, n in
            n = 0
            for run in runs {
                let moved = run.count
                run.move(to: buf.baseAddress! + n)
                n += moved
            }
        }
    }
}

/// A file mapped read-only into memory: no copy, and the pages go back as soon as it is closed.
struct MappedFile {
    let bytes: UnsafeBufferPointer<UInt8>
    private let length: Int

    /// Nil when the file does not exist.
    init?(_ path: String) throws {
        guard let fd = try Disk.openStoreFile(path, O_RDONLY) else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw BeatError.other(L10n.cannotRead(path, Disk.errnoText())) }
        length = Int(st.st_size)
        guard length > 0 else {
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            return
        }
        #if os(Linux)
        let flags = MAP_PRIVATE | MAP_POPULATE
        #else
        let flags = MAP_PRIVATE
        #endif
        let p = mmap(nil, length, PROT_READ, flags, fd, 0)
        guard let p, p != MAP_FAILED else { throw BeatError.other(L10n.cannotRead(path, Disk.errnoText())) }
        bytes = UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt8.self), count: length)
    }

    func unmap() {
        if let b = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: b), length) }
    }
}

/// A snapshot's contact segments read into one region of memory of their own, each segment
/// on pages of its own. Mapped anonymously rather than taken from malloc, and asked for in
/// huge pages: the kernel sets up and clears a city station's 170 MB in a few hundred large
/// pages rather than forty thousand small ones, and each segment's pages go back to the
/// system the moment it is decoded (malloc would keep freed blocks for reuse). Read, not
/// mapped from the files: a file cut short under a mapping kills the process, and a file
/// changed under it would change bytes already verified.
final class SegmentBytes: @unchecked Sendable {
    /// Each segment's name for messages.
    let files: [String]
    private let base: UnsafeMutableRawPointer?
    private let length: Int
    private let offsets: [Int]
    private let sizes: [Int]

    /// The segments `paths` (named `files` in messages) read in parallel, when each matches
    /// its digest in `digests` (by the same index); nil when any does not, or cannot be read.
    init?(paths: [String], files: [String], digests: [String]) {
        var sizes: [Int] = [], offsets: [Int] = [], total = 0
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        for path in paths {
            var st = stat()
            guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
            sizes.append(Int(st.st_size))
            offsets.append(total)
            total += (Int(st.st_size) + page - 1) / page * page
        }
        self.files = files
        self.sizes = sizes
        self.offsets = offsets
        length = total
        guard total > 0 else {
            base = nil
            return
        }
        let p = mmap(nil, total, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let p, p != MAP_FAILED else { return nil }
        base = p
        #if os(Linux)
        _ = madvise(p, total, MADV_HUGEPAGE)
        #endif
        let verified = Slots<Bool>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { k in
            // A file that cannot be read is left to the checked path, which says why.
            guard let fd = try? Disk.openStoreFile(paths[k], O_RDONLY) else { return }
            defer { close(fd) }
            let target = self.bytes(k)
            let n = try? Disk.readFully(fd, into: UnsafeMutableRawBufferPointer(mutating: UnsafeRawBufferPointer(target)), at: 0, path: paths[k])
            verified.put(k, n == target.count && Digest.of(target) == digests[k])
        }
        guard paths.indices.allSatisfy({ verified.value($0) == true }) else { return nil }
    }

    deinit {
        if let base { munmap(base, length) }
    }

    /// Segment `k`'s bytes.
    func bytes(_ k: Int) -> UnsafeBufferPointer<UInt8> {
        guard let base else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: (base + offsets[k]).assumingMemoryBound(to: UInt8.self), count: sizes[k])
    }

    /// Gives segment `k`'s pages back to the system; its bytes must not be read again.
    func release(_ k: Int) {
        guard let base, sizes[k] > 0 else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        _ = madvise(base + offsets[k], (sizes[k] + page - 1) / page * page, MADV_DONTNEED)
    }
}

/// Results filled in by parallel workers, one slot each.
final class Slots<T>: @unchecked Sendable {
    private let items: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        items = .allocate(capacity: max(count, 1))
        items.initialize(repeating: nil)
    }

    deinit {
        _ = items.deinitialize()
        items.deallocate()
    }

    /// Only one worker writes a given slot.
    func put(_ k: Int, _ value: T) { items[k] = value }

    func value(_ k: Int) -> T? { items[k] }

    func take(_ k: Int) -> T {
        defer { items[k] = nil }
        return items[k]!
    }
}

extension Disk {
    /// The last byte of a file; nil when it is empty or missing.
    static func lastByte(_ path: String) throws -> UInt8? {
        guard let fd = try openStoreFile(path, O_RDONLY) else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw BeatError.other(L10n.cannotRead(path, errnoText())) }
        guard st.st_size > 0 else { return nil }
        var b: UInt8 = 0
        guard pread(fd, &b, 1, off_t(st.st_size - 1)) == 1 else { throw BeatError.other(L10n.cannotRead(path, errnoText())) }
        return b
    }
}
