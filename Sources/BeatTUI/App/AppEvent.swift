import BeatCore

/// What one part of the interface tells another, as a value the app routes to the screen
/// that owns the state (gitui's queue): a form never reaches into a screen, a screen never
/// into another.
enum AppEvent: Equatable, Sendable {
    /// The task list's filters.
    case taskFilter(TaskQuery)
    /// The contact list's filters.
    case contactFilter(ContactQuery)
    /// The threat register's filters.
    case threatFilter(ThreatQuery)
    /// A contact was logged with this channel and category: the next one starts with them.
    case contactLogged(ContactChannel, ThreatCategory)
    /// The meeting screen's team and "since" day.
    case reviewScope(team: String, since: Day?)
    /// A decision in words, new (nil) or the one at its place in the meeting being prepared.
    case decisionText(String, at: Int?)
    /// A task decided at the meeting.
    case taskDecision(DecisionDraft, at: Int?)
    /// A plan's goal declared dealt with.
    case goalDealtWith(DecisionDraft, at: Int?)
    /// The meeting's day and minutes, and when and where the team meets next, from its form.
    case meetingRecord(day: Day, minutes: String, next: NextMeeting?)
    /// The minutes, edited in the user's editor.
    case minutesEdited(String)
    /// The meeting being prepared was saved.
    case meetingRecorded
}

/// What long text edited outside the interface is for: its result comes back as an event.
enum ExternalEdit: Equatable, Sendable {
    case minutes

    func event(_ text: String) -> AppEvent {
        switch self {
        case .minutes: return .minutesEdited(text)
        }
    }
}
