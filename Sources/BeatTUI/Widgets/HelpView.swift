import BeatCore

/// The help page, generated from the key table — the same one every key is read through and
/// the key bar is drawn from — so it cannot tell a different story: this screen's commands
/// first, then every scope's keys, one binding a line.
enum HelpView {
    static func make(for state: AppState, ctx: ScreenContext) -> TextView {
        var lines: [TextView.Line] = [TextView.Line(L10n.helpNow(state.current.title), .title)]
        for action in state.screen.commands(ctx) { if let b = KeyMap.binding(action) { lines.append(TextView.Line(entry(b))) } }
        // `p` and `P` are global: where they print nothing, this screen's part says why.
        if state.screen.report(ctx) == nil {
            let keys = [Action.print, .printPipe].compactMap { KeyMap.binding($0)?.keysText }.joined(separator: " ")
            lines.append(TextView.Line("  " + DisplayWidth.pad(keys, to: 14) + " " + L10n.printNotHere))
            // Under the label, so a reason that wraps keeps to its column.
            lines.append(TextView.Line(String(repeating: " ", count: 17) + state.screen.whyNoPrintout(ctx)))
        }
        for scope in KeyScope.allCases {
            lines.append(TextView.Line(""))
            lines.append(TextView.Line(scope.title, .heading))
            for b in KeyMap.bindings(in: scope) { lines.append(TextView.Line(entry(b))) }
        }
        return TextView(title: L10n.helpTitle, lines: lines + symbols)
    }

    /// What the marks on the screens mean, after the keys.
    static var symbols: [TextView.Line] {
        [TextView.Line(""), TextView.Line(L10n.helpSymbols, .heading)]
            + L10n.symbolMeanings.map { TextView.Line("  " + DisplayWidth.pad($0.symbol, to: 14) + " " + $0.meaning) }
    }

    /// A binding's line: its keys, then what they do.
    static func entry(_ b: Binding) -> String {
        "  " + DisplayWidth.pad(b.keysText, to: 14) + " " + b.label
    }
}
