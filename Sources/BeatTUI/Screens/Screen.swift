import BeatCore

/// What every screen reads: the model as it is now, the clock, who is working.
struct ScreenContext {
    let model: Model
    let clock: Clock
    /// The officer using Beat (`--as`, `$BEAT_OFFICER`, the saved choice).
    let me: String?
    /// The rectangle the screen draws into (between the tab bar and the status lines).
    let body: Rect
    /// A new contact starts with the channel and category used last.
    var lastChannel: ContactChannel = .onBeat
    var lastCategory: ThreatCategory = .other
    /// The contact log is still being read (the first frame comes from the reference data):
    /// what needs it says so rather than show figures that would turn out wrong.
    var contactLogLoading = false
    /// Which contacts the session's saves touched, by version (lists update only those rows).
    var contactChanges = ContactLogChanges()

    var today: Day { clock.today }
    var myOfficer: Officer? { me.flatMap { model.officer($0) } }
}

/// What a screen asks the app to do; the app carries it out (the only place with I/O).
enum Effect {
    /// Persist changes (one undo step); say `message` when saved, then route `then` to the
    /// screen it is for. A form stays open on failure.
    case apply([Change], message: String, then: AppEvent? = nil)
    case openForm(Form)
    case openPicker(Picker, PickerPurpose)
    case confirm(Confirmation)
    case showText(TextView)
    case goTo(ScreenID)
    case print(ReportRequest, pipe: Bool)
    case message(String)
    /// Say that something cannot be done, and why.
    case error(String)
    /// Tell the screen the event is for.
    case event(AppEvent)
    /// Edit long text in the user's `$EDITOR` (the interface steps aside meanwhile); the
    /// edited text comes back as the event `purpose` makes of it.
    case editExternally(String, purpose: ExternalEdit)
    /// Take back the last saved step of this session.
    case undo
}

/// The screens, in the order of the tabs and the number keys.
enum ScreenID: Int, CaseIterable, Sendable {
    case dashboard = 1, tasks, contacts, plans, teams, meeting

    var title: String {
        switch self {
        case .dashboard: return L10n.screenDashboard
        case .tasks: return L10n.screenTasks
        case .contacts: return L10n.screenContacts
        case .plans: return L10n.screenPlans
        case .teams: return L10n.screenTeams
        case .meeting: return L10n.screenMeeting
        }
    }

    var action: Action {
        switch self {
        case .dashboard: return .dashboard
        case .tasks: return .tasks
        case .contacts: return .contacts
        case .plans: return .plans
        case .teams: return .teams
        case .meeting: return .meeting
        }
    }
}

/// One shape for every screen (as gitui's components): it handles a key (consumed or
/// not), lists the commands it offers now, and draws into its rectangle.
protocol Screen {
    /// The actions this screen offers now (they drive the status bar and which keys work).
    func commands(_ ctx: ScreenContext) -> [Action]
    /// Handles a key; `action` is what the key table makes of it among `commands`.
    /// Returns nil when the screen did not consume the key.
    mutating func handle(_ key: Key, action: Action?, ctx: ScreenContext) -> [Effect]?
    /// Whether the screen is taking typed text (a search line): global keys wait.
    var isTyping: Bool { get }
    func draw(into canvas: inout Canvas, ctx: ScreenContext)
    /// What `p` prints from this screen (or the section shown), if anything.
    func report(_ ctx: ScreenContext) -> ReportRequest?
    /// Why `p` prints nothing here (when `report` is nil): on the status line and in the help.
    func whyNoPrintout(_ ctx: ScreenContext) -> String
}

extension Screen {
    var isTyping: Bool { false }
    func report(_ ctx: ScreenContext) -> ReportRequest? { nil }
    func whyNoPrintout(_ ctx: ScreenContext) -> String { L10n.nothingToPrint }
}

/// A request for a printout of the current screen.
struct ReportRequest: Equatable, Sendable {
    var kind: ReportKind
    var district: String?
    var officer: String?
    var plan: Int?
    /// The coordination team and the review's "since" day (the meeting review).
    var team: String?
    var since: Day?
    /// The threat register's filter (statuses, category, overdue; its district is `district`).
    var threats: ThreatQuery?
}
