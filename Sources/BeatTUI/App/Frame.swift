import BeatCore

/// Lays out one frame: the tab bar, the current screen, a message line, the key bar, and
/// any window over them. Pure: the same state and size always give the same canvas.
enum Frame {
    static let minRows = 6
    static let minCols = 20

    /// The screen's rectangle for a terminal of this size.
    static func body(rows: Int, cols: Int) -> Rect {
        Rect(row: 1, col: 0, height: max(0, rows - 3), width: cols)
    }

    static func render(_ state: AppState, ctx: ScreenContext, rows: Int, cols: Int) -> Canvas {
        var canvas = Canvas(rows: rows, cols: cols)
        guard rows >= minRows, cols >= minCols else {
            var lines = DisplayWidth.wrap(L10n.terminalTooSmall(cols, rows, minCols, minRows), width: max(1, cols))
            if lines.count > rows { lines = DisplayWidth.wrap(L10n.terminalTooSmallShort(cols, rows, minCols, minRows), width: max(1, cols)) }
            let top = max(0, (rows - lines.count) / 2)
            for (i, l) in lines.prefix(rows).enumerated() {
                canvas.put(l, row: top + i, col: max(0, (cols - DisplayWidth.of(l)) / 2), style: .warning)
            }
            return canvas
        }
        tabBar(&canvas, state, ctx)
        let loading = ctx.contactLogLoading && state.current.showsContactLog
        if loading {
            canvas.put(L10n.contactLogLoading, row: ctx.body.row + 1, col: 2, style: .dim, clip: ctx.body)
        } else {
            state.screen.draw(into: &canvas, ctx: ctx)
        }
        messageLine(&canvas, state, row: rows - 2)
        keyBar(&canvas, state, ctx, row: rows - 1, screenKeys: !loading)
        if let modal = state.modal {
            // Between the tab bar and the message line: what a key did shows under a window too.
            let area = Rect(row: 1, col: 0, height: rows - 3, width: cols)
            canvas.cursor = nil
            switch modal {
            case .form(let f): f.draw(into: &canvas, bounds: area)
            case .picker(let p, _): p.draw(into: &canvas, bounds: area)
            case .confirm(let c): c.draw(into: &canvas, bounds: area)
            case .text(let t): t.draw(into: &canvas, bounds: area)
            }
        } else if loading || !state.screen.isTyping {
            canvas.cursor = nil
        }
        return canvas
    }

    private static func tabBar(_ canvas: inout Canvas, _ state: AppState, _ ctx: ScreenContext) {
        let r = Rect(row: 0, col: 0, height: 1, width: canvas.cols)
        canvas.fill(r, style: .statusBar)
        var col = canvas.put(" Beat ", row: 0, col: 0, style: .statusBar)
        for id in ScreenID.allCases {
            let label = " \(id.rawValue) \(id.title) "
            col = canvas.put(label, row: 0, col: col, style: id == state.current ? .key : .statusBar)
        }
        var right = ctx.today.polish + " "
        if let me = ctx.myOfficer { right = me.rank + " " + me.surname + " · " + right }
        let w = DisplayWidth.of(right)
        if col + w + 1 <= canvas.cols { canvas.put(right, row: 0, col: canvas.cols - w, style: .statusBar) }
    }

    private static func messageLine(_ canvas: inout Canvas, _ state: AppState, row: Int) {
        let r = Rect(row: row, col: 0, height: 1, width: canvas.cols)
        if let m = state.message {
            // Said in full: a long message (a file's path) takes the rows above, until the next key.
            let lines = DisplayWidth.wrap(SafeText.line((m.isError ? "! " : "") + m.text), width: max(1, canvas.cols))
            let shown = lines.prefix(max(1, min(3, row - 1)))
            for (k, l) in shown.enumerated() {
                let at = row - shown.count + 1 + k
                canvas.line(l, row: at, in: Rect(row: at, col: 0, height: 1, width: canvas.cols), style: m.isError ? .warning : .good)
            }
        } else if let why = state.readOnlyReason {
            canvas.line("⚠ " + why, row: row, in: r, style: .warning)
        }
    }

    private static func keyBar(_ canvas: inout Canvas, _ state: AppState, _ ctx: ScreenContext, row: Int, screenKeys: Bool) {
        let r = Rect(row: row, col: 0, height: 1, width: canvas.cols)
        canvas.fill(r, style: .statusBar)
        if state.modal != nil || state.screen.isTyping {
            // A window or the search line: what its scopes' keys do, from the key table.
            var col = 0
            // The scrolling keys only while the text is longer than its window.
            var scrolls = true
            if case .text(let view)? = state.modal { scrolls = view.scrolls(in: ctx.body) }
            for b in KeyMap.bar(state.scopes) where scrolls || !TextView.scrolling.contains(b.action) {
                let key = b.keys.first?.description ?? b.keysText
                if col + DisplayWidth.of(key) + DisplayWidth.of(b.label) + 3 > canvas.cols { break }
                col = canvas.put(" " + key, row: row, col: col, style: .key)
                col = canvas.put(" " + b.label + " ", row: row, col: col, style: .statusBar)
            }
            return
        }
        func hints(_ actions: [Action]) -> [(String, String)] {
            actions.compactMap { a in
                guard let b = KeyMap.binding(a), let k = b.keys.first else { return nil }
                return (k.description, b.label)
            }
        }
        func width(_ hs: [(String, String)]) -> Int { hs.reduce(0) { $0 + DisplayWidth.of($1.0) + DisplayWidth.of($1.1) + 3 } }
        // Help and quit always show, at the right; the screen's commands fill what is left.
        let always = hints([.help, .quit])
        let shown = hints((screenKeys ? state.screen.commands(ctx) : []).filter {
            KeyMap.binding($0)?.scope == .screen || [.search, .filter, .mine, .overdueOnly, .print].contains($0)
        } + [.undo])
        // As many with their labels as leave room for the rest as bare keys (`/ f o` show
        // whenever they work; the help names them all).
        let room = canvas.cols - width(always)
        func bare(_ hs: ArraySlice<(String, String)>) -> Int { hs.reduce(0) { $0 + DisplayWidth.of($1.0) + 1 } + (hs.isEmpty ? 0 : 1) }
        var labelled = shown.count
        while labelled > 0 && width(Array(shown.prefix(labelled))) + bare(shown.dropFirst(labelled)) > room { labelled -= 1 }
        var col = 0
        for (key, label) in shown.prefix(labelled) {
            col = canvas.put(" " + key, row: row, col: col, style: .key)
            col = canvas.put(" " + label + " ", row: row, col: col, style: .statusBar)
        }
        for (key, _) in shown.dropFirst(labelled) {
            if col + DisplayWidth.of(key) + 1 > room { break }
            col = canvas.put(" " + key, row: row, col: col, style: .key)
        }
        col = max(col, room)
        for (key, label) in always {
            col = canvas.put(" " + key, row: row, col: col, style: .key)
            col = canvas.put(" " + label + " ", row: row, col: col, style: .statusBar)
        }
    }
}
