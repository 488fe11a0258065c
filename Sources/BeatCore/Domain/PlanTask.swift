/// A task: part of a safety plan, or self-set by an officer (karta samozadaniowania) when
/// `plan` is nil.
public struct PlanTask: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var plan: Int?
    public var district: String
    public var title: String
    public var description: String = ""
    /// The dzielnicowy who does it, or — when a partner holds it — follows it up.
    public var assignee: String
    /// Ids of coordination-team members involved.
    public var partners: [String] = []
    /// A team member or partner organisation holding the task, if not the police alone.
    public var holder: PartnerRef?
    public var due: Day?
    public var priority: TaskPriority = .normal
    public var status: TaskStatus = .open
    /// Why the task was closed without being done, or cancelled.
    public var reason: String?
    public var created: Timestamp
    public var createdBy: String
    /// The meeting whose decision made this task, if any.
    public var meeting: Int?
    /// The unfinished task of the previous plan this one continues (`startNextPlan`).
    public var carriedFrom: Int?
    /// Every status change, oldest first: the task's history for reviews.
    public var history: [StatusChange] = []
    public var notes: [ProgressNote] = []
    public var support: [SupportReceived] = []

    // Inlinable, these few: code outside BeatCore asks them of 12,000 tasks in an array, and
    // calling them there would copy each task (retaining all its texts) to call them on.

    /// Not yet finished one way or another.
    @inlinable public var isOpen: Bool { status.isOpen }

    /// Open and due before `today`.
    @inlinable public func isOverdue(on today: Day) -> Bool {
        guard isOpen, let due else { return false }
        return due < today
    }

    /// The task's status at the end of `day`, from its history; nil when it did not exist yet.
    public func status(asOf day: Day) -> TaskStatus? {
        guard created.day <= day else { return nil }
        if let last = history.last(where: { $0.at.day <= day }) { return last.to }
        return history.first?.from ?? status
    }

    /// The day the task last left the open states, if it is closed.
    public var closedOn: Day? {
        guard !isOpen else { return nil }
        return history.last(where: { !$0.to.isOpen })?.at.day
    }
}

public enum TaskPriority: String, Codable, CaseIterable, Sendable, Comparable {
    case low, normal, high

    private var rank: Int { self == .low ? 0 : self == .normal ? 1 : 2 }
    public static func < (a: TaskPriority, b: TaskPriority) -> Bool { a.rank < b.rank }

    /// Accepts the identifier or the Polish label, case-insensitively, whatever the language.
    public init?(named text: String) {
        let aliases: [TaskPriority: [String]] = [.low: ["niski"], .normal: ["zwykły", "normalny"], .high: ["wysoki"]]
        guard let p = caseNamed(text, aliases: aliases) else { return nil }
        self = p
    }
}

/// A task's lifecycle: open → in progress → done; or closed-not-done / cancelled, each with a
/// reason; any closed task can be reopened.
public enum TaskStatus: String, Codable, CaseIterable, Sendable {
    case open
    case inProgress = "in-progress"
    case done
    case notDone = "not-done"
    case cancelled

    @inlinable public var isOpen: Bool { self == .open || self == .inProgress }

    /// Closing without doing and cancelling need a reason.
    public var needsReason: Bool { self == .notDone || self == .cancelled }

    /// Accepts the identifier or the Polish/English label, case-insensitively.
    public init?(named text: String) {
        let aliases: [TaskStatus: [String]] = [
            .open: ["otwarte", "nowe"], .inProgress: ["w toku", "w-toku", "in progress", "inprogress", "progress"],
            .done: ["wykonane", "zrobione"], .notDone: ["niewykonane", "not done", "closed-not-done"],
            .cancelled: ["anulowane", "canceled"],
        ]
        guard let s = caseNamed(text, aliases: aliases) else { return nil }
        self = s
    }
}

/// One status change, with who made it and why.
public struct StatusChange: Codable, Hashable, Sendable {
    public var at: Timestamp
    public var by: String
    public var from: TaskStatus
    public var to: TaskStatus
    public var reason: String?
}

/// A dated progress note by its author.
public struct ProgressNote: Codable, Hashable, Sendable {
    public var at: Timestamp
    public var author: String
    public var text: String
}

/// Support from another police unit (karta udzielonego wsparcia): given, or asked for and
/// not yet given (an open request).
public struct SupportReceived: Codable, Hashable, Sendable {
    /// The unit: a `PartnerOrganisation`'s id, or (in older stores) its name as written
    /// (`Model.organisationName` shows either).
    public var unit: String
    public var what: String
    /// The day it was given; for an open request, the day it was asked for.
    public var day: Day
    /// True while asked for and not yet given; nil once given.
    public var open: Bool?
    /// For support that was asked for: the day it was asked.
    public var asked: Day?

    public init(unit: String, what: String, day: Day, open: Bool? = nil, asked: Day? = nil) {
        self.unit = unit
        self.what = what
        self.day = day
        self.open = open == true ? true : nil
        self.asked = asked
    }

    /// Asked for and not yet given.
    public var isOpen: Bool { open == true }
}
