import BeatCore

/// Everything a key can ask for. The one key table (`KeyMap.bindings`) gives each action its
/// keys, its scope and its label; every key is resolved through it, and the key bar and the
/// help screen are generated from it — nothing about keys is written twice.
enum Action: String, CaseIterable, Sendable {
    // Screens.
    case dashboard, tasks, contacts, plans, teams, meeting, nextScreen, previousScreen
    case up, down, pageUp, pageDown, top, bottom
    case open, back
    case search, filter, sort, mine, overdueOnly
    case add, edit, status, note, reassign, addTask, followUpDone, support, deactivate
    case evaluate, nextPlan
    case previousSection, nextSection, reviewScope, toggle, goalDealtWith, remove, recordMeeting, showSummaries, adoptPlan
    case print, printPipe
    case undo, help, quit, quitNow
    // Forms.
    case save, cancel, nextField, previousField, nextFieldOrSave, newLine, openList, narrowList
    // Typing.
    case type, cursorLeft, cursorRight, lineStart, lineEnd, deleteBack, deleteForward, clearField, deleteWord
    // Questions, pickers, the search line, text views.
    case yes, no, choose, keepSearch, clearSearch, close
}

/// Where a binding applies. A key is looked up in the scopes of what has it, in order: a
/// form's text field asks `textField`, then `form`, then `editing`.
enum KeyScope: Int, CaseIterable, Sendable {
    /// Wherever you are, in a window or typing too (read before any other scope).
    case always
    /// Outside windows and typing, on every screen.
    case global
    /// Moving in a screen's list.
    case list
    /// A screen's own commands (each screen lists those it offers now in `commands`).
    case screen
    /// Any form.
    case form
    /// A form's one-line text field.
    case textField
    /// A form's text field of several lines.
    case multilineField
    /// A form's field chosen from a list.
    case choiceField
    /// Typing text: form fields, the search line, a picker's filter.
    case editing
    /// A question answered yes or no (and a form's "discard what you typed?").
    case prompt
    /// A list to choose from, narrowed as you type.
    case picker
    /// The search line over a list.
    case search
    /// A page of text (details, help).
    case textView
    /// A task's window: the page of its details, and what can be done to it.
    case taskWindow

    /// The heading of the scope's part of the help.
    var title: String {
        switch self {
        case .always: return L10n.helpAlways
        case .global: return L10n.helpGlobal
        case .list: return L10n.helpLists
        case .screen: return L10n.helpScreens
        case .form: return L10n.helpForms
        case .textField: return L10n.helpTextField
        case .multilineField: return L10n.helpMultilineField
        case .choiceField: return L10n.helpChoiceField
        case .editing: return L10n.helpEditing
        case .prompt: return L10n.helpPrompt
        case .picker: return L10n.helpPicker
        case .search: return L10n.helpSearch
        case .textView: return L10n.helpTextView
        case .taskWindow: return L10n.helpTaskWindow
        }
    }
}

struct Binding: Sendable {
    let action: Action
    let keys: [Key]
    let scope: KeyScope
    /// Short label for the key bar and the help screen.
    let label: String
    /// Also any printable character (typing, narrowing a list).
    var typing = false
    /// Shown on the key bar while its scope is the one in use.
    var onBar = false

    /// The keys as the help and the key bar write them.
    var keysText: String {
        (keys.map(\.description) + (typing ? [L10n.keysTyping] : [])).joined(separator: " ")
    }
}

enum KeyMap {
    /// The one key table, its labels in the language bound (made once per language: every
    /// key and every frame read it).
    static var bindings: [Binding] {
        switch Language.current {
        case .pl: return polish
        case .en: return english
        }
    }
    private static let polish = Language.pl.bind { table }
    private static let english = Language.en.bind { table }

