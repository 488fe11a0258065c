import BeatCore

/// A form: labelled fields, one focused. Its keys are the key table's `form` scope and the
/// focused field's (`textField`, `multilineField`, `choiceField`, then `editing`): Tab/↓ next
/// field, Shift-Tab/↑ previous, Enter on a list field opens its picker, Ctrl-S saves (Enter
/// on the last field too), Esc cancels and asks first when something was typed.
struct Form: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case text, multiline, choice([Choice])
    }

    struct Field: Equatable, Sendable {
        var id: FieldID
        var label: String
        var kind: Kind
        var editor: LineEditor
        /// For a choice field: the chosen option's id (nil: none chosen yet).
        var choice: String?
        var required: Bool
        /// What a choice field shows while nothing is chosen (a choice that states a result,
        /// such as a plan's outcome, is never made for the officer).
        var unchosen: String?

        static func text(_ id: FieldID, _ label: String, _ value: String = "", required: Bool = false) -> Field {
            Field(id: id, label: label, kind: .text, editor: LineEditor(value), choice: nil, required: required)
        }
        static func multiline(_ id: FieldID, _ label: String, _ value: String = "", required: Bool = false) -> Field {
            Field(id: id, label: label, kind: .multiline, editor: LineEditor(value, multiline: true), choice: nil, required: required)
        }
        static func choice(_ id: FieldID, _ label: String, _ options: [Choice], selected: String?) -> Field {
            Field(id: id, label: label, kind: .choice(options), editor: LineEditor(), choice: selected ?? options.first?.id, required: true)
        }
        /// A choice that starts with nothing chosen, showing `unchosen` until the officer chooses.
        static func choice(_ id: FieldID, _ label: String, _ options: [Choice], unchosen: String) -> Field {
            Field(id: id, label: label, kind: .choice(options), editor: LineEditor(), choice: nil, required: true, unchosen: unchosen)
        }

        var options: [Choice] {
            if case .choice(let o) = kind { return o }
            return []
        }

        var display: String {
            switch kind {
            case .choice(let o): return o.first { $0.id == choice }?.label ?? unchosen ?? "—"
            default: return editor.text
            }
        }

        /// Rows the field takes in the form.
        var height: Int { kind == .multiline ? 3 : 1 }
    }

    enum Outcome: Equatable {
        /// `ignored`: the key is none of the form's now.
        case none, submit, cancel, ignored
    }

    var title: String
    var fields: [Field]
    var focus: Int
    var purpose: FormPurpose
    /// Why the last save failed; the form stays open with everything typed.
    var error: String?
    /// What the form filled in by itself, said under the fields until the next key.
    var note: String?
    var picker: Picker?
    var confirmingDiscard = false
    /// Lines shown above the fields: what the officer decides on (a plan's evidence).
    var info: [String] = []
    /// Or lines that depend on what a choice field holds (the evidence of the plan chosen).
    var infoByChoice: ChoiceInfo?

    struct ChoiceInfo: Equatable, Sendable {
        var field: FieldID
        var lines: [String: [String]]
    }
    /// The officer was asked about what the form holds (it contradicts the evidence) and said
    /// to save it all the same.
    var confirmed = false
    private let initial: [String]

    init(title: String, fields: [Field], purpose: FormPurpose, focus: FieldID? = nil, info: [String] = []) {
        self.title = title
        self.fields = fields
        self.purpose = purpose
        self.info = info
        self.focus = focus.flatMap { f in fields.firstIndex { $0.id == f } } ?? 0
        initial = fields.map { $0.editor.text + "\u{1}" + ($0.choice ?? "") }
    }

    /// Whether anything differs from how the form opened.
    var isDirty: Bool { fields.map { $0.editor.text + "\u{1}" + ($0.choice ?? "") } != initial }

    func text(_ id: FieldID) -> String { fields.first { $0.id == id }?.editor.text ?? "" }
    func choice(_ id: FieldID) -> String? { fields.first { $0.id == id }?.choice }
    /// The field's label, as on screen: what a message about it calls it.
    func label(_ id: FieldID) -> String { fields.first { $0.id == id }?.label ?? id.rawValue }
    /// The focused field.
    var focused: FieldID { fields[focus].id }

    /// Chooses `option` in a list field (when the list has it).
    mutating func choose(_ id: FieldID, _ option: String) {
        if let i = fields.firstIndex(where: { $0.id == id }), fields[i].options.contains(where: { $0.id == option }) { fields[i].choice = option }
    }

    mutating func set(_ id: FieldID, text: String) {
        if let i = fields.firstIndex(where: { $0.id == id }) { fields[i].editor = LineEditor(text, multiline: fields[i].editor.multiline) }
    }

    /// A save refused: the reason shown whole, the field at fault focused.
    mutating func reject(_ e: FieldError) {
        error = e.message
        if let f = e.field, let i = fields.firstIndex(where: { $0.id == f }) { focus = i }
    }

    /// The scopes of the key table a key is read in now, in order.
    var scopes: [KeyScope] {
        if confirmingDiscard { return [.prompt] }
        if picker != nil { return Picker.scopes }
        switch fields[focus].kind {
        case .text: return [.textField, .form, .editing]
        case .multiline: return [.multilineField, .form, .editing]
        case .choice: return [.choiceField, .form]
        }
    }

    /// Does what the key table made of a key (`action`, in one of `scopes`).
    mutating func perform(_ action: Action, key: Key) -> Outcome {
        if confirmingDiscard {
            switch action {
            case .yes: return .cancel
            case .no: confirmingDiscard = false; return .none
            default: return .ignored
            }
        }
        if var p = picker {
            switch p.perform(action, key: key) {
            case .chosen(let c):
                fields[focus].choice = c.id
                picker = nil
                advance()
            case .cancelled: picker = nil
            case .none: picker = p
            case .ignored: return .ignored
            }
            return .none
        }
        let field = fields[focus]
        switch action {
        case .save: return .submit
        case .cancel:
            if isDirty { confirmingDiscard = true; return .none }
            return .cancel
        case .nextField: advance()
        case .previousField: focus = (focus + fields.count - 1) % fields.count
        case .nextFieldOrSave:
            if focus == fields.count - 1 { return .submit }
            advance()
        case .openList:
            picker = Picker(title: field.label, options: field.options, selected: field.choice)
        case .narrowList:
            // Typing on a list field opens its picker, already narrowing.
            var p = Picker(title: field.label, options: field.options, selected: field.choice)
            _ = p.perform(.type, key: key)
            picker = p
        default:
            guard fields[focus].editor.perform(action, key: key) else { return .ignored }
        }
        return .none
    }

    private mutating func advance() { focus = (focus + 1) % fields.count }

    /// Draws the form as a box in the middle of `bounds`: the fields, and under them why the
    /// last save failed, whole, or the question before typed text is thrown away.
    func draw(into canvas: inout Canvas, bounds: Rect) {
        let width = min(bounds.width, 78)
        let innerWidth = max(1, width - 2)
        var notes: [(String, Style)] = []
        if confirmingDiscard {
            notes = [(L10n.discardQuestion, .warning), (KeyMap.hints([.prompt]), .dim)]
        } else if let error {
            notes = DisplayWidth.wrap("! " + SafeText.line(error), width: innerWidth).map { ($0, .warning) }
        } else if let note {
            notes = DisplayWidth.wrap(SafeText.line(note), width: innerWidth).map { ($0, .dim) }
        }
        let shownInfo = infoByChoice.map { $0.lines[choice($0.field) ?? ""] ?? [] } ?? info
        let infoLines = shownInfo.flatMap { DisplayWidth.wrap(SafeText.line($0), width: innerWidth) }
        let fieldRows = fields.reduce(0) { $0 + $1.height }
        let rowsNeeded = fieldRows + 2 + (notes.isEmpty ? 0 : notes.count + 1) + (infoLines.isEmpty ? 0 : infoLines.count + 1)
        let box = bounds.centred(height: min(bounds.height, rowsNeeded), width: width)
        canvas.fill(box)
        canvas.box(box, title: title)
        var inner = box.inset(1)
        guard inner.height >= 1, inner.width >= 10 else { return }
        // The information on top, as much as leaves the focused field and a note their rows.
        let infoRows = infoLines.isEmpty ? 0 : min(infoLines.count + 1, max(0, inner.height - fields[focus].height - (notes.isEmpty ? 0 : 2)))
        for (k, l) in infoLines.prefix(max(0, infoRows - 1)).enumerated() {
            canvas.line(l, row: inner.row + k, in: inner, style: .dim)
        }
        inner = inner.droppingTop(infoRows)
        // The notes keep their rows (the first of them at least); the fields scroll in the rest.
        let noteRows = notes.isEmpty ? 0 : min(notes.count + 1, max(2, inner.height - fields[focus].height))
        // Labels are read whole where the box allows: up to a third of it, more while the
        // values keep 40 columns.
        let labelWidth = min(max(8, fields.map { visibleWidth($0.label) }.max() ?? 8) + 1, max(inner.width / 3, inner.width - 41))
        let valueCol = inner.col + labelWidth + 1
        let valueWidth = max(1, inner.right - valueCol)
        let listHeight = max(1, inner.height - noteRows)
        var first = 0
        while fields[first...focus].reduce(0, { $0 + $1.height }) > listHeight && first < focus { first += 1 }
        var row = inner.row
        for i in first..<fields.count {
            let f = fields[i]
            guard row + f.height <= inner.row + listHeight else { break }
            let focused = i == focus
            canvas.put(DisplayWidth.pad(f.label, to: labelWidth), row: row, col: inner.col, style: focused ? .heading : .normal, clip: inner)
            let valueRect = Rect(row: row, col: valueCol, height: 1, width: valueWidth)
            switch f.kind {
            case .choice:
                canvas.line("‹" + DisplayWidth.truncate(SafeText.line(f.display), to: max(1, valueWidth - 4)) + "› ▾", row: row, in: valueRect, style: .input)
            case .text:
                let c = f.editor.drawLine(into: &canvas, row: row, col: valueCol, width: valueWidth, style: .input)
                if focused && picker == nil { canvas.cursor = (row, c) }
            case .multiline:
                let at = f.editor.drawLines(into: &canvas, row: row, col: valueCol, width: valueWidth, height: f.height, style: .input)
                if focused && picker == nil { canvas.cursor = at }
            }
            row += f.height
        }
        for (k, (text, style)) in notes.prefix(max(0, noteRows - 1)).enumerated() {
            canvas.line(text, row: inner.row + listHeight + 1 + k, in: inner, style: style)
        }
        if confirmingDiscard { canvas.cursor = nil }
        if let picker { picker.draw(into: &canvas, bounds: bounds) }
    }
}
