import BeatCore

/// The help page, generated from the key table — the same one that drives the keys and the
/// status bar — so it cannot tell a different story.
enum HelpView {
    static func make(for state: AppState, ctx: ScreenContext) -> TextView {
        var lines: [TextView.Line] = []
        func entry(_ b: Binding) {
            let keys = b.keys.map(\.description).joined(separator: " ")
            lines.append(TextView.Line("  " + DisplayWidth.pad(keys, to: 14) + " " + b.label))
        }
        func section(_ title: String, _ scope: Scope) {
            lines.append(TextView.Line(title, .heading))
            for b in KeyMap.bindings where b.scope == scope { entry(b) }
            lines.append(TextView.Line(""))
        }
        // What this screen does comes first, one command per line like every section.
        lines.append(TextView.Line(L10n.helpNow(state.current.title), .title))
        for action in state.screen.commands(ctx) { if let b = KeyMap.binding(action) { entry(b) } }
        lines.append(TextView.Line(""))
        section(L10n.helpGlobal, .global)
        section(L10n.helpLists, .list)
        section(L10n.helpScreens, .screen)
        lines.append(TextView.Line(L10n.helpForms, .heading))
        lines.append(TextView.Line("  " + L10n.formHints))
        lines.append(TextView.Line("  " + L10n.helpTyping))
        return TextView(title: L10n.helpTitle, lines: lines)
    }
}
