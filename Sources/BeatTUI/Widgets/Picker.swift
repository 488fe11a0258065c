import BeatCore
import Foundation

/// One option of a picker or a choice field.
struct Choice: Equatable, Sendable {
    var id: String
    var label: String

    init(_ id: String, _ label: String) {
        self.id = id
        self.label = label
    }
}

/// A list to choose from, narrowed as you type (case and Polish letters ignored:
/// "lodz" finds "Łódzka").
struct Picker: Equatable, Sendable {
    enum Outcome: Equatable {
        /// `ignored`: the key is none of the picker's.
        case none, chosen(Choice), cancelled, ignored
    }

    var title: String
    var options: [Choice]
    var filter = LineEditor()
    var list = ListView()

    init(title: String, options: [Choice], selected: String? = nil) {
        self.title = title
        self.options = options
        if let s = selected, let i = options.firstIndex(where: { $0.id == s }) { list.selected = i }
    }

    /// The options that match what was typed.
    var matching: [Choice] {
        let needle = Picker.fold(filter.text)
        guard !needle.isEmpty else { return options }
        return options.filter { Picker.fold($0.label).contains(needle) || Picker.fold($0.id).contains(needle) }
    }

    static func fold(_ s: String) -> String {
        s.replacingOccurrences(of: "ł", with: "l").replacingOccurrences(of: "Ł", with: "l")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Does what the key table made of a key in the `picker` and `editing` scopes.
    mutating func perform(_ action: Action, key: Key) -> Outcome {
        let items = matching
        switch action {
        case .cancel: return .cancelled
        case .choose:
            guard !items.isEmpty else { return .none }
            return .chosen(items[min(list.selected, items.count - 1)])
        case .up, .down, .pageUp, .pageDown:
            _ = list.move(action, count: items.count, page: 8)
            return .none
        default:
            let before = filter.text
            guard filter.perform(action, key: key) else { return .ignored }
            if filter.text != before { list = ListView() }
            return .none
        }
    }

    /// The scopes a picker reads keys in.
    static let scopes: [KeyScope] = [.picker, .editing]

    /// Draws the picker as a box in the middle of `bounds`.
    func draw(into canvas: inout Canvas, bounds: Rect) {
        let items = matching
        // Wide enough for its title and its longest item (within 70 columns and the screen).
        let widest = max(visibleWidth(title) + 4, (items.map { visibleWidth($0.label) }.max() ?? 20) + 6)
        let width = min(bounds.width - 2, max(30, min(70, widest)))
        let height = min(bounds.height - 2, max(6, min(items.count, 14) + 4))
        let box = bounds.centred(height: height, width: width)
        canvas.fill(box)
        canvas.box(box, title: title)
        let inner = box.inset(1)
        guard inner.height >= 2 else { return }
        canvas.put(L10n.typeToNarrow + " ", row: inner.row, col: inner.col, style: .dim, clip: inner)
        let labelWidth = visibleWidth(L10n.typeToNarrow) + 1
        let cursorCol = filter.drawLine(into: &canvas, row: inner.row, col: inner.col + labelWidth,
                                        width: max(1, inner.width - labelWidth), style: .input)
        canvas.cursor = (inner.row, cursorCol)
        let listRect = inner.droppingTop(1)
        if items.isEmpty {
            canvas.put(L10n.nothingMatches, row: listRect.row, col: listRect.col, style: .dim, clip: listRect)
            return
        }
        list.draw(into: &canvas, rect: listRect, count: items.count) { i, _ in (" " + items[i].label, .normal) }
    }
}
