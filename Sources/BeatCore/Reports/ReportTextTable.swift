/// A report table drawn in text for paper, laid out by the column engine (`ColumnLayout`):
/// each column wants its widest cell; on a narrower page the long-text columns give up room
/// first (their text wraps), then column headers wrap onto two lines, columns that may move
/// under their rows do, and when the columns still do not fit the table is split into parts
/// that each repeat the first column — numbers and days are never cut. Only a page too narrow
/// for the first column and one more cuts cells with `…`.
///
/// The widths come from the same engine as the command line's lists (`TextTable`, one line a
/// row); this draws what paper needs besides: wrapped cells, multi-line headers, split tables.
struct ReportTextTable {
    let table: ReportTable
    let width: Int
    let gap = 2
    /// The report's columns as the column engine sees them: long text wraps, the rest keeps its width.
    private let layoutColumns: [TableColumn]

    init(table: ReportTable, width: Int) {
        self.table = table
        self.width = width
        layoutColumns = table.columns.map { TableColumn($0.label, alignRight: $0.alignRight, role: $0.flexible ? .text : .fixed, minWidth: $0.minWidth) }
    }

    func chunks() -> [ReportTextRenderer.Chunk] {
        let rows = table.rows.map { $0.map(ReportTextRenderer.cell) }
        if rows.isEmpty {
            return [.init(lines: DisplayWidth.wrap(SafeText.line(table.emptyText), width: width))]
        }
        let total = table.total?.map(ReportTextRenderer.cell)
        let all = rows + (total.map { [$0] } ?? [])
        // Columns that may move under their rows do so, last first, before the table splits.
        let cells = widestCells(all)
        var visible = table.columns.indices.filter { table.columns[$0].role == .normal }
        var details = table.columns.indices.filter { table.columns[$0].role == .detail }
        while fit(visible, cells: cells) == nil, let i = visible.lastIndex(where: { table.columns[$0].canMoveUnder }) {
            details.insert(visible.remove(at: i), at: 0)
        }
        details.sort()
        let groups = ColumnLayout.split(visible, cells: cells, columns: layoutColumns, gap: gap, width: width)
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

    /// Each column's widest cell among `rows`, measured once.
    private func widestCells(_ rows: [[String]]) -> [Int] {
        var t = TextTable(layoutColumns)
        for r in rows { t.add(r) }
        return t.widestCells()
    }

    private func fit(_ columns: [Int], cells: [Int]) -> [Int]? {
        ColumnLayout.fitWrapping(columns, cells: cells, columns: layoutColumns, gap: gap, width: width)
    }

    // MARK: Lines

    /// The header, labels wrapped and aligned to the bottom, and a rule.
    private func headerLines(_ columns: [Int], _ w: [Int]) -> [String] {
        let labels = columns.enumerated().map { ColumnLayout.wrapHeader(table.columns[$0.element].label, width: w[$0.offset]) }
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
        let indent = ColumnLayout.movedIndent(firstWidth: firstWidth, gap: gap, width: width)
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
