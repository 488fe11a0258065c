/// What the task and contact lists share: a `/` search line that narrows the list as you
/// type, the list with its heading row, and a detail pane beside it (wide terminals) or
/// under it (tall ones).
struct SearchableList: Sendable {
    var list = ListView()
    var search = LineEditor()
    var searching = false

    /// The text the list is narrowed by.
    var text: String { search.text }

    struct Layout {
        /// The line naming the filter in force, when one is.
        var filterRow: Int?
        var searchRow: Int?
        var header: Rect
        var list: Rect
        var detail: Rect?
    }

    /// Where things go in `body`. The detail pane goes to the right from `sideWidth` columns
    /// on, else below the list from `bottomMinHeight` rows on, `bottomHeight` rows high.
    func layout(_ body: Rect, filtered: Bool = false, sideWidth: Int?, bottomMinHeight: Int, bottomHeight: (Int) -> Int) -> Layout {
        var area = body
        var filterRow: Int?
        if filtered {
            filterRow = area.row
            area = area.droppingTop(1)
        }
        var searchRow: Int?
        if searching || !search.text.isEmpty {
            searchRow = area.row
            area = area.droppingTop(1)
        }
        var detail: Rect?
        if let side = sideWidth, area.width >= side {
            let (l, r) = area.splitColumns(left: area.width * 11 / 20)
            area = l
            detail = r
        } else if area.height >= bottomMinHeight {
            let h = bottomHeight(area.height)
            detail = Rect(row: area.bottom - h, col: area.col, height: h, width: area.width)
            area = area.droppingBottom(h)
        }
        return Layout(filterRow: filterRow, searchRow: searchRow, header: Rect(row: area.row, col: area.col, height: 1, width: area.width),
                      list: area.droppingTop(1), detail: detail)
    }

    /// The keys every searchable list handles alike: typing while the search line is open,
    /// moving in the list, `/`, and Esc clearing a kept search. True when the key was one of
    /// those (the caller then clamps the list to its new length).
    mutating func handleCommon(_ key: Key, action: Action?, count: Int, height: Int) -> Bool {
        if searching { return handleSearching(key, action: action, count: count, height: height) }
        guard let action else { return false }
        if list.move(action, count: count, page: height) { return true }
        return handleAction(action) != nil
    }

    /// An action of the key table's `search` or `editing` scope while the search line is
    /// open: Enter keeps the text, Esc clears it, arrows move in the list, the rest edits.
    /// False when the key was none of those.
    mutating func handleSearching(_ key: Key, action: Action?, count: Int, height: Int) -> Bool {
        let before = search.text
        switch action {
        case .keepSearch?: searching = false
        case .clearSearch?:
            searching = false
            search = LineEditor()
        case .up?, .down?, .pageUp?, .pageDown?:
            _ = list.move(action!, count: count, page: height)
        case let a?:
            guard search.perform(a, key: key) else { return false }
        case nil:
            return false
        }
        if search.text != before { list = ListView() }
        return true
    }

    /// `/` opens the search line; Esc outside it clears a kept search. Nil for other actions.
    mutating func handleAction(_ action: Action) -> Bool? {
        switch action {
        case .search:
            searching = true
            search.cursor = search.text.count
            return true
        case .back:
            guard !search.text.isEmpty else { return nil }
            search = LineEditor()
            list = ListView()
            return true
        default:
            return nil
        }
    }

    /// Draws the line naming the filter in force (`parts`), with the keys that clear and change it.
    private func drawFilter(into canvas: inout Canvas, layout: Layout, body: Rect, parts: [String]) {
        guard let r = layout.filterRow else { return }
        let row = Rect(row: r, col: body.col, height: 1, width: body.width)
        let long = L10n.filterLine(parts, clear: KeyMap.key(.back), change: KeyMap.key(.filter))
        canvas.line(DisplayWidth.of(long) <= body.width ? long : L10n.filterLineShort(parts), row: r, in: row, style: .warning)
    }

    /// Draws the search line, if open or kept.
    private func drawSearch(into canvas: inout Canvas, layout: Layout, body: Rect) {
        guard let r = layout.searchRow else { return }
        canvas.put("/ ", row: r, col: body.col, style: .heading)
        let c = search.drawLine(into: &canvas, row: r, col: body.col + 2, width: max(1, body.width - 2), style: searching ? .input : .normal)
        if searching { canvas.cursor = (r, c) }
    }

    /// Draws what stands over the list: the filter line, the search line and the columns' heading.
    func drawTop(into canvas: inout Canvas, layout: Layout, body: Rect, filter parts: [String], heading: String) {
        drawFilter(into: &canvas, layout: layout, body: body, parts: parts)
        drawSearch(into: &canvas, layout: layout, body: body)
        canvas.line(heading, row: layout.header.row, in: layout.header, style: .heading)
    }

    /// Draws a detail pane: a box titled `title` holding `lines`, wrapped.
    static func drawDetail(into canvas: inout Canvas, rect: Rect, title: String, lines: [TextView.Line]) {
        let boxed = rect.height >= 4 && rect.width >= 20
        if boxed { canvas.box(rect, title: title) }
        let inner = boxed ? rect.inset(1) : rect
        let wrapped = TextView(title: "", lines: lines).wrapped(width: inner.width)
        for (k, line) in wrapped.prefix(inner.height).enumerated() {
            canvas.line(line.text, row: inner.row + k, in: inner, style: line.style)
        }
    }

    /// Cells padded to their widths, joined by spaces; the second column (the number) right-aligned.
    static func row(_ widths: [Int], _ cells: [String]) -> String {
        zip(widths, cells).enumerated().map { i, wc in DisplayWidth.pad(SafeText.line(wc.1), to: wc.0, alignRight: i == 1) }
            .joined(separator: " ")
    }
}

import BeatCore
