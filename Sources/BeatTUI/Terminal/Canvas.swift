import BeatCore

/// How a cell looks, by meaning; the terminal maps it to colours or, without colour, to
/// bold/reverse/underline so everything stays readable.
enum Style: Int, CaseIterable, Sendable {
    case normal, title, heading, selected, dim, overdue, warning, good, statusBar, key, input, frame
}

/// One cell of the screen: a character (or the right half of a wide one) and its style.
struct Cell: Equatable, Sendable {
    var char: Character
    var style: Style
    /// The second column of a two-column character: drawn by the cell before it.
    var continuation = false

    static let blank = Cell(char: " ", style: .normal)
}

/// A rectangle on the screen.
struct Rect: Equatable, Sendable {
    var row: Int
    var col: Int
    var height: Int
    var width: Int

    var bottom: Int { row + height }
    var right: Int { col + width }

    /// The rectangle without `n` rows at the top.
    func droppingTop(_ n: Int) -> Rect { Rect(row: row + n, col: col, height: max(0, height - n), width: width) }
    func droppingBottom(_ n: Int) -> Rect { Rect(row: row, col: col, height: max(0, height - n), width: width) }
    func inset(_ n: Int) -> Rect { Rect(row: row + n, col: col + n, height: max(0, height - 2 * n), width: max(0, width - 2 * n)) }
    /// Splits into a left part of `width` columns and the rest (after a gap of `gap`).
    func splitColumns(left: Int, gap: Int = 1) -> (Rect, Rect) {
        let l = min(left, width)
        return (Rect(row: row, col: col, height: height, width: l),
                Rect(row: row, col: col + l + gap, height: height, width: max(0, width - l - gap)))
    }
    /// A centred rectangle of at most the given size.
    func centred(height h: Int, width w: Int) -> Rect {
        let hh = min(h, height), ww = min(w, width)
        return Rect(row: row + (height - hh) / 2, col: col + (width - ww) / 2, height: hh, width: ww)
    }
}

/// What the screen should show: a grid of cells that screens draw into and a terminal
/// (curses or virtual) puts on display. Text is cleaned (`SafeText`) and clipped by display
/// width, so nothing from the store can reach the terminal as a control sequence or wrap.
struct Canvas: Equatable, Sendable {
    let rows: Int
    let cols: Int
    private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (in a form field), if anywhere.
    var cursor: (row: Int, col: Int)? {
        get { cursorRow.map { ($0, cursorCol) } }
        set { cursorRow = newValue?.row; cursorCol = newValue?.col ?? 0 }
    }
    private var cursorRow: Int?
    private var cursorCol = 0

    init(rows: Int, cols: Int) {
        self.rows = max(0, rows)
        self.cols = max(0, cols)
        cells = Array(repeating: .blank, count: self.rows * self.cols)
    }

    var bounds: Rect { Rect(row: 0, col: 0, height: rows, width: cols) }

    subscript(row: Int, col: Int) -> Cell {
        get { cells[row * cols + col] }
        set { cells[row * cols + col] = newValue }
    }

    static func == (a: Canvas, b: Canvas) -> Bool {
        a.rows == b.rows && a.cols == b.cols && a.cells == b.cells && a.cursorRow == b.cursorRow && a.cursorCol == b.cursorCol
    }

    /// Writes `text` at a position, clipped to `clip` (default: the row to the canvas edge).
    /// Returns the column after the last one written.
    @discardableResult
    mutating func put(_ text: String, row: Int, col: Int, style: Style = .normal, clip: Rect? = nil) -> Int {
        let area = clip ?? bounds
        guard row >= area.row, row < area.bottom, row >= 0, row < rows else { return col }
        let limit = min(area.right, cols)
        var c = col
        for ch in SafeText.line(text) {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if c + w > limit { break }
            if c >= max(0, area.col) {
                self[row, c] = Cell(char: ch, style: style)
                if w == 2 { self[row, c + 1] = Cell(char: " ", style: style, continuation: true) }
            }
            c += w
        }
        return c
    }

    /// Fills a rectangle with spaces in `style`.
    mutating func fill(_ r: Rect, style: Style = .normal) {
        for y in max(0, r.row)..<min(rows, r.bottom) {
            for x in max(0, r.col)..<min(cols, r.right) { self[y, x] = Cell(char: " ", style: style) }
        }
    }

    /// Writes a whole line in `style`, padded to the rectangle's width; text that does not fit
    /// ends in `…`, so a cut is never mistaken for the whole.
    mutating func line(_ text: String, row: Int, in r: Rect, style: Style = .normal) {
        fill(Rect(row: row, col: r.col, height: 1, width: r.width), style: style)
        let room = min(r.right, cols) - r.col
        put(DisplayWidth.truncate(SafeText.line(text), to: room), row: row, col: r.col, style: style, clip: r)
    }

    /// Puts `text` at the right end of a one-row rectangle, dimmed, if it fits after
    /// `existing` (what the row already shows) with two columns to spare; otherwise nothing.
    mutating func putRight(_ text: String, after existing: String, in r: Rect) {
        putRight([text], after: existing, in: r)
    }

    /// The first of `texts` (longest first) that fits right-aligned after `existing`.
    mutating func putRight(_ texts: [String], after existing: String, in r: Rect) {
        let used = visibleWidth(existing) + 2
        guard let text = texts.first(where: { used + visibleWidth($0) <= r.width }) else { return }
        put(text, row: r.row, col: r.right - visibleWidth(text), style: .dim, clip: r)
    }

    /// A box outline with an optional title.
    mutating func box(_ r: Rect, title: String? = nil, style: Style = .frame) {
        guard r.width >= 2, r.height >= 2 else { return }
        for x in r.col..<r.right {
            put("─", row: r.row, col: x, style: style)
            put("─", row: r.bottom - 1, col: x, style: style)
        }
        for y in r.row..<r.bottom {
            put("│", row: y, col: r.col, style: style)
            put("│", row: y, col: r.right - 1, style: style)
        }
        put("┌", row: r.row, col: r.col, style: style)
        put("┐", row: r.row, col: r.right - 1, style: style)
        put("└", row: r.bottom - 1, col: r.col, style: style)
        put("┘", row: r.bottom - 1, col: r.right - 1, style: style)
        if let title, r.width > 4 {
            put(" " + title + " ", row: r.row, col: r.col + 2, style: .title, clip: Rect(row: r.row, col: r.col + 1, height: 1, width: r.width - 2))
        }
    }

    /// The text of one row (continuation cells left out), for tests and screen dumps.
    func text(row: Int) -> String {
        var s = ""
        for x in 0..<cols where !self[row, x].continuation { s.append(self[row, x].char) }
        return s
    }

    /// The whole screen as text, trailing spaces trimmed.
    var text: String {
        (0..<rows).map { r in
            var line = Substring(text(row: r))
            while line.last == " " { line.removeLast() }
            return String(line)
        }.joined(separator: "\n")
    }
}

/// Columns `text` takes once the canvas has drawn it (cleaned of control characters first).
func visibleWidth(_ text: String) -> Int { DisplayWidth.of(SafeText.line(text)) }
