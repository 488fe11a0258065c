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
        let names = Snapshot.segmentNames(folder)
        let slots = Slots<Result<ContactRun, Error>>(count: names.count)
        DispatchQueue.concurrentPerform(iterations: names.count) { k in
            slots.put(k, Result { try segment(folder + "/contacts/" + names[k], file: display + "/contacts/" + names[k]) })
        }
        var runs: [ContactRun] = []
        for k in 0..<names.count { runs.append(try slots.take(k).get()) }
        let total = runs.reduce(0) { $0 + $1.count }
        return [ResidentContact](unsafeUninitializedCapacity: total) { buf, n in
            n = 0
            for run in runs {
                let moved = run.count
                run.move(to: buf.baseAddress! + n)
                n += moved
            }
        }
    }

    /// One segment's contacts, checked to belong to the segment's month.
    static func segment(_ path: String, file: String) throws -> ContactRun {
        guard let mapped = try MappedFile(path) else { return ContactRun(capacity: 0) }
        defer { mapped.unmap() }
        var month = ""
        let run: ContactRun
        if let fast = fastSegment(mapped.bytes, month: &month) {
            run = fast
        } else {
            let seg = try JSONCoding.decode(Snapshot.Segment.self, from: Array(mapped.bytes), file: file)
            run = ContactRun(seg.contacts)
            month = seg.month
        }
        let m = Array(month.utf8)
        let y = m.count == 7 && m[4] == 45 ? Int(String(decoding: m[0..<4], as: UTF8.self)) : nil
        let mo = m.count == 7 && m[4] == 45 ? Int(String(decoding: m[5..<7], as: UTF8.self)) : nil
        if let i = run.firstIndex(where: { let d = $0.time.day; return d.year != y || d.month != mo }) {
            let id = run[i].id
            throw BeatError.badData(JSONCoding.locate([.key("contacts"), .index(i), .key("time")], in: Array(mapped.bytes), file: file,
                                                      reason: L10n.contactInWrongSegment(id, month)))
        }
        return run
    }

    private static let segmentKeys = FastKeys(["contacts", "month"])

    /// `{"contacts": [...], "month": "YYYY-MM"}` on the fast path; nil when it gives up.
    static func fastSegment(_ bytes: UnsafeBufferPointer<UInt8>, month: inout String) -> ContactRun? {
        var r = FastJSON(bytes)
        // About 500 bytes a contact, as Beat writes them.
        let run = ContactRun(capacity: bytes.count / 400 + 16)
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

/// Contacts in memory of their own, to be moved into the model's array in one go.
final class ContactRun: @unchecked Sendable {
    private var base: UnsafeMutablePointer<ResidentContact>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    convenience init(_ contacts: [ResidentContact]) {
        self.init(capacity: contacts.count)
        for c in contacts { append(c) }
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func append(_ c: ResidentContact) {
        if count == capacity {
            let bigger = UnsafeMutablePointer<ResidentContact>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = bigger
            capacity *= 2
        }
        (base + count).initialize(to: c)
        count += 1
    }

    subscript(i: Int) -> ResidentContact { base[i] }

    func firstIndex(where test: (ResidentContact) -> Bool) -> Int? {
        for i in 0..<count where test(base[i]) { return i }
        return nil
    }

    /// Moves every contact to uninitialised memory at `target`; the run is empty after.
    func move(to target: UnsafeMutablePointer<ResidentContact>) {
        target.moveInitialize(from: base, count: count)
        count = 0
    }
}

/// A file mapped read-only into memory: no copy, and the pages go back as soon as it is closed.
struct MappedFile {
    let bytes: UnsafeBufferPointer<UInt8>
    private let length: Int

    /// Nil when the file does not exist.
    init?(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw BeatError.other(L10n.cannotRead(path, Disk.errnoText()))
        }
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

    func take(_ k: Int) -> T {
        defer { items[k] = nil }
        return items[k]!
    }
}
