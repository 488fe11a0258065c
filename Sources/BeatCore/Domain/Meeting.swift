/// A meeting (posiedzenie) of a coordination team.
public struct Meeting: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var team: String
    public var day: Day
    /// Ids of the team members present.
    public var attendees: [String]
    /// Ids of the officers present.
    public var officers: [String]
    public var minutes: String
    public var decisions: [Decision]

    public init(id: Int, team: String, day: Day, attendees: [String], officers: [String] = [],
                minutes: String, decisions: [Decision]) {
        self.id = id
        self.team = team
        self.day = day
        self.attendees = attendees
        self.officers = officers
        self.minutes = minutes
        self.decisions = decisions
    }
}

/// A decision of a meeting; `task` is the task it made (or the existing task it is about),
/// `closes` the plan whose goal the team declared dealt with.
public struct Decision: Codable, Hashable, Sendable {
    public var text: String
    public var task: Int?
    /// The plan this decision closed, with the outcome the team agreed; the decision's text
    /// is the plan's evaluation note.
    public var closes: PlanClosure?

    public init(text: String, task: Int? = nil, closes: PlanClosure? = nil) {
        self.text = text
        self.task = task
        self.closes = closes
    }
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
