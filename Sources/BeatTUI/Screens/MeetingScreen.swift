import BeatCore

/// Posiedzenie: the coordination-team meeting review. Reserved for its own issue; until then
/// the screen says so and points at what exists.
struct MeetingScreen: Screen {
    func commands(_ ctx: ScreenContext) -> [Action] { [] }

    mutating func handle(_ key: Key, action: Action?, ctx: ScreenContext) -> [Effect]? { nil }

    func draw(into canvas: inout Canvas, ctx: ScreenContext) {
        let b = ctx.body
        var row = b.row + 1
        for line in DisplayWidth.wrap(L10n.meetingPlaceholder, width: max(1, b.width - 4)) {
            canvas.put(line, row: row, col: b.col + 2, style: .normal, clip: b)
            row += 1
        }
        row += 1
        for m in ctx.model.meetings.suffix(max(0, b.bottom - row)).reversed() {
            let team = ctx.model.team(m.team)?.name ?? m.team
            canvas.put("  " + m.day.description + "  " + team + " — " + L10n.decisionsCount(m.decisions.count), row: row, col: b.col, style: .dim, clip: b)
            row += 1
        }
    }
}
