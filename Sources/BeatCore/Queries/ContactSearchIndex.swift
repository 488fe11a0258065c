#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The contact log's searchable text, folded once (case and Polish letters), for the interface's `/` filter.
///
/// A city station's log is 300,000 contacts: testing each one on every key press (folding
/// its text on the fly) takes up to a hundred milliseconds. The index keeps the text of every
/// contact — summary, place, resident's name — folded in one buffer, so a word is found
/// by one scan over all of it (sixteen bytes at a time, on two cores), a hit naming its
/// contact by the offsets; a narrowed list searches only its contacts' text.
/// It answers exactly what `ContactQuery.matches` answers: a contact whose text the byte
/// path cannot fold (see `FoldedSearch`), or that changed since it was indexed, is tested the
/// careful way.
///
/// It is built on first use (about a quarter of a second for 300,000 contacts) and caught up
/// with the log when the model changes: new contacts are appended, edited ones tested the
/// careful way until there are many of them, when it is built again.
public final class ContactSearchIndex: @unchecked Sendable {
    private var log = IndexedLog()
    /// The model version the index was last caught up with.
    private var version: Int?

    static let chunkSize = 2048
    fileprivate static let categoryPlaces: [ThreatCategory: UInt8] =
        Dictionary(uniqueKeysWithValues: ThreatCategory.allCases.enumerated().map { ($1, UInt8($0)) })

    public init() {}

    /// The number of contacts indexed.
    public var count: Int { log.count }

    /// Brings the index up to date with `contacts`, the model's log at `version` (the model's
    /// sequence number): built on first use, then caught up when the version changes.
    public func prepare(_ contacts: [ResidentContact], version: Int) {
        if self.version == version, count == contacts.count { return }
        if count == 0 || contacts.count < count {
            log = IndexedLog.build(contacts)
        } else {
            log.catchUp(contacts)
            // Many edits (a purge rewrites the old log): the careful way would be slow.
            if log.carefulCount > 1_000 + count / 64 { log = IndexedLog.build(contacts) }
        }
        self.version = version
    }

    /// The places in `order` (indexes into `contacts`) whose contacts `query` matches, in the
    /// same order. `contacts` and `version` are the model's, as for `prepare`.
    public func filter(_ order: [Int32], of contacts: [ResidentContact], version: Int, by query: ContactQuery) -> [Int32] {
        if query == ContactQuery() { return order }
        let search = query.search
        // The byte search needs folded words without the index's separators, at most eight of them.
        guard !search.isEmpty, search.plainWords, search.words.count <= 8,
              !search.words.contains(where: { $0.isEmpty || $0.contains(0) || $0.contains(1) }) else {
            return Self.careful(order, of: contacts, by: query)
        }
        prepare(contacts, version: version)
        // An empty log has no text to scan.
        guard count > 0 else { return Self.careful(order, of: contacts, by: query) }
        // Which words each category's name holds: a contact counts those words as found.
        var categoryBits = [UInt8](repeating: 0, count: ThreatCategory.allCases.count)
        for (w, set) in query.categoriesByWord.enumerated() {
            for c in set { categoryBits[Int(Self.categoryPlaces[c]!)] |= 1 << w }
        }
        let all = UInt8(truncatingIfNeeded: (1 << search.words.count) - 1)
        let fields = query.filtersFields
        // Local copies of the arrays (no copying: they share storage) keep the loops free of
        // the class's access checks.
        let careful = log.careful, categories = log.categories
        return contacts.withUnsafeBufferPointer { cs in
            func keep(_ k: Int, _ bits: UInt8) -> Bool {
                if careful[k] != 0 { return query.matches(cs[k]) }
                guard bits | categoryBits[Int(categories[k])] == all else { return false }
                return !fields || query.matchesFields(cs[k])
            }
            if order.count * 16 < count {
                // A few contacts (a narrowed list): each one's own text.
                let bits = log.wordBits(search.words, contacts: order)
                return zip(order, bits).compactMap { p, b in keep(Int(p), b) ? p : nil }
            }
            let hits = log.wordHits(search.words)
            return order.filter { keep(Int($0), hits[Int($0)]) }
        }
    }

    /// The careful way, contact by contact (no index).
    static func careful(_ order: [Int32], of contacts: [ResidentContact], by query: ContactQuery) -> [Int32] {
        contacts.withUnsafeBufferPointer { cs in order.filter { query.matches(cs[Int($0)]) } }
    }
}

