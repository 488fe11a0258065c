/// A plain-text table laid out by display width, taskwarrior-style: each column wants its
/// ideal width (the widest cell); when the page is narrower, the flexible columns give up
/// columns, widest first, down to their minimum, and cells are cut with `…`. A line never
/// exceeds the width it was given.
///
/// A city station lists 12,000 tasks or 300,000 contacts, so the table keeps its cells as
/// UTF-8 bytes in one buffer, each measured once when added, and lays lines out byte by byte
/// (`render(width:header:into:)`); text that is all ASCII or Latin (every character one
/// column, its own grapheme) is measured and cut without making a `String`.
public struct TextTable {
    public struct Column {
        public var header: String
        public var alignRight: Bool
        /// Whether this column may shrink below its ideal width (long free text).
        public var flexible: Bool
        public var minWidth: Int

        public init(_ header: String, alignRight: Bool = false, flexible: Bool = false, minWidth: Int = 4) {
            self.header = header
            self.alignRight = alignRight
            self.flexible = flexible
            self.minWidth = minWidth
        }
    }

    /// A cell: its bytes in `text` and its display width.
    private struct Cell {
        var start: Int
        var end: Int
        var width: Int
    }

    public var columns: [Column]
    /// Spaces between columns.
    public var gap = 2

    /// Every cell's bytes, cleaned, one after another.
    private var text: [UInt8] = []
    private var cells: [Cell] = []
    /// Where each row's cells end in `cells` (rows may have fewer or more cells than columns).
    private var rowEnds: [Int] = []

    public init(_ columns: [Column]) { self.columns = columns }

    /// The rows' cells, cleaned as `add` cleans them; setting them adds each row anew.
    public var rows: [[String]] {
        get {
            rowEnds.indices.map { k in cellRange(k).map { String(decoding: text[cells[$0].start..<cells[$0].end], as: UTF8.self) } }
        }
        set {
            text = []
            cells = []
            rowEnds = []
            for r in newValue { add(r) }
        }
    }

    /// Adds a row; every cell is cleaned with `SafeText.line`.
    public mutating func add(_ row: [String]) {
        for cell in row { append(cell) }
        rowEnds.append(cells.count)
    }

    /// Room for `rows` more rows of about `bytesEach` bytes, so a long list grows its buffers once.
    public mutating func reserve(rows: Int, bytesEach: Int = 64) {
        rowEnds.reserveCapacity(rowEnds.count + rows)
        cells.reserveCapacity(cells.count + rows * max(columns.count, 1))
        text.reserveCapacity(text.count + rows * bytesEach)
    }

    private func cellRange(_ row: Int) -> Range<Int> { (row == 0 ? 0 : rowEnds[row - 1])..<rowEnds[row] }

    /// Appends one cell's cleaned bytes and measures them.
    private mutating func append(_ cell: String) {
        let start = text.count
        var s = cell
        // Native strings are contiguous already: this does not copy them.
        let quick = s.withUTF8 { buf -> Int? in
            guard let width = TextTable.plainWidth(buf) else { return nil }
            text.append(contentsOf: buf)
            return width
        }
        if let quick {
            cells.append(Cell(start: start, end: text.count, width: quick))
            return
        }
        let clean = SafeText.line(cell)
        text.append(contentsOf: clean.utf8)
        cells.append(Cell(start: start, end: text.count, width: DisplayWidth.of(clean)))
    }