    private static var table: [Binding] {
        [
            Binding(action: .quitNow, keys: [.ctrl("c")], scope: .always, label: L10n.actionQuitNow),

            Binding(action: .dashboard, keys: [.char("1")], scope: .global, label: L10n.screenDashboard),
            Binding(action: .tasks, keys: [.char("2")], scope: .global, label: L10n.screenTasks),
            Binding(action: .contacts, keys: [.char("3")], scope: .global, label: L10n.screenContacts),
            Binding(action: .plans, keys: [.char("4")], scope: .global, label: L10n.screenPlans),
            Binding(action: .teams, keys: [.char("5")], scope: .global, label: L10n.screenTeams),
            Binding(action: .meeting, keys: [.char("6")], scope: .global, label: L10n.screenMeeting),
            Binding(action: .nextScreen, keys: [.tab], scope: .global, label: L10n.actionNextScreen),
            Binding(action: .previousScreen, keys: [.backTab], scope: .global, label: L10n.actionPreviousScreen),
            Binding(action: .print, keys: [.char("p")], scope: .global, label: L10n.actionPrint),
            Binding(action: .printPipe, keys: [.char("P")], scope: .global, label: L10n.actionPrintPipe),
            Binding(action: .back, keys: [.escape], scope: .global, label: L10n.actionBack),
            Binding(action: .undo, keys: [.char("u")], scope: .global, label: L10n.actionUndo),
            Binding(action: .help, keys: [.char("?"), .function(1)], scope: .global, label: L10n.actionHelp),
            Binding(action: .quit, keys: [.char("q")], scope: .global, label: L10n.actionQuit),

            Binding(action: .up, keys: [.up, .char("k")], scope: .list, label: L10n.actionUp),
            Binding(action: .down, keys: [.down, .char("j")], scope: .list, label: L10n.actionDown),
            Binding(action: .pageUp, keys: [.pageUp], scope: .list, label: L10n.actionPageUp),
            Binding(action: .pageDown, keys: [.pageDown], scope: .list, label: L10n.actionPageDown),
            Binding(action: .top, keys: [.char("g"), .home], scope: .list, label: L10n.actionTop),
            Binding(action: .bottom, keys: [.char("G"), .end], scope: .list, label: L10n.actionBottom),
            Binding(action: .open, keys: [.enter], scope: .list, label: L10n.actionOpen),
            Binding(action: .search, keys: [.char("/")], scope: .list, label: L10n.actionSearch),
            Binding(action: .filter, keys: [.char("f")], scope: .list, label: L10n.actionFilter),
            Binding(action: .mine, keys: [.char("m")], scope: .list, label: L10n.actionMine),
            Binding(action: .overdueOnly, keys: [.char("!")], scope: .list, label: L10n.actionOverdueOnly),

            Binding(action: .sort, keys: [.char("o")], scope: .screen, label: L10n.actionSort),
            Binding(action: .add, keys: [.char("a")], scope: .screen, label: L10n.actionAdd),
            Binding(action: .edit, keys: [.char("e")], scope: .screen, label: L10n.actionEdit),
            Binding(action: .status, keys: [.char("s")], scope: .screen, label: L10n.actionStatus),
            Binding(action: .note, keys: [.char("n")], scope: .screen, label: L10n.actionNote),
            Binding(action: .reassign, keys: [.char("r")], scope: .screen, label: L10n.actionReassign),
            Binding(action: .addTask, keys: [.char("t")], scope: .screen, label: L10n.actionAddTask),
            Binding(action: .followUpDone, keys: [.char("x")], scope: .screen, label: L10n.actionFollowUpDone),
            Binding(action: .support, keys: [.char("w")], scope: .screen, label: L10n.actionSupport),
            Binding(action: .deactivate, keys: [.char("D")], scope: .screen, label: L10n.actionDeactivate),
            Binding(action: .evaluate, keys: [.char("c")], scope: .screen, label: L10n.actionEvaluate),
            Binding(action: .nextPlan, keys: [.char("N")], scope: .screen, label: L10n.actionNextPlan),
            Binding(action: .nextSection, keys: [.right, .char("]")], scope: .screen, label: L10n.actionNextSection),
            Binding(action: .previousSection, keys: [.left, .char("[")], scope: .screen, label: L10n.actionPreviousSection),
            Binding(action: .reviewScope, keys: [.char("z")], scope: .screen, label: L10n.actionReviewScope),
            Binding(action: .toggle, keys: [.char(" ")], scope: .screen, label: L10n.actionToggle),
            Binding(action: .goalDealtWith, keys: [.char("c")], scope: .screen, label: L10n.actionGoalDealtWith),
            Binding(action: .remove, keys: [.char("d"), .delete], scope: .screen, label: L10n.actionRemove),
            Binding(action: .recordMeeting, keys: [.ctrl("s")], scope: .screen, label: L10n.actionRecordMeeting),
            Binding(action: .showSummaries, keys: [.char("v")], scope: .screen, label: L10n.actionShowSummaries),
            Binding(action: .adoptPlan, keys: [.char("w")], scope: .screen, label: L10n.actionAdoptPlan),

            Binding(action: .save, keys: [.ctrl("s")], scope: .form, label: L10n.actionSave, onBar: true),
            Binding(action: .cancel, keys: [.escape], scope: .form, label: L10n.actionCancel, onBar: true),
            Binding(action: .nextField, keys: [.tab, .down], scope: .form, label: L10n.actionNextField, onBar: true),
            Binding(action: .previousField, keys: [.backTab, .up], scope: .form, label: L10n.actionPreviousField),
            Binding(action: .nextFieldOrSave, keys: [.enter], scope: .textField, label: L10n.actionNextFieldOrSave),
            Binding(action: .newLine, keys: [.enter], scope: .multilineField, label: L10n.actionNewLine, onBar: true),
            Binding(action: .openList, keys: [.enter], scope: .choiceField, label: L10n.actionOpenList, onBar: true),
            Binding(action: .narrowList, keys: [], scope: .choiceField, label: L10n.actionNarrowList, typing: true),

            Binding(action: .type, keys: [], scope: .editing, label: L10n.actionType, typing: true),
            Binding(action: .cursorLeft, keys: [.left], scope: .editing, label: L10n.actionCursorLeft),
            Binding(action: .cursorRight, keys: [.right], scope: .editing, label: L10n.actionCursorRight),
            Binding(action: .lineStart, keys: [.home, .ctrl("a")], scope: .editing, label: L10n.actionLineStart),
            Binding(action: .lineEnd, keys: [.end, .ctrl("e")], scope: .editing, label: L10n.actionLineEnd),
            Binding(action: .deleteBack, keys: [.backspace], scope: .editing, label: L10n.actionDeleteBack),
            Binding(action: .deleteForward, keys: [.delete], scope: .editing, label: L10n.actionDeleteForward),
            Binding(action: .clearField, keys: [.ctrl("u")], scope: .editing, label: L10n.actionClearField),
            Binding(action: .deleteWord, keys: [.ctrl("w")], scope: .editing, label: L10n.actionDeleteWord),

            Binding(action: .yes, keys: [.char("t"), .char("T"), .char("y"), .char("Y")], scope: .prompt, label: L10n.actionYes, onBar: true),
            Binding(action: .no, keys: [.char("n"), .char("N"), .escape, .char("q")], scope: .prompt, label: L10n.actionNo, onBar: true),

            Binding(action: .choose, keys: [.enter], scope: .picker, label: L10n.actionChoose, onBar: true),
            Binding(action: .cancel, keys: [.escape], scope: .picker, label: L10n.actionCancel, onBar: true),
        ] + arrows(.picker) + [
            Binding(action: .keepSearch, keys: [.enter], scope: .search, label: L10n.actionKeepSearch, onBar: true),
            Binding(action: .clearSearch, keys: [.escape], scope: .search, label: L10n.actionClearSearch, onBar: true),
        ] + arrows(.search) + [
            Binding(action: .status, keys: [.char("s")], scope: .taskWindow, label: L10n.actionStatus, onBar: true),
            Binding(action: .note, keys: [.char("n")], scope: .taskWindow, label: L10n.actionNote, onBar: true),
            Binding(action: .reassign, keys: [.char("r")], scope: .taskWindow, label: L10n.actionReassign, onBar: true),
            Binding(action: .edit, keys: [.char("e")], scope: .taskWindow, label: L10n.actionEdit, onBar: true),
            Binding(action: .support, keys: [.char("w")], scope: .taskWindow, label: L10n.actionSupport),

            Binding(action: .close, keys: [.escape, .char("q"), .enter, .char("?"), .function(1)], scope: .textView, label: L10n.actionClose, onBar: true),
            Binding(action: .up, keys: [.up, .char("k")], scope: .textView, label: L10n.actionUp),
            Binding(action: .down, keys: [.down, .char("j")], scope: .textView, label: L10n.actionDown),
            Binding(action: .pageUp, keys: [.pageUp], scope: .textView, label: L10n.actionPageUp),
            Binding(action: .pageDown, keys: [.pageDown, .char(" ")], scope: .textView, label: L10n.actionPageDown, onBar: true),
            Binding(action: .top, keys: [.home, .char("g")], scope: .textView, label: L10n.actionTop),
            Binding(action: .bottom, keys: [.end, .char("G")], scope: .textView, label: L10n.actionBottom),
        ]
    }

