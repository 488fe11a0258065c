/// A column of a table, as the layout sees it.
///
/// Every table Beat shows lays out through `ColumnLayout`: the command line's lists
/// (`TextTable`, one line a row), the printouts (`ReportTextTable`, cells that wrap) and the
/// interface's lists. Each measures its cells by display width — the widest is what a column
/// wants (its ideal), taskwarrior-style — and the layout hands out the line's columns by role.
public struct TableColumn: Sendable, Equatable {
    /// How a column takes part when a line is short of room.
    public enum Role: Sendable, Equatable {
        /// The text that tells one row from another: a task's title, a contact's summary, an
        /// officer's name. It keeps its share of the line (half, or all it needs; see
        /// `ColumnLayout.identityShare`) while minor columns give way, and is cut last.
        case identity
        /// Minor free text (a place, a category, a beat): gives way first, down to `minWidth`.
        case text
        /// Numbers, days, short words: as wide as measured, cut only when nothing else is left.
        case fixed
    }

    public var header: String
    public var alignRight: Bool
    public var role: Role
    /// The narrowest the column gets before anything is cut.
    public var minWidth: Int
    /// On a line too narrow for every column, the column may leave it, lowest number first:
    /// the command line prints it under its row, the interface leaves it to the detail pane.
    /// Nil: the column stays on the line.
    public var leaves: Int?

    public init(_ header: String, alignRight: Bool = false, role: Role = .fixed, minWidth: Int = 4, leaves: Int? = nil) {
        self.header = header
        self.alignRight = alignRight
        self.role = role
        self.minWidth = minWidth
        self.leaves = leaves
    }

    /// A column of free text (`flexible`: it may shrink below its ideal width) or not.
    public init(_ header: String, alignRight: Bool = false, flexible: Bool, minWidth: Int = 4) {
        self.init(header, alignRight: alignRight, role: flexible ? .text : .fixed, minWidth: minWidth)
    }
}

/// The column engine's rules: from what each column wants, the widths a line of a given
/// width gets. Pure functions of integers; the tables measure, these decide, the tables draw.
public enum ColumnLayout {
    /// A line's layout.
    public struct Fit: Sendable, Equatable {
        /// Each column's width; 0 for one that left the line.
        public var widths: [Int]
        /// The columns that left the line, in column order.
        public var moved: [Int]

        /// The line's width: the columns on it and the gaps between them.
        public func total(gap: Int) -> Int {
            let shown = widths.indices.filter { !moved.contains($0) }
            return shown.reduce(0) { $0 + widths[$1] } + gap * max(0, shown.count - 1)
        }
    }

    /// The widths for one line a row in `width` columns, from each column's `ideal` width
    /// (its widest cell or header). When the ideal widths do not fit:
    /// 1. the identity column gives up what it does not need of its share (`identityShare`,
    ///    or its minimum when larger);
    /// 2. columns that may leave the line do, lowest `leaves` first, until the rest fits;
    /// 3. minor text gives way, widest first, down to its minimum;
    /// 4. the identity column goes below its share, down to its minimum;
    /// 5. any column wider than its minimum gives way, widest first.
    /// Room left over (a column that left freed more than was short) goes back to the
    /// identity column, then to minor text, up to what they want. When even that does not
    /// fit, the caller cuts the line at `width`.
    public static func fit(_ ideal: [Int], columns: [TableColumn], gap: Int, width: Int) -> Fit {
        var shown = Array(columns.indices)
        var moved: [Int] = []
        var w = ideal
        func total(_ w: [Int]) -> Int { shown.reduce(0) { $0 + w[$1] } + gap * max(0, shown.count - 1) }
        if total(w) <= width { return Fit(widths: w, moved: []) }
        func floor(_ i: Int) -> Int { min(columns[i].minWidth, ideal[i]) }
        let identity = columns.indices.first { columns[$0].role == .identity }
        if let i = identity {
            let share = min(ideal[i], max(columns[i].minWidth, identityShare(width)))
            shrink(&w, among: [i], room: width, total: total) { _ in share }
        }
        let leaving = columns.indices.filter { columns[$0].leaves != nil }
            .sorted { (columns[$0].leaves!, $0) < (columns[$1].leaves!, $1) }
        for c in leaving where total(w) > width {
            shown.removeAll { $0 == c }
            moved.append(c)
            w[c] = 0
        }
        shrink(&w, among: shown.filter { columns[$0].role == .text }, room: width, total: total, floor: floor)
        if let i = identity { shrink(&w, among: [i], room: width, total: total, floor: floor) }
        shrink(&w, among: shown, room: width, total: total, floor: floor)
        if let i = identity { grow(&w, among: [i], room: width, total: total) { ideal[$0] } }
        grow(&w, among: shown.filter { columns[$0].role == .text }, room: width, total: total) { ideal[$0] }
        return Fit(widths: w, moved: moved.sorted())
    }

