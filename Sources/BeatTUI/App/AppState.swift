import BeatCore

/// A window over the screens: a form, a picker, a question, or a page of text.
enum Modal {
    case form(Form)
    case picker(Picker, PickerPurpose)
    case confirm(Confirmation)
    case text(TextView)
}

/// A line at the bottom that says what just happened.
struct Message: Equatable {
    var text: String
    var isError: Bool
}

/// One step `u` can take back: the changes that undo what was saved, and what it was.
struct UndoStep {
    var changes: [Change]
    var label: String
}

/// The whole interface as a value. `handle` turns a key into effects; the app performs
/// them and feeds results back. Nothing here does I/O.
struct AppState {
    var current: ScreenID = .dashboard
    var dashboard = DashboardScreen()
    var tasks = TasksScreen()
    var contacts = ContactsScreen()
    var plans = PlansScreen()
    var teams = TeamsScreen()
    var meeting = MeetingScreen()
    var modal: Modal?
    var message: Message?
    var undo: [UndoStep] = []
    var me: String?
    var quit = false
    /// Why the store takes no changes, when it does not.
    var readOnlyReason: String?
    /// The contact form starts with the channel and category used last.
    var lastChannel: ContactChannel = .onBeat
    var lastCategory: ThreatCategory = .other

    static let globalActions: Set<Action> = [.dashboard, .tasks, .contacts, .plans, .teams, .meeting, .nextScreen,
                                             .previousScreen, .undo, .help, .quit]
    static let listActions: Set<Action> = [.up, .down, .pageUp, .pageDown, .top, .bottom]

    var screen: any Screen {
        switch current {
        case .dashboard: return dashboard
        case .tasks: return tasks
        case .contacts: return contacts
        case .plans: return plans
        case .teams: return teams
        case .meeting: return meeting
        }
    }

    private mutating func handleInScreen(_ key: Key, _ action: Action?, _ ctx: ScreenContext) -> [Effect]? {
        switch current {
        case .dashboard: return dashboard.handle(key, action: action, ctx: ctx)
        case .tasks: return tasks.handle(key, action: action, ctx: ctx)
        case .contacts: return contacts.handle(key, action: action, ctx: ctx)
        case .plans: return plans.handle(key, action: action, ctx: ctx)
        case .teams: return teams.handle(key, action: action, ctx: ctx)
        case .meeting: return meeting.handle(key, action: action, ctx: ctx)
        }
    }

    /// The actions that work now: the screen's and the global ones.
    func available(_ ctx: ScreenContext) -> Set<Action> {
        AppState.globalActions.union(AppState.listActions).union(screen.commands(ctx)).union([.back])
    }

    /// One key press.
    mutating func handle(_ key: Key, ctx: ScreenContext) -> [Effect] {
        if key == .resize { return [] }
        if modal != nil { return handleModal(key, ctx: ctx) }
        message = nil
        if screen.isTyping { return handleInScreen(key, nil, ctx) ?? [] }
        let action = KeyMap.action(for: key, among: available(ctx))
        if let action, AppState.globalActions.contains(action) {
            switch action {
            case .nextScreen: current = ScreenID(rawValue: current.rawValue % ScreenID.allCases.count + 1)!
            case .previousScreen: current = ScreenID(rawValue: (current.rawValue + ScreenID.allCases.count - 2) % ScreenID.allCases.count + 1)!
            case .help: modal = .text(HelpView.make(for: self, ctx: ctx))
            case .quit:
                // A meeting being recorded is asked about first; Ctrl-C always leaves at once.
                if key != .ctrl("c"), !meeting.draft.isEmpty {
                    modal = .confirm(Confirmation(question: L10n.quitWithUnsavedMeeting, purpose: .quitWithDraft))
                } else {
                    quit = true
                }
            case .undo: return [.undo]
            default:
                if let id = ScreenID.allCases.first(where: { $0.action == action }) { current = id }
            }
            return []
        }
        if action == .print || action == .printPipe {
            guard let r = screen.report(ctx) else { return [.message(L10n.nothingToPrint)] }
            return [.print(r, pipe: action == .printPipe)]
        }
        return handleInScreen(key, action, ctx) ?? []
    }

    private mutating func handleModal(_ key: Key, ctx: ScreenContext) -> [Effect] {
        guard let m = modal else { return [] }
        switch m {
        case .form(var form):
            switch form.handle(key) {
            case .cancel:
                modal = nil
            case .none:
                modal = .form(form)
            case .submit:
                switch form.purpose.submit(form, ctx: ctx) {
                case .invalid(let why):
                    form.error = why
                    modal = .form(form)
                case .changes(let changes, let message):
                    form.error = nil
                    modal = .form(form)
                    return [.apply(changes, message: message)]
                case .view(let update):
                    modal = nil
                    update(&self)
                }
            }
        case .picker(var picker, let purpose):
            switch picker.handle(key) {
            // Nothing is written as an unknown person: who you are is asked until chosen; Esc twice quits.
            case .cancelled where purpose == .whoAmI:
                if message?.text == L10n.chooseWhoYouAre { quit = true } else { message = Message(text: L10n.chooseWhoYouAre, isError: true) }
                modal = .picker(picker, purpose)
            case .cancelled: modal = nil
            case .none: modal = .picker(picker, purpose)
            case .chosen(let choice):
                modal = nil
                return choose(choice, for: purpose, ctx: ctx)
            }
        case .confirm(let c):
            switch key {
            case .char("t"), .char("T"), .char("y"), .char("Y"):
                modal = nil
                return confirmed(c.purpose, ctx: ctx)
            case .char("n"), .char("N"), .escape, .char("q"):
                modal = nil
            default: break
            }
        case .text(var view):
            if key == .escape || key == .char("q") || key == .enter || key == .function(1) || key == .char("?") {
                modal = nil
            } else {
                _ = view.handle(key, height: max(1, ctx.body.height - 3))
                modal = .text(view)
            }
        }
        return []
    }

    private mutating func choose(_ choice: Choice, for purpose: PickerPurpose, ctx: ScreenContext) -> [Effect] {
        switch purpose {
        case .taskStatus(let id):
            guard let status = TaskStatus(rawValue: choice.id) else { return [] }
            if status.needsReason { return [.openForm(TaskForms.reasonForm(task: id, status: status))] }
            return [.apply([.setTaskStatus(TaskStatusUpdate(task: id, status: status))], message: L10n.taskStatusSet(id, status))]
        case .reassign(let id):
            guard let t = ctx.model.task(id) else { return [] }
            var edit = TaskEdit(of: t)
            edit.assignee = choice.id
            return [.apply([.editTask(edit)], message: L10n.reassigned(id, ctx.model.officer(choice.id)?.title ?? choice.id))]
        case .whoAmI:
            me = choice.id
            return [.message(L10n.workingAs(ctx.model.officer(choice.id)?.title ?? choice.id))]
        }
    }

    private mutating func confirmed(_ purpose: ConfirmPurpose, ctx: ScreenContext) -> [Effect] {
        switch purpose {
        case .followUpDone(let id):
            return [.apply([.markFollowUp(FollowUpMark(contact: id, done: ctx.today))], message: L10n.followUpMarked(id))]
        case .recordMeeting(let draft):
            return [.applyThen([.addMeeting(draft)], message: L10n.meetingRecorded(draft.day, decisions: draft.decisions.count,
                                                                                     tasks: draft.decisions.filter { $0.newTask != nil }.count),
                               then: { state in state.meeting.recorded() })]
        case .quitWithDraft:
            quit = true
            return []
        }
    }
}
