/// One line of `journal.jsonl`: a change, who made it, when, and its sequence number.
/// The journal is also the audit trail.
public struct JournalEntry: Codable, Sendable, Equatable {
    public var seq: Int
    public var at: Timestamp
    public var by: String
    public var change: Change

    public init(seq: Int, at: Timestamp, by: String, change: Change) {
        self.seq = seq
        self.at = at
        self.by = by
        self.change = change
    }
}

/// Splits journal bytes into complete lines. Bytes after the last newline are an
/// unfinished (or torn) line, reported apart.
struct JournalLines {
    var lines: [ArraySlice<UInt8>] = []
    /// Bytes after the last newline, if any.
    var tail: ArraySlice<UInt8> = []
    /// Bytes consumed by complete lines.
    var consumed = 0

    init(_ bytes: [UInt8]) {
        var start = 0
        bytes.withUnsafeBufferPointer { buf in
            var i = 0
            let n = buf.count
            while i < n {
                if buf[i] == 10 {
                    lines.append(bytes[start..<i])
                    start = i + 1
                }
                i += 1
            }
        }
        consumed = start
        tail = bytes[start...]
    }
}
