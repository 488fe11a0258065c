/// A report table laid out in text, taskwarrior-style, by display width: each column wants
/// its ideal width; on a narrower page the long-text columns give up room first (their text
/// wraps), then column headers wrap onto two lines, and when the columns still do not fit
/// the table is split into parts that each repeat the first column — numbers and days are
/// never cut. Only a page too narrow for the first column and one more cuts cells with `…`.
///
/// `TextTable` (one line per row, cells cut) serves the command line's lists; printouts need
/// wrapped cells, multi-line headers and split tables, hence this layout.
struct ReportTextTable {
    let table: ReportTable
    let width: Int
    let gap = 2

    func chunks() -> [ReportTextRenderer.Chunk] {
        let rows = table.rows.map { $0.map(ReportTextRenderer.cell) }
        if rows.isEmpty {
            return [.init(lines: DisplayWidth.wrap(SafeText.line(table.emptyText), width: width))]
        }
        let total = table.total?.map(ReportTextRenderer.cell)
        let all = rows + (total.map { [$0] } ?? [])
        // Columns that may move under their rows do so, last first, before the table splits.
        var visible = table.columns.indices.filter { table.columns[$0].role == .normal }
        var details = table.columns.indices.filter { table.columns[$0].role == .detail }
        while fit(visible, rows: all) == nil, let i = visible.lastIndex(where: { table.columns[$0].canMoveUnder }) {
            details.insert(visible.remove(at: i), at: 0)
        }
        details.sort()
        let groups = split(visible, rows: all)
        var out: [ReportTextRenderer.Chunk] = []
        for (g, group) in groups.enumerated() {
            if g > 0 { out.append(.blank) }
            let w = group.widths
            let header = headerLines(group.columns, w)
            out.append(.init(lines: header, keepWithNext: true))
            for r in rows {
                var lines = rowLines(r, group.columns, w)
                if g == groups.count - 1 { lines += detailLines(r, details, firstWidth: w[0]) }
                out.append(.init(lines: lines, repeatHeader: header))
            }
            if let total {
                let rule = String(repeating: "-", count: w.reduce(0, +) + gap * (w.count - 1))
                out.append(.init(lines: [rule] + rowLines(total, group.columns, w), repeatHeader: header))
            }
        }
        return out
    }

    // MARK: Widths

    struct Group {
        var columns: [Int]
        var widths: [Int]
    }

    /// The columns in parts that fit `width`, each part after the first led by the first column.
    private func split(_ columns: [Int], rows: [[String]]) -> [Group] {
        if let w = fit(columns, rows: rows) { return [Group(columns: columns, widths: w)] }
        guard columns.count > 2 else { return [Group(columns: columns, widths: squeeze(columns, rows: rows))] }
        let key = columns[0]
        var groups: [Group] = []
        var current = [key]
        for c in columns.dropFirst() {
            if fit(current + [c], rows: rows) != nil {
                current.append(c)
                continue
            }
            if current.count > 1 {
                groups.append(Group(columns: current, widths: fit(current, rows: rows)!))
                current = [key]
            }
            if fit([key, c], rows: rows) != nil {
                current = [key, c]
            } else {
                groups.append(Group(columns: [key, c], widths: squeeze([key, c], rows: rows)))
            }
        }
        if current.count > 1 {
            groups.append(Group(columns: current, widths: fit(current, rows: rows) ?? squeeze(current, rows: rows)))
        }
        // As many parts, but evened out, when that fits: not five columns and then one.
        let rest = Array(columns.dropFirst())
        let per = (rest.count + groups.count - 1) / max(1, groups.count)
        if groups.count > 1, per > 0 {
            let even = stride(from: 0, to: rest.count, by: per).map { [key] + rest[$0..<min(rest.count, $0 + per)] }
            let fitted = even.map { ($0, fit($0, rows: rows)) }
            if fitted.count == groups.count, fitted.allSatisfy({ $0.1 != nil }) {
                return fitted.map { Group(columns: $0.0, widths: $0.1!) }
            }
        }
        return groups
    }

    private func widest(_ c: Int, _ rows: [[String]]) -> Int {
        rows.reduce(0) { max($0, DisplayWidth.of(c < $1.count ? $1[c] : "")) }
    }

