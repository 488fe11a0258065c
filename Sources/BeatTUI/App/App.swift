import BeatCore
import Foundation

/// Runs the interface: keys in, effects out, the store written, frames shown. The only part
/// of the interface that does I/O (through the store and the terminal).
final class App {
    var state: AppState
    let store: any ModelStore
    let terminal: any Terminal
    /// The language the interface speaks: bound around every frame and key (`frame`, `press`).
    let language: Language
    var clock: () -> Clock
    /// Called when the user's choices (who I am, last channel and category, the lists' filters) change.
    var saveConfig: (Config) -> Void = { _ in }
    /// Called when the meeting being prepared changes (an empty draft: recorded or dropped).
    var saveDraft: (MeetingScreen.Draft) throws -> Void = { _ in }
    /// How the interface prints `p` (write a file) and `P` (pipe to lpr); returns what to say.
    var printer: (ReportRequest, Bool, Model, Clock) -> Result<String, BeatError> = { _, _, _, _ in .failure(.other(L10n.nothingToPrint)) }
    /// How long text is edited outside the interface (`e` on the meeting's minutes): the real
    /// terminal suspends curses and runs `$EDITOR`; tests put a fake editor here.
    var editText: (String) -> Result<String, BeatError> = { _ in .failure(.other(L10n.editorNeedsTerminal(open: KeyMap.key(.open)))) }
    /// The contacts this session's saves touched: lists update a few rows rather than all.
    private var contactChanges: ContactLogChanges
    /// Why the interface stopped on its own: the contact log, read after the first frame, turned out damaged.
    private(set) var failure: BeatError?

    init(store: any ModelStore, terminal: any Terminal, me: String?, clock: @escaping () -> Clock, config: Config = Config(),
         language: Language = .current) {
        self.store = store
        self.terminal = terminal
        self.language = language
        self.clock = clock
        state = AppState()
        contactChanges = ContactLogChanges(at: store.model.seq)
        state.me = me
        state.restore(config, model: store.model)
        if store.isReadOnly { state.readOnlyReason = language.bind { L10n.interfaceReadOnly } + (store.readOnlyReason.map { " " + $0 } ?? "") }
        if me == nil {
            let officers = store.model.officers.filter(\.active).map { Choice($0.id, $0.title) }
            if !officers.isEmpty { state.modal = .picker(Picker(title: language.bind { L10n.whoAreYou }, options: officers), .whoAmI) }
        }
    }

    func context() -> ScreenContext {
        let size = terminal.size
        return ScreenContext(model: store.model, clock: clock(), me: state.me, body: Frame.body(rows: size.rows, cols: size.cols),
                             lastChannel: state.lastChannel, lastCategory: state.lastCategory,
                             contactLogLoading: store.isLoadingInBackground, contactChanges: contactChanges)
    }

    /// The frame for the terminal's current size.
    func frame() -> Canvas {
        let size = terminal.size
        return language.bind { Frame.render(state, ctx: context(), rows: size.rows, cols: size.cols) }
    }

    /// One key: the state decides, the effects are carried out.
    func press(_ key: Key) { language.bind { handle(key) } }

    private func handle(_ key: Key) {
        // A key that may act on the contact log waits for it; moving between screens and the task list do not.
        if store.isLoadingInBackground, state.modal == nil, state.current.actsOnContactLog,
           KeyMap.binding(for: key, in: [.global], among: AppState.globalActions) == nil {
            takeContactLog(wait: true)
            if failure != nil { return }
        }
        let configBefore = state.config, draftBefore = state.meeting.draft
        let effects = state.handle(key, ctx: context())
        for e in effects { perform(e) }
        if state.config != configBefore { saveConfig(state.config) }
        if state.meeting.draft != draftBefore {
            do { try saveDraft(state.meeting.draft) } catch {
                state.message = Message(text: L10n.draftNotKept((error as? BeatError)?.message ?? error.localizedDescription), isError: true)
            }
        }
    }

    /// Runs until quit: draw, wait for a key (picking up other officers' changes while idle,
    /// and the contact log as soon as it has been read).
    func run(idle: Double = 0.5, stop: () -> Bool = { false }) {
        while !state.quit && !stop() {
            terminal.show(frame())
            let loading = store.isLoadingInBackground
            if let key = terminal.nextKey(timeout: loading ? 0.02 : idle) {
                press(key)
            } else if loading {
                takeContactLog(wait: false)
            } else {
                refresh()
            }
        }
    }

