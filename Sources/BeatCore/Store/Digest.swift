/// A fingerprint of a file's bytes, recorded in the manifest when Beat writes a snapshot,
/// so that a command reading only the head of `reference.json` can trust the rest without
/// reading it: bytes that match are the bytes Beat wrote, and Beat writes valid JSON. Any
/// other bytes — an edit by hand, a damaged disk — are checked the slow way.
///
/// Not cryptographic: it guards against accidents, not against someone forging a file.
/// Four lanes of 64-bit multiply-xorshift over eight-byte words, so it runs at memory speed.
/// The form is `fx64:<hex>:<size>`; the algorithm must never change for a given name.
enum Digest {
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344, 0xA409_3822_299F_31D0, 0x082E_FA98_EC4E_6C89)
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        let n = bytes.count
        var i = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 32 <= n {
                lanes.0 = (lanes.0 ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* k
                lanes.1 = (lanes.1 ^ raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)) &* k
                lanes.2 = (lanes.2 ^ raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self)) &* k
                lanes.3 = (lanes.3 ^ raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)) &* k
                lanes.0 ^= lanes.0 >> 29
                lanes.1 ^= lanes.1 >> 29
                lanes.2 ^= lanes.2 >> 29
                lanes.3 ^= lanes.3 >> 29
                i += 32
            }
        }
        var h = lanes.0 ^ (lanes.1 &* 3) ^ (lanes.2 &* 5) ^ (lanes.3 &* 7)
        while i < n {
            h = (h ^ UInt64(bytes[i])) &* k
            h ^= h >> 29
            i += 1
        }
        h = (h ^ UInt64(n)) &* k
        h ^= h >> 32
        let hex = String(h, radix: 16)
        return "fx64:" + String(repeating: "0", count: 16 - hex.count) + hex + ":\(n)"
    }

    static func of(_ bytes: [UInt8]) -> String { bytes.withUnsafeBufferPointer { of($0) } }
}
