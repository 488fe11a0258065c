import BeatCore

/// A form: labelled fields, one focused. Tab/↓ next field, Shift-Tab/↑ previous, Enter on
/// a list field opens its picker, Ctrl-S saves (Enter on the last field too), Esc cancels
/// and asks first when something was typed.
struct Form: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case text, multiline, choice([Choice])
    }

    struct Field: Equatable, Sendable {
        var id: String
        var label: String
        var kind: Kind
        var editor: LineEditor
        /// For a choice field: the chosen option's id.
        var choice: String?
        var required: Bool

        static func text(_ id: String, _ label: String, _ value: String = "", required: Bool = false) -> Field {
            Field(id: id, label: label, kind: .text, editor: LineEditor(value), choice: nil, required: required)
        }
        static func multiline(_ id: String, _ label: String, _ value: String = "", required: Bool = false) -> Field {
            Field(id: id, label: label, kind: .multiline, editor: LineEditor(value, multiline: true), choice: nil, required: required)
        }
        static func choice(_ id: String, _ label: String, _ options: [Choice], selected: String?) -> Field {
            Field(id: id, label: label, kind: .choice(options), editor: LineEditor(), choice: selected ?? options.first?.id, required: true)
        }

        var options: [Choice] {
            if case .choice(let o) = kind { return o }
            return []
        }

        var display: String {
            switch kind {
            case .choice(let o): return o.first { $0.id == choice }?.label ?? "—"
            default: return editor.text
            }
        }
    }

    enum Outcome: Equatable {
        case none, submit, cancel
    }

    var title: String
    var fields: [Field]
    var focus: Int
    var purpose: FormPurpose
    /// Why the last save failed; the form stays open with everything typed.
    var error: String?
    var picker: Picker?
    var confirmingDiscard = false
    private let initial: [String]

    init(title: String, fields: [Field], purpose: FormPurpose, focus: String? = nil) {
        self.title = title
        self.fields = fields
        self.purpose = purpose
        self.focus = focus.flatMap { f in fields.firstIndex { $0.id == f } } ?? 0
        initial = fields.map { $0.editor.text + "\u{1}" + ($0.choice ?? "") }
    }

    /// Whether anything differs from how the form opened.
    var isDirty: Bool { fields.map { $0.editor.text + "\u{1}" + ($0.choice ?? "") } != initial }

    func text(_ id: String) -> String { fields.first { $0.id == id }?.editor.text ?? "" }
    func choice(_ id: String) -> String? { fields.first { $0.id == id }?.choice }

    mutating func set(_ id: String, text: String) {
        if let i = fields.firstIndex(where: { $0.id == id }) { fields[i].editor = LineEditor(text, multiline: fields[i].editor.multiline) }
    }

    mutating func handle(_ key: Key) -> Outcome {
        if confirmingDiscard {
            switch key {
            case .char("t"), .char("T"), .char("y"), .char("Y"): return .cancel
            default: confirmingDiscard = false; return .none
            }
        }
        if var p = picker {
            switch p.handle(key) {
            case .chosen(let c):
                fields[focus].choice = c.id
                picker = nil
                advance()
            case .cancelled: picker = nil
            case .none: picker = p
            }
            return .none
        }
        let field = fields[focus]
        switch key {
        case .ctrl("s"): return .submit
        case .escape:
            if isDirty { confirmingDiscard = true; return .none }
            return .cancel
        case .tab, .down: advance()
        case .backTab, .up: focus = (focus + fields.count - 1) % fields.count
        case .enter:
            if case .choice(let options) = field.kind {
                picker = Picker(title: field.label, options: options, selected: field.choice)
            } else if field.kind == .multiline {
                _ = fields[focus].editor.handle(key)
            } else if focus == fields.count - 1 {
                return .submit
            } else {
                advance()
            }
        default:
            if case .choice(let options) = field.kind {
                // Typing on a list field opens its picker, already narrowing.
                if case .char = key {
                    var p = Picker(title: field.label, options: options, selected: field.choice)
                    _ = p.handle(key)
                    picker = p
                }
            } else {
                _ = fields[focus].editor.handle(key)
            }
        }
        return .none
    }

    private mutating func advance() { focus = (focus + 1) % fields.count }

    /// Draws the form as a box in the middle of `bounds`.
    func draw(into canvas: inout Canvas, bounds: Rect) {
        let width = min(bounds.width, 78)
        let rowsNeeded = fields.reduce(0) { $0 + ($1.kind == .multiline ? 3 : 1) } + 5
        let box = bounds.centred(height: min(bounds.height, rowsNeeded), width: width)
        canvas.fill(box)
        canvas.box(box, title: title)
        let inner = box.inset(1)
        guard inner.height >= 1, inner.width >= 10 else { return }
        let labelWidth = min(max(8, fields.map { visibleWidth($0.label) }.max() ?? 8) + 1, inner.width / 3)
        let valueCol = inner.col + labelWidth + 1
        let valueWidth = max(1, inner.right - valueCol)
        // Rows each field takes, and a scroll so the focused field shows.
        let heights = fields.map { $0.kind == .multiline ? 3 : 1 }
        let listHeight = max(1, inner.height - 3)
        var first = 0
        while heights[first...focus].reduce(0, +) > listHeight && first < focus { first += 1 }
        var row = inner.row
        for i in first..<fields.count {
            let f = fields[i]
            guard row + heights[i] <= inner.row + listHeight else { break }
            let focused = i == focus
            canvas.put(DisplayWidth.pad(f.label, to: labelWidth), row: row, col: inner.col, style: focused ? .heading : .normal, clip: inner)
            switch f.kind {
            case .choice:
                canvas.line("‹" + DisplayWidth.truncate(SafeText.line(f.display), to: max(1, valueWidth - 4)) + "› ▾", row: row, in: Rect(row: row, col: valueCol, height: 1, width: valueWidth), style: .input)
            case .text:
                let c = f.editor.drawLine(into: &canvas, row: row, col: valueCol, width: valueWidth, style: .input)
                if focused && picker == nil { canvas.cursor = (row, c) }
            case .multiline:
                let lines = DisplayWidth.wrap(SafeText.lines(f.editor.text), width: max(1, valueWidth - 1))
                let shown = Array(lines.suffix(3))
                for k in 0..<3 {
                    canvas.line(k < shown.count ? shown[k] : "", row: row + k, in: Rect(row: row + k, col: valueCol, height: 1, width: valueWidth), style: .input)
                }
                if focused && picker == nil {
                    let last = shown.last ?? ""
                    canvas.cursor = (row + max(0, shown.count - 1), min(valueCol + visibleWidth(last), inner.right - 1))
                }
            }
            row += heights[i]
        }
        let bottom = inner.row + inner.height - 1
        if let error {
            canvas.line("! " + error, row: bottom - 1, in: inner, style: .warning)
        }
        if confirmingDiscard {
            canvas.line(L10n.discardTyped, row: bottom, in: inner, style: .warning)
            canvas.cursor = nil
        } else {
            canvas.line(L10n.formHints, row: bottom, in: inner, style: .dim)
        }
        if let picker { picker.draw(into: &canvas, bounds: bounds) }
    }
}