    /// The columns an identity column keeps while others give way: half the line and one
    /// for the `…` of a cut text (41 of 79: 40 columns of the text itself), and on a line
    /// wider than 120 a third of it — a wide line has room for minor columns at full width too.
    public static func identityShare(_ width: Int) -> Int {
        min((width + 1) / 2 + 1, max(41, width / 3))
    }

    /// Takes one column at a time from the widest of `among` (the first of equals) that is
    /// above its floor, until `total(w) <= room` or none is left above its floor.
    public static func shrink(_ w: inout [Int], among: [Int], room: Int, total: ([Int]) -> Int, floor: (Int) -> Int) {
        while total(w) > room {
            guard let i = among.filter({ w[$0] > floor($0) }).max(by: { w[$0] < w[$1] }) else { return }
            w[i] -= 1
        }
    }

    /// Gives one column at a time to the narrowest of `among` (the first of equals) that is
    /// below its ceiling, while `total(w) < room`.
    public static func grow(_ w: inout [Int], among: [Int], room: Int, total: ([Int]) -> Int, ceiling: (Int) -> Int) {
        while total(w) < room {
            guard let i = among.filter({ w[$0] < ceiling($0) }).min(by: { w[$0] < w[$1] }) else { return }
            w[i] += 1
        }
    }

    /// One line of cells, each padded (or cut with `…`) to its column's width, columns `gap`
    /// apart, columns that left the line skipped, trailing spaces dropped, the whole cut to
    /// `width` when even the narrowest columns do not fit — the careful way (`TextTable` writes
    /// the same bytes its fast way). Cells are shown as given: clean them with `SafeText.line` first.
    public static func line(_ cells: [String], fit: Fit, columns: [TableColumn], gap: Int, width: Int) -> String {
        var s = ""
        var first = true
        for i in columns.indices where !fit.moved.contains(i) {
            if !first { s += String(repeating: " ", count: gap) }
            first = false
            let cell = i < cells.count ? cells[i] : ""
            s += DisplayWidth.pad(cell, to: fit.widths[i], alignRight: columns[i].alignRight)
        }
        while s.utf8.last == 32 { s.removeLast() }
        return fit.total(gap: gap) <= width ? s : DisplayWidth.truncate(s, to: width)
    }

    /// What the columns that left the line hold, for a line under the row: `Label: value`,
    /// joined by ` · `; empty cells and `—` are left out.
    public static func movedText(_ cells: [String], fit: Fit, columns: [TableColumn]) -> String {
        fit.moved.compactMap { c -> String? in
            guard c < cells.count, !cells[c].isEmpty, cells[c] != "—" else { return nil }
            return columns[c].header.isEmpty ? cells[c] : columns[c].header + ": " + cells[c]
        }.joined(separator: " · ")
    }

    /// How far a line under a row is indented: under the second column when that leaves
    /// room for 30 columns of text, else by two.
    public static func movedIndent(firstWidth: Int, gap: Int, width: Int) -> Int {
        width - (firstWidth + gap) >= 30 ? firstWidth + gap : 2
    }
}

// MARK: Tables whose cells wrap (printouts)

extension ColumnLayout {
    /// A part of a table split to fit a page: its columns and their widths.
    public struct Part: Sendable, Equatable {
        public var columns: [Int]
        public var widths: [Int]
    }

    /// Widths for the columns `shown` of a table whose text cells wrap (any role but
    /// `fixed`), so that nothing is cut: `cells` is each column's widest cell. Text first
    /// gives way down to a comfortable 30 (or its minimum); then every header wider than its
    /// column's cells wraps (all of them, so that alike columns look alike); then text down to
    /// its minimum or its header's longest word. A header left on more than two lines gets
    /// the room for two when there is room; what is left goes back to text. Nil when the
    /// columns cannot fit without cutting.
    public static func fitWrapping(_ shown: [Int], cells allCells: [Int], columns allColumns: [TableColumn], gap: Int, width: Int) -> [Int]? {
        let cols = shown.map { allColumns[$0] }
        let cells = shown.map { allCells[$0] }
        let ideal = shown.indices.map { max(cells[$0], DisplayWidth.of(cols[$0].header)) }
        var w = ideal
        let room = width - gap * (shown.count - 1)
        let sum: ([Int]) -> Int = { $0.reduce(0, +) }
        let text = shown.indices.filter { cols[$0].role != .fixed }
        shrink(&w, among: text, room: room, total: sum) { min(ideal[$0], max(cols[$0].minWidth, 30)) }
        if sum(w) > room {
            for i in w.indices where cols[i].role == .fixed { w[i] = min(w[i], max(cells[i], longestWord(cols[i].header))) }
        }
        shrink(&w, among: text, room: room, total: sum) { min(ideal[$0], max(cols[$0].minWidth, longestWord(cols[$0].header))) }
        guard sum(w) <= room else { return nil }
        for i in w.indices where cols[i].role == .fixed && wrapHeader(cols[i].header, width: w[i]).count > 2 {
            let full = DisplayWidth.of(cols[i].header)
            if let two = (w[i]...max(w[i], full)).first(where: { wrapHeader(cols[i].header, width: $0).count <= 2 }),
               sum(w) + two - w[i] <= room {
                w[i] = two
            }
        }
        grow(&w, among: text, room: room, total: sum) { ideal[$0] }
        return w
    }