/// The index's data: every contact's folded text, where each starts, and what the careful way needs.
private struct IndexedLog {
    /// Every indexed contact's folded text, each field followed by 0x01, in chunks of
    /// `chunkSize` contacts ended by a NUL (chunks are what the two cores share out). Text
    /// holding 0x00 or 0x01 is not indexed: such a contact is careful.
    var text: [UInt8] = []
    /// Where each contact's text starts in `text`.
    var starts: [Int] = []
    /// Where each chunk starts in `text`.
    var chunkStarts: [Int] = []
    /// 1 for contacts tested the careful way.
    var careful: [UInt8] = []
    var carefulCount = 0
    /// Each contact's category, as its place in `ThreatCategory.allCases`.
    var categories: [UInt8] = []
    /// The text each contact had when indexed. Comparing a string with itself is a check of
    /// its storage, so finding the contacts an edit changed is quick.
    var indexed: [IndexedText] = []

    struct IndexedText {
        var summary: String
        var place: String
        var name: String?

        init(_ c: ResidentContact) {
            summary = c.summary
            place = c.place
            name = c.resident?.name
        }
    }

    var count: Int { starts.count }
    static var chunkSize: Int { ContactSearchIndex.chunkSize }

    // MARK: Searching

    /// For every contact, one bit per word found in its text: the chunks searched on two
    /// cores; after a hit the search goes on at the next contact.
    func wordHits(_ words: [[UInt8]]) -> [UInt8] {
        var hits = [UInt8](repeating: 0, count: count)
        let chunks = chunkStarts.count
        hits.withUnsafeMutableBufferPointer { out in
            let out = SendablePointer(p: out.baseAddress!)
            text.withUnsafeBufferPointer { buffer in
                let base = SendableBytes(p: buffer.baseAddress!)
                let size = buffer.count
                starts.withUnsafeBufferPointer { starts in
                    let startsPointer = SendableInts(p: starts.baseAddress!)
                    let n = starts.count
                    let workers = chunks > 8 ? 2 : 1
                    DispatchQueue.concurrentPerform(iterations: workers) { worker in
                        let starts = UnsafeBufferPointer(start: startsPointer.p, count: n)
                        for (w, word) in words.enumerated() {
                            let bit = UInt8(1 << w)
                            word.withUnsafeBufferPointer { word in
                                var chunk = worker
                                while chunk < chunks {
                                    let first = chunk * Self.chunkSize, last = min(first + Self.chunkSize, n)
                                    let end = chunk + 1 < chunks ? chunkStarts[chunk + 1] : size
                                    var from = chunkStarts[chunk]
                                    var k = first
                                    while let at = Self.find(word, in: base.p, from: from, to: end) {
                                        // The contact holding the hit: hits only move forward.
                                        while k + 1 < last, starts[k + 1] <= at { k += 1 }
                                        out.p[k] |= bit
                                        k += 1
                                        guard k < last else { break }
                                        from = starts[k]
                                    }
                                    chunk += workers
                                }
                            }
                        }
                    }
                }
            }
        }
        return hits
    }

    /// Where `word` (at least one byte) first occurs in `text[from..<end]`: sixteen places at
    /// a time, comparing the word's first and last bytes, then the rest where both match.
    @inline(__always)
    static func find(_ word: UnsafeBufferPointer<UInt8>, in text: UnsafePointer<UInt8>, from: Int, to end: Int) -> Int? {
        let m = word.count
        let w = word.baseAddress!
        let w0 = w[0], wl = w[m - 1]
        let firsts = SIMD16<UInt8>(repeating: w0), lasts = SIMD16<UInt8>(repeating: wl)
        let raw = UnsafeRawPointer(text)
        var i = from
        func verify(_ at: Int) -> Bool {
            m <= 2 || memcmp(text + at + 1, w + 1, m - 2) == 0
        }
        while i + m + 15 <= end {
            let a = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
            let b = raw.loadUnaligned(fromByteOffset: i + m - 1, as: SIMD16<UInt8>.self)
            if any((a .== firsts) .& (b .== lasts)) {
                for j in 0..<16 where text[i + j] == w0 && text[i + j + m - 1] == wl && verify(i + j) { return i + j }
            }
            i += 16
        }
        while i + m <= end {
            if text[i] == w0, text[i + m - 1] == wl, verify(i) { return i }
            i += 1
        }
        return nil
    }

    /// For each contact in `places`, one bit per word found in its text.
    func wordBits(_ words: [[UInt8]], contacts places: [Int32]) -> [UInt8] {
        let size = text.count, n = starts.count
        return text.withUnsafeBufferPointer { buffer in
            starts.withUnsafeBufferPointer { starts in
                places.map { p in
                    let k = Int(p), from = starts[k], end = k + 1 < n ? starts[k + 1] : size
                    var bits: UInt8 = 0
                    for (w, word) in words.enumerated() where word.withUnsafeBufferPointer({
                        Self.find($0, in: buffer.baseAddress!, from: from, to: end) != nil
                    }) { bits |= 1 << w }
                    return bits
                }
            }
        }
    }

