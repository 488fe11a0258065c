import BeatCore

/// A list's columns on screen, laid out by the column engine (`ColumnLayout`) from what the
/// rows hold: the identifying text (a task's title, a contact's summary, a plan's title) gets
/// the room, minor columns give way first, and a column that may leave the line is left to
/// the detail pane. The last column of the list is kept for its scroll marker.
struct ListTable {
    static let gap = 1

    let columns: [TableColumn]
    /// Spaces between columns: two where cells of words would otherwise read as one phrase.
    let gap: Int
    let fit: ColumnLayout.Fit
    let width: Int

    /// `ideal`: each column's widest cell (`measure`); `width`: the list's.
    init(_ columns: [TableColumn], ideal: [Int], width: Int, gap: Int = ListTable.gap) {
        self.columns = columns
        self.gap = gap
        self.width = max(0, width - 1)
        let wanted = zip(ideal, columns).map { max($0, DisplayWidth.of($1.header)) }
        fit = ColumnLayout.fit(wanted, columns: columns, gap: gap, width: self.width)
    }

    /// Whether a column is on the line (not left to the detail pane).
    func shows(_ column: Int) -> Bool { !fit.moved.contains(column) }

    /// The heading row.
    var header: String { row(columns.map(\.header), clean: false) }

    /// One row: the cells padded or cut to their columns.
    func row(_ cells: [String], clean: Bool = true) -> String {
        ColumnLayout.line(clean ? cells.map(SafeText.line) : cells, fit: fit, columns: columns, gap: gap, width: width)
    }

    /// Each column's widest cell over `rows` (display width): what each column wants.
    static func measure<Rows: Collection>(_ rows: Rows, columns: Int, cells: (Rows.Element) -> [String]) -> [Int] {
        var w = [Int](repeating: 0, count: columns)
        for r in rows {
            for (i, c) in cells(r).prefix(columns).enumerated() { w[i] = max(w[i], DisplayWidth.of(c)) }
        }
        return w
    }
}
