import Crypto

/// SHA-256 checksums of backed-up files (swift-crypto), fed a piece at a time so a file is
/// never held whole: lower-case hex, the form `beat-backup.json` records.
struct Checksum {
    private var hasher = SHA256()

    mutating func update(_ bytes: UnsafeRawBufferPointer) { hasher.update(bufferPointer: bytes) }

    mutating func update(_ bytes: [UInt8]) { bytes.withUnsafeBytes { update($0) } }

    /// The digest as 64 lower-case hex digits.
    func hex() -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for b in hasher.finalize() {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The hex digest of `bytes`.
    static func hex(_ bytes: [UInt8]) -> String {
        var c = Checksum()
        c.update(bytes)
        return c.hex()
    }
}
