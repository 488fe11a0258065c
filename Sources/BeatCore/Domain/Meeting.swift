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

/// A decision of a meeting; `task` is the task it made, if it made one.
public struct Decision: Codable, Hashable, Sendable {
    public var text: String
    public var task: Int?

    public init(text: String, task: Int? = nil) {
        self.text = text
        self.task = task
    }
}
