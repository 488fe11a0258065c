import BeatCore

/// Everything a key can ask for. The one key table (`KeyMap.bindings`) gives each action
/// its keys and labels; input handling, the status bar and the help screen all read it.
enum Action: String, CaseIterable, Sendable {
    case dashboard, tasks, contacts, plans, teams, meeting, nextScreen, previousScreen
    case up, down, pageUp, pageDown, top, bottom
    case open, back
    case search, filter, sort
    case add, edit, status, note, reassign, addTask, followUpDone
    case evaluate, nextPlan
    case previousSection, nextSection, reviewScope, toggle, goalDealtWith, remove, recordMeeting
    case print, printPipe
    case undo, help, quit
}

/// Where an action applies: everywhere, in lists, or only on some screens.
enum Scope: Sendable {
    case global, list, screen
}

struct Binding: Sendable {
    let action: Action
    let keys: [Key]
    let scope: Scope
    /// Short label for the status bar and the help screen.
    let label: String
}

enum KeyMap {
    /// The one key table.
    static var bindings: [Binding] {
        [
            Binding(action: .dashboard, keys: [.char("1")], scope: .global, label: L10n.screenDashboard),
            Binding(action: .tasks, keys: [.char("2")], scope: .global, label: L10n.screenTasks),
            Binding(action: .contacts, keys: [.char("3")], scope: .global, label: L10n.screenContacts),
            Binding(action: .plans, keys: [.char("4")], scope: .global, label: L10n.screenPlans),
            Binding(action: .teams, keys: [.char("5")], scope: .global, label: L10n.screenTeams),
            Binding(action: .meeting, keys: [.char("6")], scope: .global, label: L10n.screenMeeting),
            Binding(action: .nextScreen, keys: [.tab], scope: .global, label: L10n.actionNextScreen),
            Binding(action: .previousScreen, keys: [.backTab], scope: .global, label: L10n.actionPreviousScreen),
            Binding(action: .up, keys: [.up, .char("k")], scope: .list, label: L10n.actionUp),
            Binding(action: .down, keys: [.down, .char("j")], scope: .list, label: L10n.actionDown),
            Binding(action: .pageUp, keys: [.pageUp], scope: .list, label: L10n.actionPageUp),
            Binding(action: .pageDown, keys: [.pageDown], scope: .list, label: L10n.actionPageDown),
            Binding(action: .top, keys: [.char("g"), .home], scope: .list, label: L10n.actionTop),
            Binding(action: .bottom, keys: [.char("G"), .end], scope: .list, label: L10n.actionBottom),
            Binding(action: .open, keys: [.enter], scope: .list, label: L10n.actionOpen),
            Binding(action: .back, keys: [.escape], scope: .global, label: L10n.actionBack),
            Binding(action: .search, keys: [.char("/")], scope: .list, label: L10n.actionSearch),
            Binding(action: .filter, keys: [.char("f")], scope: .list, label: L10n.actionFilter),
            Binding(action: .sort, keys: [.char("o")], scope: .screen, label: L10n.actionSort),
            Binding(action: .add, keys: [.char("a")], scope: .screen, label: L10n.actionAdd),
            Binding(action: .edit, keys: [.char("e")], scope: .screen, label: L10n.actionEdit),
            Binding(action: .status, keys: [.char("s")], scope: .screen, label: L10n.actionStatus),
            Binding(action: .note, keys: [.char("n")], scope: .screen, label: L10n.actionNote),
            Binding(action: .reassign, keys: [.char("r")], scope: .screen, label: L10n.actionReassign),
            Binding(action: .addTask, keys: [.char("t")], scope: .screen, label: L10n.actionAddTask),
            Binding(action: .followUpDone, keys: [.char("x")], scope: .screen, label: L10n.actionFollowUpDone),
            Binding(action: .evaluate, keys: [.char("c")], scope: .screen, label: L10n.actionEvaluate),
            Binding(action: .nextPlan, keys: [.char("N")], scope: .screen, label: L10n.actionNextPlan),
            Binding(action: .nextSection, keys: [.right, .char("]")], scope: .screen, label: L10n.actionNextSection),
            Binding(action: .previousSection, keys: [.left, .char("[")], scope: .screen, label: L10n.actionPreviousSection),
            Binding(action: .reviewScope, keys: [.char("z")], scope: .screen, label: L10n.actionReviewScope),
            Binding(action: .toggle, keys: [.char(" ")], scope: .screen, label: L10n.actionToggle),
            Binding(action: .goalDealtWith, keys: [.char("c")], scope: .screen, label: L10n.actionGoalDealtWith),
            Binding(action: .remove, keys: [.char("d"), .delete], scope: .screen, label: L10n.actionRemove),
            Binding(action: .recordMeeting, keys: [.ctrl("s")], scope: .screen, label: L10n.actionRecordMeeting),
            Binding(action: .print, keys: [.char("p")], scope: .screen, label: L10n.actionPrint),
            Binding(action: .printPipe, keys: [.char("P")], scope: .screen, label: L10n.actionPrintPipe),
            Binding(action: .undo, keys: [.char("u")], scope: .global, label: L10n.actionUndo),
            Binding(action: .help, keys: [.char("?"), .function(1)], scope: .global, label: L10n.actionHelp),
            Binding(action: .quit, keys: [.char("q"), .ctrl("c")], scope: .global, label: L10n.actionQuit),
        ]
    }

    /// The action a key asks for among `available`, if any.
    static func action(for key: Key, among available: Set<Action>) -> Action? {
        bindings.first { available.contains($0.action) && $0.keys.contains(key) }?.action
    }

    static func binding(_ action: Action) -> Binding? { bindings.first { $0.action == action } }

    /// `a Dodaj` — the first key and the label, as on the status bar.
    static func hint(_ action: Action) -> String? {
        guard let b = binding(action), let k = b.keys.first else { return nil }
        return "\(k) \(b.label)"
    }
}