    /// Widths for a page too narrow for anything better: every column shrinks, cells are cut.
    public static func squeeze(_ shown: [Int], cells: [Int], columns: [TableColumn], gap: Int, width: Int) -> [Int] {
        var w = shown.map { max(cells[$0], DisplayWidth.of(columns[$0].header)) }
        let room = max(shown.count, width - gap * (shown.count - 1))
        shrink(&w, among: Array(w.indices), room: room, total: { $0.reduce(0, +) }) { _ in 1 }
        return w
    }

    /// The columns `shown` in parts that fit `width`, each part after the first led by the
    /// first column (a wrapping table's rows are told apart by it); evened out when that fits.
    public static func split(_ shown: [Int], cells: [Int], columns: [TableColumn], gap: Int, width: Int) -> [Part] {
        func fit(_ c: [Int]) -> [Int]? { fitWrapping(c, cells: cells, columns: columns, gap: gap, width: width) }
        func squeezed(_ c: [Int]) -> [Int] { squeeze(c, cells: cells, columns: columns, gap: gap, width: width) }
        if let w = fit(shown) { return [Part(columns: shown, widths: w)] }
        guard shown.count > 2 else { return [Part(columns: shown, widths: squeezed(shown))] }
        let key = shown[0]
        var parts: [Part] = []
        var current = [key]
        for c in shown.dropFirst() {
            if fit(current + [c]) != nil {
                current.append(c)
                continue
            }
            if current.count > 1 {
                parts.append(Part(columns: current, widths: fit(current)!))
                current = [key]
            }
            if fit([key, c]) != nil {
                current = [key, c]
            } else {
                parts.append(Part(columns: [key, c], widths: squeezed([key, c])))
            }
        }
        if current.count > 1 {
            parts.append(Part(columns: current, widths: fit(current) ?? squeezed(current)))
        }
        // As many parts, but evened out, when that fits: not five columns and then one.
        let rest = Array(shown.dropFirst())
        let per = (rest.count + parts.count - 1) / max(1, parts.count)
        if parts.count > 1, per > 0 {
            let even = stride(from: 0, to: rest.count, by: per).map { [key] + rest[$0..<min(rest.count, $0 + per)] }
            let fitted = even.map { ($0, fit($0)) }
            if fitted.count == parts.count, fitted.allSatisfy({ $0.1 != nil }) {
                return fitted.map { Part(columns: $0.0, widths: $0.1!) }
            }
        }
        return parts
    }

    static func longestWord(_ text: String) -> Int {
        headerPieces(text).map { DisplayWidth.of($0.text) }.max() ?? 0
    }

    /// A header's pieces for wrapping: words, and a hyphenated word split after its hyphens
    /// (`2026-06` → `2026-`, `06`), each saying whether a space precedes it.
    static func headerPieces(_ text: String) -> [(text: String, spaced: Bool)] {
        var out: [(String, Bool)] = []
        for word in text.split(separator: " ") {
            var piece = ""
            var first = true
            for ch in word {
                piece.append(ch)
                if ch == "-", piece.count > 1 {
                    out.append((piece, first))
                    first = false
                    piece = ""
                }
            }
            if !piece.isEmpty { out.append((piece, first)) }
        }
        return out
    }

    /// A header wrapped into lines of `width`, breaking at spaces and after hyphens.
    public static func wrapHeader(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for (piece, spaced) in headerPieces(text) {
            let joined = line.isEmpty ? piece : line + (spaced ? " " : "") + piece
            if DisplayWidth.of(joined) <= width || line.isEmpty {
                line = joined
            } else {
                lines.append(line)
                line = piece
            }
        }
        lines.append(line)
        return lines.flatMap { DisplayWidth.of($0) <= width ? [$0] : DisplayWidth.wrap($0, width: width) }
    }
}
