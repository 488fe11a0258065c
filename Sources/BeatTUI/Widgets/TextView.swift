import BeatCore

/// A scrollable page of text in a box: a task's or plan's details, the help.
struct TextView: Equatable, Sendable {
    struct Line: Equatable, Sendable {
        var text: String
        var style: Style
        init(_ text: String, _ style: Style = .normal) {
            self.text = text
            self.style = style
        }
    }

    var title: String
    var lines: [Line]
    var offset = 0
    /// The task the window shows, if it shows one: `s`, `n`, `r` and `e` act on it there.
    var task: Int?

    /// The scopes of the key table a key is read in while the window is open.
    var scopes: [KeyScope] { task == nil ? [.textView] : [.taskWindow, .textView] }

    init(title: String, lines: [Line]) {
        self.title = title
        self.lines = lines
    }

    /// Wrapped to the box width.
    func wrapped(width: Int) -> [Line] {
        lines.flatMap { l -> [Line] in
            // A line that fits keeps its spacing (aligned columns); one that wraps keeps its indent.
            if !l.text.contains("\n") && visibleWidth(l.text) <= width { return [l] }
            let indent = String(l.text.prefix { $0 == " " }.prefix(max(0, width / 2)))
            let parts = DisplayWidth.wrap(SafeText.lines(String(l.text.dropFirst(indent.count))), width: max(1, width - indent.count))
            return parts.map { Line(indent + $0, l.style) }
        }
    }

    /// What a scrolling key did: moved the page, or why it could not.
    enum Scroll: Equatable {
        case moved
        /// The whole text is on the screen.
        case allShown
        case atTop
        case atEnd
    }

    /// The actions that scroll the text.
    static let scrolling: Set<Action> = [.up, .down, .pageUp, .pageDown, .top, .bottom]

    /// Scrolls for one of `scrolling` within `bounds` (where the window is drawn).
    mutating func scroll(_ action: Action, in bounds: Rect) -> Scroll {
        let inner = box(in: bounds).inset(1).droppingBottom(1)
        let last = max(0, wrapped(width: max(1, inner.width)).count - inner.height)
        guard last > 0 else { return .allShown }
        let page = max(1, inner.height - 1)
        let from = min(offset, last)
        switch action {
        case .up, .pageUp, .top: guard from > 0 else { return .atTop }
        default: guard from < last else { return .atEnd }
        }
        switch action {
        case .up: offset = from - 1
        case .down: offset = from + 1
        case .pageUp: offset = max(0, from - page)
        case .pageDown: offset = min(last, from + page)
        case .top: offset = 0
        default: offset = last
        }
        return .moved
    }

    /// Whether the text is longer than the window drawn in `bounds`: the scrolling keys then act.
    func scrolls(in bounds: Rect) -> Bool {
        let inner = box(in: bounds).inset(1).droppingBottom(1)
        return wrapped(width: max(1, inner.width)).count > inner.height
    }

    func box(in bounds: Rect) -> Rect {
        bounds.centred(height: bounds.height, width: min(bounds.width, 100))
    }

    func draw(into canvas: inout Canvas, bounds: Rect) {
        let b = box(in: bounds)
        canvas.fill(b)
        canvas.box(b, title: title)
        let inner = b.inset(1).droppingBottom(1)
        guard inner.height > 0, inner.width > 0 else { return }
        let all = wrapped(width: inner.width)
        let start = min(offset, max(0, all.count - inner.height))
        for (k, l) in all.dropFirst(start).prefix(inner.height).enumerated() {
            canvas.line(l.text, row: inner.row + k, in: inner, style: l.style)
        }
        // Where in a long text the page is; the keys are on the key bar.
        if all.count > inner.height {
            canvas.line(L10n.textViewLines(start + 1, min(all.count, start + inner.height), all.count), row: b.bottom - 2, in: b.inset(1), style: .dim)
        }
    }
}

/// A question before something that cannot be taken back. The confirming key is never
/// the key that started the action.
struct Confirmation: Equatable, Sendable {
    var question: String
    var purpose: ConfirmPurpose

    /// The question, whole (wrapped), and under it the keys that answer it.
    func draw(into canvas: inout Canvas, bounds: Rect) {
        let width = min(bounds.width, max(40, visibleWidth(question) + 4))
        let lines = DisplayWidth.wrap(SafeText.line(question), width: max(1, width - 2))
        let b = bounds.centred(height: min(bounds.height, lines.count + 4), width: width)
        canvas.fill(b)
        canvas.box(b, title: L10n.confirmTitle, style: .warning)
        let inner = b.inset(1)
        for (k, l) in lines.prefix(max(1, inner.height - 2)).enumerated() { canvas.line(l, row: inner.row + k, in: inner) }
        canvas.line(KeyMap.hints([.prompt]), row: inner.bottom - 1, in: inner, style: .dim)
    }
}