    /// The display width of text that `SafeText.line` leaves as it is and whose every scalar
    /// is plain (see `plainScalar`): the number of scalars. Nil for anything else.
    @inline(__always)
    static func plainWidth(_ buf: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = buf.baseAddress else { return 0 }
        let n = buf.count
        var i = 0, scalars = 0
        let raw = UnsafeRawPointer(base)
        while i < n {
            // Eight printable ASCII bytes at a time: no high bit, none below 0x20, none 0x7F.
            while i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                let del = w ^ 0x7F7F_7F7F_7F7F_7F7F
                if (w | ((w &- 0x2020_2020_2020_2020) & ~w) | ((del &- ones) & ~del)) & highs != 0 { break }
                i += 8
                scalars += 8
            }
            guard i < n else { break }
            guard let length = plainScalar(base, i, n) else { return nil }
            i += length
            scalars += 1
        }
        return scalars
    }

    /// The length in bytes of the scalar at `i` when it is plain — one column, its own grapheme
    /// (nothing joins it: text holding any scalar that could is not plain), and left as it is
    /// by `SafeText.line` — else nil. Plain: printable ASCII; U+00A0–U+02FF (Latin-1, Latin
    /// Extended: Polish letters); U+2010–U+2027 (dashes, „quotes”, •, …) — a list's text.
    @inline(__always)
    static func plainScalar(_ base: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Int? {
        let u = base[i]
        if u < 0x80 { return u < 0x20 || u == 0x7F ? nil : 1 }
        if u >= 0xC2, u < 0xCC, i + 1 < n {
            let v = base[i + 1]
            return v & 0xC0 != 0x80 || (u == 0xC2 && v < 0xA0) ? nil : 2
        }
        if u == 0xE2, i + 2 < n, base[i + 1] == 0x80, base[i + 2] >= 0x90, base[i + 2] <= 0xA7 { return 3 }
        return nil
    }

    private func measuredWidth(_ column: Int) -> Int {
        var w = DisplayWidth.of(columns[column].header)
        for k in rowEnds.indices {
            let r = cellRange(k)
            if column < r.count { w = max(w, cells[r.lowerBound + column].width) }
        }
        return w
    }

    /// The column widths that fit `width`.
    public func widths(fitting width: Int) -> [Int] {
        var w = columns.indices.map(measuredWidth)
        let total = { w.reduce(0, +) + gap * max(0, w.count - 1) }
        // Shrink flexible columns first, then any column, widest first, one column at a time.
        for pass in 0..<2 {
            while total() > width {
                let candidates = w.indices.filter { (pass == 1 || columns[$0].flexible) && w[$0] > min(columns[$0].minWidth, w[$0]) && w[$0] > 1 }
                guard let widest = candidates.max(by: { w[$0] < w[$1] }) else { break }
                let floor = pass == 0 ? columns[widest].minWidth : 1
                if w[widest] <= floor { break }
                w[widest] -= 1
            }
        }
        return w
    }

    /// The table as lines, header and a rule first, each line at most `width` columns.
    public func render(width: Int, header: Bool = true) -> [String] {
        var out: [UInt8] = []
        var ends: [Int] = []
        write(width: width, header: header, into: &out, lineEnds: &ends)
        var lines: [String] = []
        lines.reserveCapacity(ends.count)
        var start = 0
        for end in ends {
            lines.append(String(decoding: out[start..<end], as: UTF8.self))
            start = end + 1
        }
        return lines
    }

    /// Appends the table's lines to `out`, each ended by a newline: the same lines as
    /// `render(width:header:)`, without a `String` per line or per cell.
    public func render(width: Int, header: Bool = true, into out: inout [UInt8]) {
        var ends: [Int] = []
        write(width: width, header: header, into: &out, lineEnds: &ends)
    }

    /// `lineEnds` gets where each line's newline is (a header may hold one of its own).
    private func write(width: Int, header: Bool, into out: inout [UInt8], lineEnds: inout [Int]) {
        let w = widths(fitting: width)
        let total = w.reduce(0, +) + gap * max(0, w.count - 1)
        // A line never exceeds `width`: the columns fit it, unless even one column each is too wide.
        let fits = total <= width
        out.reserveCapacity(out.count + (rowEnds.count + 2) * (max(0, min(width, total)) + 1))
        if header {
            var headerText: [UInt8] = []
            var headerCells: [Cell] = []
            for c in columns {
                let start = headerText.count
                headerText.append(contentsOf: c.header.utf8)
                headerCells.append(Cell(start: start, end: headerText.count, width: DisplayWidth.of(c.header)))
            }
            headerText.withUnsafeBufferPointer { src in
                headerCells.withUnsafeBufferPointer { cs in writeLine(cs, src, widths: w, width: width, fits: fits, into: &out) }
            }
            lineEnds.append(out.count - 1)
            out.append(contentsOf: repeatElement(0x2D, count: max(0, min(total, width))))
            out.append(10)
            lineEnds.append(out.count - 1)
        }
        text.withUnsafeBufferPointer { src in
            cells.withUnsafeBufferPointer { all in
                var start = 0
                for end in rowEnds {
                    writeLine(UnsafeBufferPointer(rebasing: all[start..<end]), src, widths: w, width: width, fits: fits, into: &out)
                    lineEnds.append(out.count - 1)
                    start = end
                }
            }
        }
    }

    /// One line: each column's cell padded (or cut with `…`) to its width, columns `gap`
    /// apart, trailing spaces dropped, the whole cut to `width` if the columns do not fit.
    private func writeLine(_ row: UnsafeBufferPointer<Cell>, _ src: UnsafeBufferPointer<UInt8>, widths w: [Int], width: Int, fits: Bool,
                           into out: inout [UInt8]) {
        let lineStart = out.count
        for i in columns.indices {
            let cell = i < row.count ? row[i] : Cell(start: 0, end: 0, width: 0)
            let bytes = UnsafeBufferPointer(rebasing: src[cell.start..<cell.end])
            let right = columns[i].alignRight
            // A cell that fits is padded with spaces: measured once, not cut.
            if cell.width <= w[i] {
                if right { out.append(contentsOf: repeatElement(0x20, count: w[i] - cell.width)) }
                out.append(contentsOf: bytes)
                if !right { out.append(contentsOf: repeatElement(0x20, count: w[i] - cell.width)) }
            } else if let cut = TextTable.plainPrefix(bytes, columns: w[i] - 1) {
                // Every character one column: the first w - 1 and `…` fill the width exactly.
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<cut]))
                out.append(0xE2)  // …
                out.append(0x80)
                out.append(0xA6)
            } else {
                out.append(contentsOf: DisplayWidth.pad(String(decoding: bytes, as: UTF8.self), to: w[i], alignRight: right).utf8)
            }
            if i < columns.count - 1 { out.append(contentsOf: repeatElement(0x20, count: gap)) }
        }
        while out.count > lineStart, out[out.count - 1] == 0x20 { out.removeLast() }
        if !fits {
            let line = String(decoding: out[lineStart...], as: UTF8.self)
            out.removeSubrange(lineStart...)
            out.append(contentsOf: DisplayWidth.truncate(line, to: width).utf8)
        }
        out.append(10)
    }

    /// Where the first `columns` characters of `bytes` end, when every scalar of it is plain
    /// (see `plainScalar`: one column and one character each); nil otherwise, and for a width
    /// below zero (the careful path handles those).
    static func plainPrefix(_ bytes: UnsafeBufferPointer<UInt8>, columns: Int) -> Int? {
        guard columns >= 0 else { return nil }
        guard let base = bytes.baseAddress else { return 0 }
        var i = 0, scalars = 0, cut = -1
        while i < bytes.count {
            if scalars == columns, cut < 0 { cut = i }
            guard let length = plainScalar(base, i, bytes.count) else { return nil }
            i += length
            scalars += 1
        }
        return cut < 0 ? bytes.count : cut
    }
}