    /// Moving through a list that typing narrows (a picker, the search line): the arrows and
    /// the page keys, no letters.
    private static func arrows(_ scope: KeyScope) -> [Binding] {
        [
            Binding(action: .up, keys: [.up], scope: scope, label: L10n.actionUp),
            Binding(action: .down, keys: [.down], scope: scope, label: L10n.actionDown),
            Binding(action: .pageUp, keys: [.pageUp], scope: scope, label: L10n.actionPageUp),
            Binding(action: .pageDown, keys: [.pageDown], scope: scope, label: L10n.actionPageDown),
        ]
    }

    /// The binding a key reaches in `scopes` (after `always`), looked up in that order; in the
    /// screens' scopes only among the actions `available` now.
    static func binding(for key: Key, in scopes: [KeyScope], among available: Set<Action>? = nil) -> Binding? {
        let all = bindings
        for scope in [.always] + scopes {
            let isScreen = scope == .global || scope == .list || scope == .screen
            if let b = all.first(where: { b in
                b.scope == scope && (!isScreen || available?.contains(b.action) ?? true)
                    && (b.keys.contains(key) || (b.typing && key.isPrintable))
            }) { return b }
        }
        return nil
    }

    /// The screens' binding of an action (the first of the scopes outside windows).
    static func binding(_ action: Action) -> Binding? {
        bindings.first { $0.action == action && [.always, .global, .list, .screen].contains($0.scope) }
    }

    /// The bindings of a scope.
    static func bindings(in scope: KeyScope) -> [Binding] { bindings.filter { $0.scope == scope } }

    /// What the key bar shows while `scopes` are in use: their bindings marked for it.
    static func bar(_ scopes: [KeyScope]) -> [Binding] {
        scopes.flatMap { s in bindings.filter { $0.scope == s && $0.onBar } }
    }

    /// The first key of an action outside windows, as a sentence names it ("f — zmień filtr").
    static func key(_ action: Action) -> String {
        binding(action)?.keys.first?.description ?? ""
    }

    /// `t tak · n nie` — the scope's bar bindings as one line (inside a window).
    static func hints(_ scopes: [KeyScope]) -> String {
        bar(scopes).map { ($0.keys.first.map(\.description) ?? $0.keysText) + " " + $0.label }.joined(separator: " · ")
    }
}

/// What the last key press did: which scope it was read in and what it reached. Kept for the
/// tests that hold the key table to its word, and for `beat debug key-times`.
struct KeyTrace: Equatable, Sendable {
    var key: Key
    var scope: KeyScope?
    var action: Action?
    /// Whether whatever had the key acted on it.
    var handled: Bool
}
