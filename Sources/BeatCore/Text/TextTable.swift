/// A plain-text table, one line a row, laid out by display width with the column engine
/// (`ColumnLayout.fit`): each column wants its widest cell; on a narrower page the identity
/// column keeps its share, columns that may leave the line go under their rows (whole,
/// wrapped), minor text gives way, and cells are cut with `…`. A line never exceeds the width
/// it was given.
///
/// A city station lists 12,000 tasks or 300,000 contacts, so the table keeps its cells as
/// UTF-8 bytes in one buffer, each measured once when added, and lays lines out byte by byte
/// (`render(width:header:into:)`); text whose every character is one column and its own
/// grapheme (ASCII, Polish letters, dashes and „quotes”) is measured and cut without making a
/// `String`; any other takes the careful way through `DisplayWidth`, with the same result.
public struct TextTable {
    /// A column: its header, alignment and role in the layout (`TableColumn`).
    public typealias Column = TableColumn

    /// A cell: where its bytes in `text` end (they start where the previous cell's end), its
    /// display width, and how it may be cut.
    private struct Cell {
        var end: Int
        var width: Int32
        var kind: Kind
    }

    /// How a cell too wide for its column is cut.
    private enum Kind: UInt8 {
        /// Printable ASCII: a character a byte.
        case ascii
        /// Every scalar plain (see `plainScalar`): a character a scalar, one column each.
        case plain
        /// Anything else: character by character through `DisplayWidth`.
        case careful
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

    /// The rows' cells, cleaned as `add` cleans them.
    public var rows: [[String]] {
        rowEnds.indices.map { k in cellRange(k).map { String(decoding: text[start(of: $0)..<cells[$0].end], as: UTF8.self) } }
    }

    /// Adds a row; every cell is cleaned with `SafeText.line`.
    public mutating func add(_ row: [String]) {
        for cell in row { append(cell) }
        rowEnds.append(cells.count)
    }

    /// Adds a cell to the row being built (`endRow` ends it): a long list's rows without an
    /// array each. The cell is cleaned with `SafeText.line`.
    public mutating func addCell(_ cell: String) { append(cell) }

    /// Ends the row that `addCell` built.
    public mutating func endRow() { rowEnds.append(cells.count) }

    /// Room for `rows` more rows of about `bytesEach` bytes, so a long list grows its buffers once.
    public mutating func reserve(rows: Int, bytesEach: Int = 64) {
        rowEnds.reserveCapacity(rowEnds.count + rows)
        cells.reserveCapacity(cells.count + rows * max(columns.count, 1))
        text.reserveCapacity(text.count + rows * bytesEach)
    }

    private func cellRange(_ row: Int) -> Range<Int> { (row == 0 ? 0 : rowEnds[row - 1])..<rowEnds[row] }

    private func start(of cell: Int) -> Int { cell == 0 ? 0 : cells[cell - 1].end }

    /// Appends one cell's cleaned bytes and measures them.
    private mutating func append(_ cell: String) {
        // The string's own bytes, not a copy (nil for a bridged string: the careful path reads it).
        let quick = cell.utf8.withContiguousStorageIfAvailable { buf -> (Int, Bool)? in
            guard let measured = TextTable.plainWidth(buf) else { return nil }
            text.append(contentsOf: buf)
            return measured
        } ?? nil
        if let (width, ascii) = quick {
            cells.append(Cell(end: text.count, width: Int32(clamping: width), kind: ascii ? .ascii : .plain))
            return
        }
        let clean = SafeText.line(cell)
        text.append(contentsOf: clean.utf8)
        cells.append(Cell(end: text.count, width: Int32(clamping: DisplayWidth.of(clean)), kind: .careful))
    }

