/// A plain-text table laid out by display width, taskwarrior-style: each column wants its
/// ideal width (the widest cell); when the page is narrower, the flexible columns give up
/// columns, widest first, down to their minimum, and cells are cut with `…`. A line never
/// exceeds the width it was given.
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

    public var columns: [Column]
    public var rows: [[String]] = [] {
        didSet { cellWidths = nil }
    }
    /// Each cell's display width, measured once when rows are added through `add` (nil once
    /// `rows` is changed directly: then cells are measured when laid out).
    private var cellWidths: [[Int]]? = []
    /// Spaces between columns.
    public var gap = 2

    public init(_ columns: [Column]) { self.columns = columns }

    /// Adds a row; every cell is cleaned with `SafeText.line`.
    public mutating func add(_ cells: [String]) {
        let clean = cells.map(SafeText.line)
        var known = cellWidths.take()  // held alone, so appending does not copy it
        rows.append(clean)
        if known != nil {
            known!.append(clean.map(DisplayWidth.of))
            cellWidths = known
        }
    }

    private func measured(_ row: Int, _ column: Int) -> Int {
        if let w = cellWidths, row < w.count, column < w[row].count { return w[row][column] }
        return column < rows[row].count ? DisplayWidth.of(rows[row][column]) : 0
    }

    /// The column widths that fit `width`.
    public func widths(fitting width: Int) -> [Int] {
        var w = columns.indices.map { i in
            rows.indices.reduce(DisplayWidth.of(columns[i].header)) { max($0, measured($1, i)) }
        }
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
        let w = widths(fitting: width)
        var lines: [String] = []
        // A line never exceeds `width`: the columns fit it, unless even one column each is too wide.
        let fits = w.reduce(0, +) + gap * max(0, w.count - 1) <= width
        func line(_ cells: [String], widths cellWidth: (Int) -> Int) -> String {
            var s = ""
            for i in columns.indices {
                let cell = i < cells.count ? cells[i] : ""
                let cw = cellWidth(i)
                // A cell that fits is padded with spaces: measured once, not cut.
                if cw <= w[i] {
                    if columns[i].alignRight { s += String(repeating: " ", count: w[i] - cw) + cell } else { s += cell + String(repeating: " ", count: w[i] - cw) }
                } else {
                    s += DisplayWidth.pad(cell, to: w[i], alignRight: columns[i].alignRight)
                }
                if i < columns.count - 1 { s += String(repeating: " ", count: gap) }
            }
            while s.utf8.last == 32 { s.removeLast() }
            return fits ? s : DisplayWidth.truncate(s, to: width)
        }
        if header {
            lines.append(line(columns.map(\.header)) { DisplayWidth.of(columns[$0].header) })
            lines.append(DisplayWidth.prefix(String(repeating: "-", count: w.reduce(0, +) + gap * max(0, w.count - 1)), fitting: width))
        }
        lines.reserveCapacity(lines.count + rows.count)
        for (k, r) in rows.enumerated() { lines.append(line(r) { measured(k, $0) }) }
        return lines
    }
}
