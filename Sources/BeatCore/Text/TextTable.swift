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
    public var rows: [[String]] = []
    /// Spaces between columns.
    public var gap = 2

    public init(_ columns: [Column]) { self.columns = columns }

    /// Adds a row; every cell is cleaned with `SafeText.line`.
    public mutating func add(_ cells: [String]) {
        rows.append(cells.map(SafeText.line))
    }

    /// The column widths that fit `width`.
    public func widths(fitting width: Int) -> [Int] {
        var w = columns.indices.map { i in
            rows.reduce(DisplayWidth.of(columns[i].header)) { max($0, DisplayWidth.of(i < $1.count ? $1[i] : "")) }
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
        func line(_ cells: [String]) -> String {
            var s = ""
            for i in columns.indices {
                let cell = i < cells.count ? cells[i] : ""
                let last = i == columns.count - 1
                let padded = DisplayWidth.pad(cell, to: w[i], alignRight: columns[i].alignRight)
                s += last && !columns[i].alignRight ? trimRight(padded) : padded
                if !last { s += String(repeating: " ", count: gap) }
            }
            return DisplayWidth.truncate(trimRight(s), to: width)
        }
        if header {
            lines.append(line(columns.map(\.header)))
            lines.append(DisplayWidth.prefix(String(repeating: "-", count: w.reduce(0, +) + gap * max(0, w.count - 1)), fitting: width))
        }
        for r in rows { lines.append(line(r)) }
        return lines
    }

    private func trimRight(_ s: String) -> String {
        var t = Substring(s)
        while t.last == " " { t.removeLast() }
        return String(t)
    }
}
