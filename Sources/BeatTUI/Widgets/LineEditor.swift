/// Editing one piece of text: typing (Polish letters included), cursor movement, deletion.
/// Positions count characters; drawing measures display width.
struct LineEditor: Equatable, Sendable {
    var text: String
    var cursor: Int
    var multiline: Bool

    init(_ text: String = "", multiline: Bool = false) {
        self.text = text
        self.cursor = text.count
        self.multiline = multiline
    }

    /// Applies an editing key; false when the key is not an editing key.
    mutating func handle(_ key: Key) -> Bool {
        var chars = Array(text)
        switch key {
        case .char(let c):
            chars.insert(c, at: cursor)
            cursor += 1
        case .enter where multiline:
            chars.insert("\n", at: cursor)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            chars.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < chars.count else { return true }
            chars.remove(at: cursor)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(chars.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = chars.count
        case .ctrl("u"):
            chars.removeAll()
            cursor = 0
        case .ctrl("w"):
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
}
