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
    /// Esc was pressed once on "who are you?": a second Esc quits.
    var refusedToSayWho = false
    var undo: [UndoStep] = []
    var me: String?
    var quit = false
    /// Why the store takes no changes, when it does not.
    var readOnlyReason: String?
    /// The contact form starts with the channel and category used last.
    var lastChannel: ContactChannel = .onBeat
    var lastCategory: ThreatCategory = .other

    /// What the last key press did (for the key table's tests and `beat debug key-times`).
    var lastKey: KeyTrace?

    static let globalActions: Set<Action> = [.dashboard, .tasks, .contacts, .plans, .teams, .meeting, .nextScreen,
                                             .previousScreen, .print, .printPipe, .undo, .help, .quit]
    static let listActions: Set<Action> = [.up, .down, .pageUp, .pageDown, .top, .bottom]

    /// What the officer's config keeps of this session: who, the channel and category used
    /// last, each list's filter.
    var config: Config {
        Config(officer: me, lastChannel: lastChannel.rawValue, lastCategory: lastCategory.rawValue,
               taskFilter: tasks.isFiltered ? SavedFilter(tasks.query) : nil,
               contactFilter: contacts.isFiltered ? SavedFilter(contacts.query) : nil)
    }

    /// Starts from the officer's config (`me` aside): what `model` does not know is left out.
    mutating func restore(_ c: Config, model: Model) {
        if let ch = c.lastChannel.flatMap(ContactChannel.init(rawValue:)) { lastChannel = ch }
        if let cat = c.lastCategory.flatMap(ThreatCategory.init(rawValue:)) { lastCategory = cat }
        if let f = c.taskFilter { tasks.filter(f.taskQuery(in: model)) }
        if let f = c.contactFilter { contacts.filter(f.contactQuery(in: model)) }
    }

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

    /// The scopes of the key table a key is read in now, in order.
    var scopes: [KeyScope] {
        switch modal {
        case .form(let f)?: return f.scopes
        case .picker?: return Picker.scopes
        case .confirm?: return [.prompt]
        case .text(let t)?: return t.scopes
        case nil: return screen.isTyping ? [.search, .editing] : [.global, .list, .screen]
        }
    }

    /// One key press: read through the key table in the scopes in use, then done by what has
    /// the key. A key that does nothing there says so.
    mutating func handle(_ key: Key, ctx: ScreenContext) -> [Effect] {
        if key == .resize { return [] }
        message = nil
        let scopes = self.scopes
        let binding = KeyMap.binding(for: key, in: scopes, among: modal == nil && !screen.isTyping ? available(ctx) : nil)
        let action = binding?.action
        var handled = true
        var effects: [Effect] = []
        if action == .quitNow {
            // Ctrl-C leaves at once, from anywhere: a meeting being prepared is kept in its draft file.
            quit = true
        } else if modal != nil {
            (effects, handled) = handleModal(key, action, ctx: ctx)
        } else if screen.isTyping {
            let done = handleInScreen(key, action, ctx)
            handled = done != nil
            effects = done ?? []
        } else if let action, AppState.globalActions.contains(action) {
            effects = handleGlobal(action, key: key, ctx: ctx)
        } else {
            let done = handleInScreen(key, action, ctx)
            handled = done != nil
            effects = done ?? []
        }
        lastKey = KeyTrace(key: key, scope: binding?.scope, action: action, handled: handled)
        if !handled {
            // Every key acts or says why not; a question waits for its answer.
            if scopes == [.prompt] {
                let yes = KeyMap.bindings(in: .prompt).first { $0.action == .yes }?.keys.first?.description ?? ""
                let no = KeyMap.bindings(in: .prompt).first { $0.action == .no }?.keys.first?.description ?? ""
                message = Message(text: L10n.answerYesOrNo(yes, no), isError: true)
            } else if scopes.contains(.editing) || modal != nil {
                message = Message(text: L10n.keyDoesNothingInWindow(key.description), isError: true)
            } else {
                message = Message(text: L10n.keyDoesNothing(key.description, help: KeyMap.key(.help)), isError: true)
            }
        }
        return effects
    }

    private mutating func handleGlobal(_ action: Action, key: Key, ctx: ScreenContext) -> [Effect] {
        switch action {
        case .nextScreen: current = ScreenID(rawValue: current.rawValue % ScreenID.allCases.count + 1)!
        case .previousScreen: current = ScreenID(rawValue: (current.rawValue + ScreenID.allCases.count - 2) % ScreenID.allCases.count + 1)!
        case .help: modal = .text(HelpView.make(for: self, ctx: ctx))
        case .quit:
            // A meeting being recorded is asked about first (Ctrl-C, `quitNow`, does not ask).
            if !meeting.draft.isEmpty {
                modal = .confirm(Confirmation(question: L10n.quitWithUnsavedMeeting(record: KeyMap.key(.recordMeeting)), purpose: .quitWithDraft))
            } else {
                quit = true
            }
        case .undo: return [.undo]
        case .print, .printPipe:
            guard let r = screen.report(ctx) else { return [.error(screen.whyNoPrintout(ctx))] }
            return [.print(r, pipe: action == .printPipe)]
        default:
            if let id = ScreenID.allCases.first(where: { $0.action == action }) { current = id }
        }
        return []
    }

    /// A key in a window; whether it was the window's.
    private mutating func handleModal(_ key: Key, _ action: Action?, ctx: ScreenContext) -> ([Effect], Bool) {
        guard let m = modal else { return ([], false) }
        switch m {
        case .form(var form):
            let field = form.focused
            form.note = nil
            let outcome = action.map { form.perform($0, key: key) } ?? .ignored
            switch outcome {
            case .ignored:
                modal = .form(form)
                return ([], false)
            case .cancel:
                modal = nil
            case .none:
                if form.focused != field { form.purpose.left(field, in: &form, ctx: ctx) }
                modal = .form(form)
            case .submit:
                return (submit(form, ctx: ctx), true)
            }
        case .picker(var picker, let purpose):
            switch action.map({ picker.perform($0, key: key) }) ?? .ignored {
            case .ignored: return ([], false)
            // Nothing is written as an unknown person: who you are is asked until chosen; Esc twice quits.
            case .cancelled where purpose == .whoAmI:
                if refusedToSayWho { quit = true } else { message = Message(text: L10n.chooseWhoYouAre, isError: true) }
                refusedToSayWho = true
                modal = .picker(picker, purpose)
            case .cancelled: modal = nil
            case .none: modal = .picker(picker, purpose)
            case .chosen(let choice):
                modal = nil
                return (choose(choice, for: purpose, ctx: ctx), true)
            }
        case .confirm(let c):
            switch action {
            case .yes?:
                modal = nil
                return (confirmed(c.purpose, ctx: ctx), true)
            case .no?:
                // A form asked about goes back as it was.
                if case .submitAnyway(let form) = c.purpose { modal = .form(form) } else { modal = nil }
            default: return ([], false)
            }
        case .text(var view):
            switch action {
            case .close?: modal = nil
            case let a? where TextView.scrolling.contains(a):
                // The window is drawn over the screen's body; a key that cannot scroll says why.
                switch view.scroll(a, in: ctx.body) {
                case .moved: modal = .text(view)
                case .allShown: message = Message(text: L10n.textAllShown, isError: true)
                case .atTop: message = Message(text: L10n.textAtTop, isError: true)
                case .atEnd: message = Message(text: L10n.textAtEnd, isError: true)
                }
            case let a?:
                // A task's window: s, n, r, e act on the task shown.
                guard let id = view.task, let task = ctx.model.task(id), let effects = TasksScreen.act(a, on: task, ctx: ctx) else { return ([], false) }
                modal = nil
                return (effects, true)
            default: return ([], false)
            }
        }
        return ([], true)
    }

    /// A form saved: what its purpose makes of its fields.
    private mutating func submit(_ form: Form, ctx: ScreenContext) -> [Effect] {
        var form = form
        switch form.purpose.submit(form, ctx: ctx) {
        case .invalid(let why):
            form.reject(why)
            modal = .form(form)
        case .changes(let changes, let message, let then):
            form.error = nil
            modal = .form(form)
            return [.apply(changes, message: message, then: then)]
        case .event(let event):
            modal = nil
            route(event, ctx: ctx)
        case .confirm(let question):
            form.error = nil
            modal = .confirm(Confirmation(question: question, purpose: .submitAnyway(form)))
        }
        return []
    }

    /// An event to the screen it is for.
    mutating func route(_ event: AppEvent, ctx: ScreenContext) {
        switch event {
        case .taskFilter(let q): tasks.filter(q)
        case .contactFilter(let q): contacts.filter(q)
        case .threatFilter(let q):
            plans.register.filter(q)
            plans.section = .threats
        case .contactLogged(let channel, let category):
            lastChannel = channel
            lastCategory = category
            // A report from the threat map: its threat belongs on the register; the officer says whether now.
            if channel == .mapReport, let c = ctx.model.contacts.last(where: { $0.channel == .mapReport && $0.officer == (me ?? $0.officer) }) {
                modal = .confirm(Confirmation(question: L10n.registerThreatOfContact(c.id), purpose: .registerThreat(contact: c.id)))
            }
        case .reviewScope, .decisionText, .taskDecision, .goalDealtWith, .meetingRecord, .minutesEdited, .meetingRecorded:
            if let said = meeting.receive(event, ctx: ctx) { message = said }
        }
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
        case .support(let id):
            guard let index = Int(choice.id) else { return [.openForm(TaskForms.supportForm(task: id, ctx: ctx))] }
            return [.openForm(TaskForms.supportGivenForm(task: id, index: index, ctx: ctx))]
        case .addToTeams:
            guard let team = ctx.model.team(choice.id) else { return [.openForm(StationForms.teamForm(nil, ctx: ctx))] }
            return [.openForm(TeamForms.memberForm(nil, team: team, ctx: ctx))]
        }
    }

    private mutating func confirmed(_ purpose: ConfirmPurpose, ctx: ScreenContext) -> [Effect] {
        switch purpose {
        case .followUpDone(let id):
            return [.apply([.markFollowUp(FollowUpMark(contact: id, done: ctx.today))], message: L10n.followUpMarked(id))]
        case .registerThreat(let id):
            guard let c = ctx.model.contact(id) else { return [] }
            return [.openForm(ThreatForms.addForm(contact: c, ctx: ctx))]
        case .removeMember(let team, let member):
            let name = ctx.model.partner(member)?.name ?? member
            return [.apply([.removeMember(MemberRemoval(team: team, member: member))], message: L10n.memberRemoved(name, ctx.model.team(team)?.name ?? team))]
        case .recordMeeting(let draft):
            return [.apply([.addMeeting(draft)], message: L10n.meetingRecorded(draft.day, decisions: draft.decisions.count,
                                                                               tasks: draft.decisions.filter { $0.newTask != nil }.count),
                           then: .meetingRecorded)]
        case .quitWithDraft:
            quit = true
            return []
        case .submitAnyway(var form):
            form.confirmed = true
            return submit(form, ctx: ctx)
        case .showSummaries:
            meeting.showSummaries = true
            return [.message(L10n.summariesShown)]
        }
    }
}