    private func longestWord(_ text: String) -> Int {
        ReportTextTable.headerPieces(text).map { DisplayWidth.of($0.text) }.max() ?? 0
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
    static func wrapHeader(_ text: String, width: Int) -> [String] {
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

    /// Widths that fit without cutting anything, or nil.
    private func fit(_ columns: [Int], rows: [[String]]) -> [Int]? {
        let cols = columns.map { table.columns[$0] }
        let cells = columns.map { widest($0, rows) }
        var w = columns.indices.map { max(cells[$0], DisplayWidth.of(cols[$0].label)) }
        let room = width - gap * (columns.count - 1)
        func shrink(_ floor: (Int) -> Int) {
            while w.reduce(0, +) > room {
                guard let i = w.indices.filter({ w[$0] > floor($0) }).max(by: { w[$0] < w[$1] }) else { return }
                w[i] -= 1
            }
        }
        // Long text first, down to a comfortable width; then every header wider than its
        // column's values wraps (all of them, so that alike columns look alike); then long
        // text down to its minimum.
        shrink { i in cols[i].flexible ? min(w[i], max(cols[i].minWidth, 30)) : w[i] }
        if w.reduce(0, +) > room {
            for i in w.indices where !cols[i].flexible { w[i] = min(w[i], max(cells[i], longestWord(cols[i].label))) }
        }
        shrink { i in cols[i].flexible ? min(w[i], max(cols[i].minWidth, self.longestWord(cols[i].label))) : w[i] }
        guard w.reduce(0, +) <= room else { return nil }
        // Room left after the headers wrapped: first no header on more than two lines,
        // then the rest back to the long text.
        for i in w.indices where !cols[i].flexible && ReportTextTable.wrapHeader(cols[i].label, width: w[i]).count > 2 {
            let full = DisplayWidth.of(cols[i].label)
            if let two = (w[i]...max(w[i], full)).first(where: { ReportTextTable.wrapHeader(cols[i].label, width: $0).count <= 2 }),
               w.reduce(0, +) + two - w[i] <= room {
                w[i] = two
            }
        }
        let ideal = columns.indices.map { max(cells[$0], DisplayWidth.of(cols[$0].label)) }
        while w.reduce(0, +) < room,
              let i = w.indices.filter({ cols[$0].flexible && w[$0] < ideal[$0] }).min(by: { w[$0] < w[$1] }) {
            w[i] += 1
        }
        return w
    }

    /// Widths for a page too narrow for anything better: every column shrinks, cells are cut.
    private func squeeze(_ columns: [Int], rows: [[String]]) -> [Int] {
        var w = columns.map { max(widest($0, rows), DisplayWidth.of(table.columns[$0].label)) }
        let room = max(columns.count, width - gap * (columns.count - 1))
        while w.reduce(0, +) > room, let i = w.indices.filter({ w[$0] > 1 }).max(by: { w[$0] < w[$1] }) { w[i] -= 1 }
        return w
    }

    // MARK: Lines

    /// The header, labels wrapped and aligned to the bottom, and a rule.
    private func headerLines(_ columns: [Int], _ w: [Int]) -> [String] {
        let labels = columns.enumerated().map { ReportTextTable.wrapHeader(table.columns[$0.element].label, width: w[$0.offset]) }
        let height = labels.map(\.count).max() ?? 1
        let padded = labels.map { Array(repeating: "", count: height - $0.count) + $0 }
        var lines = (0..<height).map { line in
            join(columns.enumerated().map { i, c in
                DisplayWidth.pad(padded[i][line], to: w[i], alignRight: table.columns[c].alignRight)
            })
        }
        lines.append(String(repeating: "-", count: w.reduce(0, +) + gap * (w.count - 1)))
        return lines
    }

    private func rowLines(_ row: [String], _ columns: [Int], _ w: [Int]) -> [String] {
        let cells: [[String]] = columns.enumerated().map { i, c in
            let text = c < row.count ? row[c] : ""
            return table.columns[c].flexible ? ReportTextRenderer.wrap(text, width: w[i]) : [DisplayWidth.truncate(text, to: w[i])]
        }
        let height = cells.map(\.count).max() ?? 1
        return (0..<height).map { line in
            join(columns.enumerated().map { i, c in
                DisplayWidth.pad(line < cells[i].count ? cells[i][line] : "", to: w[i], alignRight: table.columns[c].alignRight)
            })
        }
    }

    /// Detail columns under the row, indented to the second column when there is room.
    private func detailLines(_ row: [String], _ details: [Int], firstWidth: Int) -> [String] {
        let indent = width - (firstWidth + gap) >= 30 ? firstWidth + gap : 2
        var out: [String] = []
        for c in details {
            guard c < row.count, case let value = row[c], !value.isEmpty, value != "—" else { continue }
            let text = table.columns[c].label + ": " + value
            out += DisplayWidth.wrap(text, width: width - indent).map { String(repeating: " ", count: indent) + $0 }
        }
        return out
    }

    private func join(_ cells: [String]) -> String {
        trimRight(cells.joined(separator: String(repeating: " ", count: gap)))
    }
}