    // MARK: Building

    /// The index of `contacts`: every contact's place in the text first (a string knows its
    /// length in UTF-8), then the text folded into it on two cores.
    static func build(_ contacts: [ResidentContact]) -> IndexedLog {
        var log = IndexedLog()
        let n = contacts.count
        log.starts.reserveCapacity(n)
        var size = 0
        for (k, c) in contacts.enumerated() {
            if k % chunkSize == 0 {
                if k > 0 { size += 1 }
                log.chunkStarts.append(size)
            }
            log.starts.append(size)
            size += length(c)
        }
        if n > 0 { size += 1 }
        log.text = [UInt8](repeating: 0, count: size)
        log.careful = [UInt8](repeating: 0, count: n)
        log.categories = contacts.map { ContactSearchIndex.categoryPlaces[$0.category]! }
        log.indexed = contacts.map(IndexedText.init)
        log.text.withUnsafeMutableBufferPointer { text in
            log.careful.withUnsafeMutableBufferPointer { careful in
                let text = SendablePointer(p: text.baseAddress!), careful = SendablePointer(p: careful.baseAddress!)
                let starts = log.starts
                DispatchQueue.concurrentPerform(iterations: n > 4 * chunkSize ? 2 : 1) { part in
                    let parts = n > 4 * chunkSize ? 2 : 1
                    for k in (n * part / parts)..<(n * (part + 1) / parts) where !write(contacts[k], to: text.p + starts[k]) {
                        careful.p[k] = 1
                    }
                }
            }
        }
        log.carefulCount = log.careful.reduce(0) { $0 + Int($1) }
        return log
    }

    /// Notices edited contacts (the careful way from now on) and appends new ones.
    mutating func catchUp(_ contacts: [ResidentContact]) {
        contacts.withUnsafeBufferPointer { cs in
            for k in 0..<count where careful[k] == 0 {
                let c = cs[k], was = indexed[k]
                if c.summary != was.summary || c.place != was.place || c.resident?.name != was.name
                    || ContactSearchIndex.categoryPlaces[c.category]! != categories[k] {
                    careful[k] = 1
                    carefulCount += 1
                }
            }
        }
        for c in contacts[count...] {
            // A new chunk after the last one's NUL, or the last one opened again.
            if count % Self.chunkSize == 0 { chunkStarts.append(text.count) } else { text.removeLast() }
            let start = text.count
            starts.append(start)
            categories.append(ContactSearchIndex.categoryPlaces[c.category]!)
            indexed.append(IndexedText(c))
            text.append(contentsOf: repeatElement(0, count: Self.length(c) + 1))
            let ok = text.withUnsafeMutableBufferPointer { Self.write(c, to: $0.baseAddress! + start) }
            careful.append(ok ? 0 : 1)
            carefulCount += ok ? 0 : 1
        }
    }

    /// The bytes a contact takes in the text: its three fields, each followed by 0x01.
    private static func length(_ c: ResidentContact) -> Int {
        c.summary.utf8.count + c.place.utf8.count + (c.resident?.name.utf8.count ?? 0) + 3
    }

    /// Writes the contact's fields folded, each followed by 0x01; false (and the place
    /// filled with 0x01, which no word holds) when a field cannot be folded byte by byte or
    /// holds a separator.
    private static func write(_ c: ResidentContact, to out: UnsafeMutablePointer<UInt8>) -> Bool {
        var at = 0
        func field(_ text: String) -> Bool {
            var text = text
            let ok = text.withUTF8 { bytes -> Bool in
                guard let base = bytes.baseAddress else { return true }
                guard memchr(base, 0, bytes.count) == nil && memchr(base, 1, bytes.count) == nil,
                      let k = FoldedSearch.fold(bytes, into: out + at) else { return false }
                // A folded letter can be shorter (ł → l): the rest of the field's room is separators.
                (out + at + k).update(repeating: 1, count: bytes.count - k)
                return true
            }
            at += text.utf8.count
            out[at] = 1
            at += 1
            return ok
        }
        guard field(c.summary), field(c.place), field(c.resident?.name ?? "") else {
            out.update(repeating: 1, count: length(c))
            return false
        }
        return true
    }
}

/// Pointers handed to the parallel workers, which read, or write bytes no other worker does.
private struct SendablePointer: @unchecked Sendable { let p: UnsafeMutablePointer<UInt8> }
private struct SendableBytes: @unchecked Sendable { let p: UnsafePointer<UInt8> }
private struct SendableInts: @unchecked Sendable { let p: UnsafePointer<Int> }
