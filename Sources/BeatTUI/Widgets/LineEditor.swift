import BeatCore

/// Editing one piece of text: typing (Polish letters included), cursor movement, deletion.
/// Positions count characters; drawing measures display width, and the view always follows
/// the cursor.
struct LineEditor: Equatable, Sendable {
    var text: String
    var cursor: Int
    var multiline: Bool

    init(_ text: String = "", multiline: Bool = false) {
        self.text = text
        self.cursor = text.count
        self.multiline = multiline
    }

    /// Does an editing action (the key table's `editing` scope, and `newLine` in a field of
    /// several lines); false when the action is not an editing one. Only a printable key types.
    mutating func perform(_ action: Action, key: Key) -> Bool {
        var chars = Array(text)
        switch action {
        case .type:
            guard case .char(let c) = key, key.isPrintable else { return false }
            chars.insert(c, at: cursor)
            cursor += 1
        case .newLine:
            guard multiline else { return false }
            chars.insert("\n", at: cursor)
            cursor += 1
        case .deleteBack:
            guard cursor > 0 else { return true }
            chars.remove(at: cursor - 1)
            cursor -= 1
        case .deleteForward:
            guard cursor < chars.count else { return true }
            chars.remove(at: cursor)
        case .cursorLeft: cursor = max(0, cursor - 1)
        case .cursorRight: cursor = min(chars.count, cursor + 1)
        case .lineStart: cursor = 0
        case .lineEnd: cursor = chars.count
        case .clearField:
            chars.removeAll()
            cursor = 0
        case .deleteWord:
            var i = cursor
            while i > 0, chars[i - 1] == " " { i -= 1 }
            while i > 0, chars[i - 1] != " " { i -= 1 }
            chars.removeSubrange(i..<cursor)
            cursor = i
        default:
            return false
        }
        text = String(chars)
        return true
    }

    /// Draws the text on one row of `width` columns, scrolled so the cursor shows; returns
    /// the cursor's column. Line breaks show as `↵`.
    func drawLine(into canvas: inout Canvas, row: Int, col: Int, width: Int, style: Style) -> Int {
        let chars = Array(text)
        let before = String(chars[0..<min(cursor, chars.count)])
        // Scroll so that the text before the cursor fits with one column to spare.
        var start = 0
        while start < before.count, visibleWidth(String(chars[start..<cursor])) > width - 1 { start += 1 }
        let visible = String(chars[start...])
        canvas.fill(Rect(row: row, col: col, height: 1, width: width), style: style)
        canvas.put(visible, row: row, col: col, style: style, clip: Rect(row: row, col: col, height: 1, width: width))
        return col + visibleWidth(String(chars[start..<cursor]))
    }

    /// The text in lines of at most `width` columns, each the range of characters it shows:
    /// its own line breaks kept (not shown), a long line wrapped after a space where it can.
    func wrappedLines(width: Int) -> [Range<Int>] {
        let chars = Array(text)
        let w = max(1, width)
        var lines: [Range<Int>] = []
        var start = 0
        var used = 0
        var lastSpace: Int?
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\n" {
                lines.append(start..<i)
                start = i + 1
                used = 0
                lastSpace = nil
                i += 1
                continue
            }
            let cw = max(0, visibleWidth(String(c)))
            if used + cw > w, i > start {
                // Break after the last space on the line, else here.
                let end = lastSpace.map { $0 + 1 } ?? i
                lines.append(start..<end)
                start = end
                used = chars[start..<i].reduce(0) { $0 + visibleWidth(String($1)) }
                lastSpace = nil
                continue
            }
            if c == " " { lastSpace = i }
            used += cw
            i += 1
        }
        lines.append(start..<chars.count)
        return lines
    }

    /// The cursor's line among `lines` and its column on it. At a wrap, the cursor stands at
    /// the start of the next line.
    func cursorPlace(in lines: [Range<Int>]) -> (line: Int, col: Int) {
        let chars = Array(text)
        for (k, r) in lines.enumerated() where cursor >= r.lowerBound && cursor <= r.upperBound {
            let next = k + 1 < lines.count ? lines[k + 1] : nil
            // The end of a wrapped line is the start of the next: show it there.
            if cursor == r.upperBound, let n = next, n.lowerBound == r.upperBound { continue }
            return (k, visibleWidth(String(chars[r.lowerBound..<cursor])))
        }
        return (max(0, lines.count - 1), 0)
    }

    /// Draws `height` lines of the text wrapped to `width`, scrolled so the cursor's line
    /// shows (kept in the middle where it can be); returns where the cursor is.
    func drawLines(into canvas: inout Canvas, row: Int, col: Int, width: Int, height: Int, style: Style) -> (row: Int, col: Int) {
        let chars = Array(text)
        let lines = wrappedLines(width: max(1, width - 1))
        let place = cursorPlace(in: lines)
        let first = max(0, min(place.line - height / 2, lines.count - height))
        for k in 0..<height {
            let r = Rect(row: row + k, col: col, height: 1, width: width)
            canvas.fill(r, style: style)
            let i = first + k
            if i < lines.count { canvas.put(String(chars[lines[i]]), row: row + k, col: col, style: style, clip: r) }
        }
        return (row + place.line - first, col + min(place.col, width - 1))
    }
}
