/// A meeting (posiedzenie) of a coordination team.
public struct Meeting: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var team: String
    public var day: Day
    /// Ids of the team members present.
    public var attendees: [String]
    /// Ids of the officers present.
    public var officers: [String] = []
    public var minutes: String
    public var decisions: [Decision]
    /// When and where the team meets next, as agreed at this meeting.
    public var next: NextMeeting?
}

/// The team's next meeting as agreed: its day and place.
public struct NextMeeting: Codable, Hashable, Sendable {
    public var day: Day
    public var place: String

    public init(day: Day, place: String) {
        self.day = day
        self.place = place
    }
}

/// A decision of a meeting; `task` is the task it made (or the existing task it is about),
/// `closes` the plan whose goal the team declared dealt with, `adopts` the plan it adopted.
public struct Decision: Codable, Hashable, Sendable {
    public var text: String
    public var task: Int?
    /// The plan this decision closed, with the outcome the team agreed; the decision's text
    /// is the plan's evaluation note.
    public var closes: PlanClosure?
    /// The draft plan the team adopted with this decision: it became active, and this
    /// meeting is the one that adopted it (`Model.adoption(of:)`).
    public var adopts: Int?
}

/// A team's verdict on a plan's goal at a meeting: the plan is closed with this outcome.
public struct PlanClosure: Codable, Hashable, Sendable {
    public var plan: Int
    public var outcome: Evaluation.Outcome

    public init(plan: Int, outcome: Evaluation.Outcome) {
        self.plan = plan
        self.outcome = outcome
    }
}

extension Model {
    /// The meeting that adopted `plan`, if one did.
    public func adoption(of plan: Int) -> Meeting? {
        meetings.first { $0.decisions.contains { $0.adopts == plan } }
    }
}
