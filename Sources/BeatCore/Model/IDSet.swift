/// A set of short text ids for membership tests in hot loops (checking 300,000 contacts):
/// `Set<String>` hashes with SipHash, which costs more than the rest of checking a contact;
/// this one hashes the bytes with FNV-1a into an open-addressed table.
struct IDSet {
    private var slots: [String?]
    private let mask: Int

    init(_ ids: some Sequence<String>) {
        let list = Array(ids)
        var size = 16
        while size < list.count * 2 { size *= 2 }
        slots = Array(repeating: nil, count: size)
        mask = size - 1
        for id in list where !contains(id) {
            var i = IDSet.hash(id) & mask
            while slots[i] != nil { i = (i + 1) & mask }
            slots[i] = id
        }
    }

    @inline(__always)
    static func hash(_ s: String) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    func contains(_ s: String) -> Bool {
        var i = IDSet.hash(s) & mask
        while let x = slots[i] {
            if x == s { return true }
            i = (i + 1) & mask
        }
        return false
    }
}