    /// The display width of text that `SafeText.line` leaves as it is and whose every scalar
    /// is plain (see `plainScalar`): the number of scalars; and whether it is all ASCII. Nil
    /// for anything else.
    @inline(__always)
    static func plainWidth(_ buf: UnsafeBufferPointer<UInt8>) -> (width: Int, ascii: Bool)? {
        guard let base = buf.baseAddress else { return (0, true) }
        let n = buf.count
        var i = 0, scalars = 0
        var ascii = true
        let raw = UnsafeRawPointer(base)
        while i < n {
            let words = PrintableASCII.wordsEnd(raw, from: i, count: n)
            scalars += words - i
            i = words
            guard i < n else { break }
            guard let length = plainScalar(base, i, n) else { return nil }
            if length > 1 { ascii = false }
            i += length
            scalars += 1
        }
        return (scalars, ascii)
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

    /// Each column's widest cell, by display width (0 for a column no row reaches).
    public func widestCells() -> [Int] {
        var w = [Int](repeating: 0, count: columns.count)
        for k in rowEnds.indices {
            let r = cellRange(k)
            for c in 0..<min(r.count, columns.count) { w[c] = max(w[c], Int(cells[r.lowerBound + c].width)) }
        }
        return w
    }

    /// What each column wants: its widest cell or its header.
    public func idealWidths() -> [Int] {
        zip(widestCells(), columns).map { max($0, DisplayWidth.of($1.header)) }
    }

    /// The layout for a line of `width` columns.
    public func layout(fitting width: Int) -> ColumnLayout.Fit {
        ColumnLayout.fit(idealWidths(), columns: columns, gap: gap, width: width)
    }

    /// The column widths that fit `width` (0 for a column printed under its row).
    public func widths(fitting width: Int) -> [Int] { layout(fitting: width).widths }

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
        let fit = layout(fitting: width)
        let w = fit.widths
        let total = fit.total(gap: gap)
        var onLine = [Bool](repeating: true, count: columns.count)
        for m in fit.moved { onLine[m] = false }
        // A line never exceeds `width`: the columns fit it, unless even one column each is too wide.
        let fits = total <= width
        // The columns that left the line, by index: their cells go under the row.
        var movedColumn = [Bool](repeating: false, count: columns.count)
        for c in fit.moved where c < movedColumn.count { movedColumn[c] = true }
        // Lines are written straight into memory sized for the longest they can be: each cell
        // its bytes, padding up to its width and a `…`; gaps; a `…` and a newline a line; and
        // under the row, what left the line: indent, labels, separators, its cells, `…`, newline.
        let perLine = w.reduce(0, +) + (3 + gap) * columns.count + 4
        let headerBytes = columns.reduce(0) { $0 + $1.header.utf8.count }
        let indent = ColumnLayout.movedIndent(firstWidth: w.first ?? 0, gap: gap, width: width)
        // What left the line, wrapped under the row: its cells, labels and separators, and an
        // indent and a newline for each line it takes (at least one column of text a line).
        let underBytes = text.count + rowEnds.count * (headerBytes + 5 * fit.moved.count + 4)
        let underLines = underBytes / max(1, width - indent) + 2 * rowEnds.count
        let movedBytes = fit.moved.isEmpty ? 0 : underBytes + underLines * (indent + 1)
        let bound = text.count + rowEnds.count * perLine + movedBytes + (header ? headerBytes + perLine + max(0, min(total, width)) + 1 : 0)
        let base = out.count
        // Into `out` itself when it is empty (a list written alone); else beside it, then copied.
        if out.isEmpty {
            out = [UInt8](unsafeUninitializedCapacity: max(bound, 1)) { buf, n in
                n = fill(buf.baseAddress!)
            }
        } else {
            let memory = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bound, 1))
            defer { memory.deallocate() }
            let n = fill(memory)
            out.append(contentsOf: UnsafeBufferPointer(start: memory, count: n))
        }