    /// Takes in the contact log read after the first frame, once it is there (with `wait`,
    /// waiting for it). A damaged one stops the interface: the launcher then says what `beat check` says.
    func takeContactLog(wait: Bool) {
        language.bind {
            do {
                if try store.completeBackgroundLoad(wait: wait) { contactChanges.restart(at: store.model.seq) }
            } catch {
                failure = (error as? BeatError) ?? .other("\(error)")
                state.quit = true
            }
        }
    }

    /// Reads changes other processes saved; typed text in an open form stays as it is.
    func refresh() { language.bind { catchUp() } }

    private func catchUp() {
        do {
            guard try store.refresh() else { return }
            contactChanges.restart(at: store.model.seq)
            if state.modal == nil, state.message == nil { state.message = Message(text: L10n.updatedFromStore, isError: false) }
        } catch let e as BeatError {
            state.message = Message(text: e.message, isError: true)
        } catch {
            state.message = Message(text: "\(error)", isError: true)
        }
    }

    func perform(_ effect: Effect) {
        switch effect {
        case .apply(let changes, let message, let then):
            if save(changes, message: message), let then { state.route(then, ctx: context()) }
        case .event(let e): state.route(e, ctx: context())
        case .undo: undo()
        case .openForm(let form): state.modal = .form(form)
        case .openPicker(let p, let purpose): state.modal = .picker(p, purpose)
        case .confirm(let c): state.modal = .confirm(c)
        case .showText(let t): state.modal = .text(t)
        case .goTo(let id): state.current = id
        case .message(let m): state.message = Message(text: m, isError: false)
        case .error(let m): state.message = Message(text: m, isError: true)
        case .editExternally(let text, let purpose):
            switch editText(text) {
            case .success(let edited): state.route(purpose.event(edited), ctx: context())
            case .failure(let e): state.message = Message(text: e.message, isError: true)
            }
        case .print(let request, let pipe):
            takeContactLog(wait: true)
            if failure != nil { return }
            switch printer(request, pipe, store.model, clock()) {
            case .success(let said): state.message = Message(text: said, isError: false)
            case .failure(let e): state.message = Message(text: e.message, isError: true)
            }
        }
    }

    /// A refused change: in an open form, said of its field; else on the message line.
    private func fail(_ error: BeatError) {
        guard case .form(var f) = state.modal else { return fail(error.message) }
        f.reject(FieldError(error, in: f))
        state.modal = .form(f)
    }

    private func fail(_ message: String) {
        if case .form(var f) = state.modal {
            f.error = message
            state.modal = .form(f)
        } else {
            state.message = Message(text: message, isError: true)
        }
    }

    /// Persists `changes` as one undo step; false (and the reason shown) when they were refused.
    @discardableResult
    private func save(_ changes: [Change], message: String) -> Bool {
        if let why = state.readOnlyReason { fail(why); return false }
        // Nothing here may hold the model across the append (not even a screen context): the
        // store applies changes in place, and a second reference would make it copy the
        // contact log. What undoing needs comes back from the same apply.
        do {
            let applied = try append(changes)
            // Undo goes backwards, the last change's way back first; one change without a way back leaves the step out.
            let ways = applied.compactMap(\.undo)
            let inverse = ways.reversed().flatMap { $0 }
            if ways.count == applied.count, !inverse.isEmpty { state.undo.append(UndoStep(changes: inverse, label: message)) }
            if case .form? = state.modal { state.modal = nil }
            state.message = Message(text: message, isError: false)
            return true
        } catch let e as BeatError {
            fail(e)
        } catch {
            fail("\(error)")
        }
        return false
    }

    private func undo() {
        guard let step = state.undo.popLast() else {
            state.message = Message(text: L10n.nothingToUndo, isError: true)
            return
        }
        if let why = state.readOnlyReason { return fail(why) }
        do {
            try append(step.changes)
            state.message = Message(text: L10n.undone(step.label), isError: false)
        } catch let e as BeatError {
            state.message = Message(text: L10n.cannotUndo(e.message), isError: true)
        } catch {
            state.message = Message(text: "\(error)", isError: true)
        }
    }

    /// Saves `changes`, noting which contacts they touched.
    @discardableResult
    private func append(_ changes: [Change]) throws -> [Applied] {
        // Who may: the same rule the commands keep (the model is read here, not held across the append).
        for c in changes { try Authority.check(c, by: state.me, in: store.model) }
        let before = store.model.seq, loading = store.isLoadingInBackground
        let applied = try store.append(changes, by: state.me ?? Session.systemUser(), at: clock().now)
        if loading && !store.isLoadingInBackground {
            // The change waited for the contact log, which came in with it.
            contactChanges.restart(at: store.model.seq)
        } else {
            contactChanges.record(changes, applied, from: before, to: store.model.seq)
        }
        return applied
    }
}
