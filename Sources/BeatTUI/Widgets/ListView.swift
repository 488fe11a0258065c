/// The one scrolling list every screen uses: which row is selected and which rows show.
/// Only the visible rows are ever drawn, so a list of 300,000 contacts costs what 20 do.
struct ListView: Equatable, Sendable {
    var selected = 0
    var offset = 0

    /// The selected one of `rows` (the last when the selection is past the end: the rows
    /// changed since), nil when there are none.
    func selectedItem<Rows: RandomAccessCollection>(in rows: Rows) -> Rows.Element? {
        rows.isEmpty ? nil : rows[rows.index(rows.startIndex, offsetBy: min(selected, rows.count - 1))]
    }

    /// Moves the selection for a list action; true when the action was a movement.
    mutating func move(_ action: Action, count: Int, page: Int) -> Bool {
        guard count > 0 else { selected = 0; offset = 0; return [.up, .down, .pageUp, .pageDown, .top, .bottom].contains(action) }
        switch action {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(count - 1, selected + 1)
        case .pageUp: selected = max(0, selected - max(1, page - 1))
        case .pageDown: selected = min(count - 1, selected + max(1, page - 1))
        case .top: selected = 0
        case .bottom: selected = count - 1
        default: return false
        }
        return true
    }

    /// Moves off rows that cannot be selected (headings), in the direction of travel, or
    /// back the other way at the end of the list.
    mutating func skipToSelectable(_ selectable: [Bool], forward: Bool) {
        guard selectable.contains(true) else { return }
        var i = min(max(0, selected), selectable.count - 1)
        let step = forward ? 1 : -1
        while i >= 0, i < selectable.count, !selectable[i] { i += step }
        if i < 0 || i >= selectable.count {
            i = min(max(0, selected), selectable.count - 1)
            while i >= 0, i < selectable.count, !selectable[i] { i -= step }
        }
        if i >= 0 && i < selectable.count { selected = i }
    }

    /// Moves the selection for a list action and keeps it in view: true when it was a movement.
    mutating func scroll(_ action: Action, count: Int, height: Int) -> Bool {
        guard move(action, count: count, page: height) else { return false }
        clamp(count: count, height: height)
        return true
    }

    /// Keeps the selection inside the list and on screen for a list of `count` rows shown
    /// `height` at a time.
    mutating func clamp(count: Int, height: Int) {
        selected = count == 0 ? 0 : min(max(0, selected), count - 1)
        guard height > 0 else { offset = selected; return }
        if selected < offset { offset = selected }
        if selected >= offset + height { offset = selected - height + 1 }
        offset = max(0, min(offset, max(0, count - height)))
    }

    /// The indexes to draw in `height` rows (call `clamp` first).
    func visible(count: Int, height: Int) -> Range<Int> {
        let start = min(offset, count)
        return start..<min(count, start + max(0, height))
    }

    /// Draws rows into `rect`: `row(index, selected)` gives the text and style of one row.
    /// A scroll marker shows on the right edge when not everything fits.
    func draw(into canvas: inout Canvas, rect: Rect, count: Int, row: (Int, Bool) -> (String, Style)) {
        var view = self
        view.clamp(count: count, height: rect.height)
        for (k, i) in view.visible(count: count, height: rect.height).enumerated() {
            let (text, style) = row(i, i == view.selected)
            canvas.line(text, row: rect.row + k, in: rect, style: i == view.selected ? .selected : style)
        }
        if count > rect.height, rect.height > 0, rect.width > 2 {
            let pos = rect.row + (rect.height - 1) * view.selected / max(1, count - 1)
            canvas.put("▐", row: pos, col: rect.right - 1, style: .dim)
        }
    }
}