        /// Writes the lines into `memory` (room for `bound` bytes); returns how many bytes.
        func fill(_ memory: UnsafeMutablePointer<UInt8>) -> Int {
            var line = LineWriter(memory)
            if header {
                // Headers are the table's own text, not cleaned; measured and cut the careful way.
                var headerText: [UInt8] = []
                var headerCells: [Cell] = []
                for c in columns {
                    headerText.append(contentsOf: c.header.utf8)
                    headerCells.append(Cell(end: headerText.count, width: Int32(clamping: DisplayWidth.of(c.header)), kind: .careful))
                }
                headerText.withUnsafeBufferPointer { src in
                    headerCells.withUnsafeBufferPointer { cs in
                        writeLine(cs, from: 0, src, widths: w, onLine: onLine, width: width, fits: fits, into: &line)
                    }
                }
                lineEnds.append(base + line.count - 1)
                line.put(0x2D, times: max(0, min(total, width)))
                line.put(10)
                lineEnds.append(base + line.count - 1)
            }
            text.withUnsafeBufferPointer { src in
                cells.withUnsafeBufferPointer { all in
                    var start = 0
                    for end in rowEnds {
                        let textStart = start == 0 ? 0 : all[start - 1].end
                        let row = UnsafeBufferPointer(rebasing: all[start..<end])
                        writeLine(row, from: textStart, src, widths: w, onLine: onLine, width: width, fits: fits, into: &line)
                        lineEnds.append(base + line.count - 1)
                        if !fit.moved.isEmpty {
                            // Under the row, the careful way: only a table short of room has this line.
                            // Only the cells that left the line are made strings; the rest stay bytes.
                            var values: [String] = []
                            var cellStart = textStart
                            for (k, cell) in row.enumerated() {
                                values.append(k < movedColumn.count && movedColumn[k] ? String(decoding: UnsafeBufferPointer(rebasing: src[cellStart..<cell.end]), as: UTF8.self) : "")
                                cellStart = cell.end
                            }
                            let under = ColumnLayout.movedText(values, fit: fit, columns: columns)
                            // Whole, over as many lines as it takes: what left the row is not cut.
                            for piece in under.isEmpty ? [] : DisplayWidth.wrap(under, width: max(1, width - indent)) {
                                line.put(0x20, times: indent)
                                line.put(piece)
                                line.put(10)
                                lineEnds.append(base + line.count - 1)
                            }
                        }
                        start = end
                    }
                }
            }
            // Never true: `bound` is the most a line can take. Checked even in a release
            // build, as the memory is written without bounds checks.
            precondition(line.count <= bound, "TextTable: lines outgrew the room made for them")
            return line.count
        }
    }

    /// One line: each column's cell padded (or cut with `…`) to its width, columns `gap`
    /// apart, columns not `onLine` skipped, trailing spaces dropped, the whole cut to `width`
    /// if the columns do not fit. `textStart`: where the row's first cell starts in `src`.
    private func writeLine(_ row: UnsafeBufferPointer<Cell>, from textStart: Int, _ src: UnsafeBufferPointer<UInt8>, widths w: [Int],
                           onLine: [Bool], width: Int, fits: Bool, into out: inout LineWriter) {
        let lineStart = out.count
        var cellStart = textStart
        var first = true
        for i in columns.indices {
            let cell = i < row.count ? row[i] : Cell(end: cellStart, width: 0, kind: .ascii)
            let bytes = UnsafeBufferPointer(rebasing: src[cellStart..<cell.end])
            cellStart = cell.end
            guard onLine[i] else { continue }
            if !first { out.put(0x20, times: gap) }
            first = false
            let cw = Int(cell.width)
            let right = columns[i].alignRight
            // A cell that fits is padded with spaces: measured once, not cut.
            if cw <= w[i] {
                if right { out.put(0x20, times: w[i] - cw) }
                out.put(bytes)
                if !right { out.put(0x20, times: w[i] - cw) }
            } else if let cut = TextTable.prefix(bytes, kind: cell.kind, columns: w[i] - 1) {
                // A character a column: the first w - 1 and `…` fill the width exactly.
                out.put(UnsafeBufferPointer(rebasing: bytes[..<cut]))
                out.put(0xE2)  // …
                out.put(0x80)
                out.put(0xA6)
            } else {
                out.put(DisplayWidth.pad(String(decoding: bytes, as: UTF8.self), to: w[i], alignRight: right))
            }
        }
        out.dropTrailingSpaces(from: lineStart)
        if !fits {
            let whole = out.string(from: lineStart)
            out.count = lineStart
            out.put(DisplayWidth.truncate(whole, to: width))
        }
        out.put(10)
    }

    /// Where the first `columns` characters of a cell end, when its kind says how to count
    /// them without `DisplayWidth`; nil for a careful cell, and for a width below zero.
    @inline(__always)
    private static func prefix(_ bytes: UnsafeBufferPointer<UInt8>, kind: Kind, columns: Int) -> Int? {
        guard columns >= 0 else { return nil }
        switch kind {
        case .ascii: return min(columns, bytes.count)
        case .plain:
            // Known plain when added: a scalar is a character; step over its bytes.
            var i = 0, scalars = 0
            while i < bytes.count, scalars < columns {
                let u = bytes[i]
                i += u < 0x80 ? 1 : u < 0xE0 ? 2 : u < 0xF0 ? 3 : 4
                scalars += 1
            }
            return min(i, bytes.count)
        case .careful: return nil
        }
    }
}

/// Bytes written one after another into memory sized for them beforehand (`TextTable.write`).
private struct LineWriter {
    let memory: UnsafeMutablePointer<UInt8>
    var count = 0

    init(_ memory: UnsafeMutablePointer<UInt8>) { self.memory = memory }

    @inline(__always)
    mutating func put(_ byte: UInt8) {
        memory[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func put(_ byte: UInt8, times n: Int) {
        guard n > 0 else { return }
        (memory + count).initialize(repeating: byte, count: n)
        count += n
    }

    @inline(__always)
    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
        (memory + count).initialize(from: from, count: bytes.count)
        count += bytes.count
    }

    mutating func put(_ text: String) {
        for b in text.utf8 { put(b) }
    }

    mutating func dropTrailingSpaces(from start: Int) {
        while count > start, memory[count - 1] == 0x20 { count -= 1 }
    }

    func string(from start: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: memory + start, count: count - start), as: UTF8.self)
    }
}
