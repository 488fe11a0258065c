/// One change to the model, as a value: what the journal records and what `Model.apply`
/// validates and carries out. Who made it and when travel beside it (`ChangeContext`).
///
/// In JSON a change is an object with one key, the change's name: `{"addTask": {…}}`.
public enum Change: Sendable, Equatable {
    case putDistrict(District)
    case putBeat(Beat)
    case putOfficer(Officer)
    /// Adds or replaces a whole team, members included.
    case putTeam(CoordinationTeam)
    case addPlan(PlanDraft)
    /// Replaces a plan's content; status and evaluation change only through their own changes.
    case editPlan(SafetyPlan)
    case setPlanStatus(PlanStatusUpdate)
    /// Closes a plan with its evaluation.
    case evaluatePlan(PlanEvaluation)
    /// Opens a closed plan again (its evaluation is dropped): what undoes a closing.
    case reopenPlan(PlanStatusUpdate)
    /// Starts the plan for the next period in one step: a copy of the plan with the new
    /// period, every unfinished task carried into it, and the originals closed as not done.
    case startNextPlan(NextPlanDraft)
    /// Removes a plan that no task and no meeting decision points to.
    case removePlan(Removal)
    case addTask(TaskDraft)
    case editTask(TaskEdit)
    case setTaskStatus(TaskStatusUpdate)
    case addNote(NoteAddition)
    case removeNote(NoteRemoval)
    case addSupport(SupportAddition)
    case removeTask(Removal)
    case addContact(ContactDraft)
    case editContact(ResidentContact)
    case removeContact(Removal)
    case markFollowUp(FollowUpMark)
    case addMeeting(MeetingDraft)
    case editMeeting(Meeting)
    case removeMeeting(Removal)
    /// Residents' personal data in old contacts replaced by pseudonyms (`beat privacy purge`).
    case pseudonymise(Pseudonymisation)
    /// A threat reported (the KMZB register), status `new`.
    case addThreat(ThreatDraft)
    /// A threat's next status, with who and a note (journalled in its history).
    case setThreatStatus(ThreatStatusUpdate)
    /// A threat's last step taken back (what undoes `setThreatStatus`; kept in its history).
    case revertThreatStatus(ThreatStatusUpdate)
    /// Removes a threat no plan names and no step moved on: what undoes `addThreat`.
    case removeThreat(Removal)
    /// Police figures for whole months (`beat import figures`): each month replaced whole.
    case importFigures(FiguresImport)
    /// Survey rounds recorded (typed in, or `beat import survey`); a round of the same district
    /// and day is replaced only when the change names it.
    case recordSurveys(SurveyRecording)
    case removeSurvey(Removal)
    /// The programme record: name, agreement, pilot period, the decision to continue.
    case putProgramme(Programme)
    /// Adds or replaces a partner organisation.
    case putOrganisation(PartnerOrganisation)
    /// Adds or replaces one member of a team (the rest of the team as it is).
    case putMember(MemberPut)
    /// Removes a member no task, meeting, contact or nomination names.
    case removeMember(MemberRemoval)
    /// A team's name and district (its members as they are).
    case editTeam(TeamEdit)
    /// An officer leaves: every open task moves to the officer taking over, in this one change.
    case deactivateOfficer(OfficerDeactivation)
    /// An open request for support marked given.
    case giveSupport(SupportGiven)
    /// A spreadsheet imported (`beat import`): its reference changes, applied all or none.
    case importRecords(RecordImport)

    /// The change's name as written in the journal.
    public var name: String { parts.name }

    /// The name and what is written under it: `{"name": payload}`.
    var parts: (name: String, payload: any Encodable) {
        switch self {
        case .putDistrict(let x): return ("putDistrict", x)
        case .putBeat(let x): return ("putBeat", x)
        case .putOfficer(let x): return ("putOfficer", x)
        case .putTeam(let x): return ("putTeam", x)
        case .addPlan(let x): return ("addPlan", x)
        case .editPlan(let x): return ("editPlan", x)
        case .setPlanStatus(let x): return ("setPlanStatus", x)
        case .evaluatePlan(let x): return ("evaluatePlan", x)
        case .reopenPlan(let x): return ("reopenPlan", x)
        case .startNextPlan(let x): return ("startNextPlan", x)
        case .removePlan(let x): return ("removePlan", x)
        case .addTask(let x): return ("addTask", x)
        case .editTask(let x): return ("editTask", x)
        case .setTaskStatus(let x): return ("setTaskStatus", x)
        case .addNote(let x): return ("addNote", x)
        case .removeNote(let x): return ("removeNote", x)
        case .addSupport(let x): return ("addSupport", x)
        case .removeTask(let x): return ("removeTask", x)
        case .addContact(let x): return ("addContact", x)
        case .editContact(let x): return ("editContact", x)
        case .removeContact(let x): return ("removeContact", x)
        case .markFollowUp(let x): return ("markFollowUp", x)
        case .addMeeting(let x): return ("addMeeting", x)
        case .editMeeting(let x): return ("editMeeting", x)
        case .removeMeeting(let x): return ("removeMeeting", x)
        case .pseudonymise(let x): return ("pseudonymise", x)
        case .addThreat(let x): return ("addThreat", x)
        case .setThreatStatus(let x): return ("setThreatStatus", x)
        case .revertThreatStatus(let x): return ("revertThreatStatus", x)
        case .removeThreat(let x): return ("removeThreat", x)
        case .importFigures(let x): return ("importFigures", x)
        case .recordSurveys(let x): return ("recordSurveys", x)
        case .removeSurvey(let x): return ("removeSurvey", x)
        case .putProgramme(let x): return ("putProgramme", x)
        case .putOrganisation(let x): return ("putOrganisation", x)
        case .putMember(let x): return ("putMember", x)
        case .removeMember(let x): return ("removeMember", x)
        case .editTeam(let x): return ("editTeam", x)
        case .deactivateOfficer(let x): return ("deactivateOfficer", x)
        case .giveSupport(let x): return ("giveSupport", x)
        case .importRecords(let x): return ("importRecords", x)
        }
    }
}

/// Who made a change and when: recorded in the journal with it.
public struct ChangeContext: Sendable, Equatable {
    public var by: String
    public var at: Timestamp

    public init(by: String, at: Timestamp) {
        self.by = by
        self.at = at
    }
}

/// What a change created, if anything.
public enum Created: Sendable, Equatable {
    case plan(Int), task(Int), contact(Int), meeting(Int, tasks: [Int]), threat(Int)
    /// `recordSurveys`: the rounds' numbers, in the change's order.
    case surveys([Int])
    /// `startNextPlan`: the new plan and the tasks carried into it, in the order of the originals.
    case nextPlan(Int, tasks: [Int])
}

// MARK: Payloads

public struct PlanDraft: Codable, Sendable, Equatable {
    public var district: String
    public var beat: String?
    public var officer: String?
    public var title: String
    public var start: Day
    public var end: Day
    public var threat: Diagnosis
    public var goal: Goal
    public var partners: [String]
    public var status: PlanStatus
    public var theme: PlanTheme?

    public init(district: String, beat: String? = nil, officer: String? = nil, title: String, start: Day, end: Day,
                threat: Diagnosis, goal: Goal, partners: [String] = [], status: PlanStatus = .active, theme: PlanTheme? = nil) {
        self.district = district
        self.beat = beat
        self.officer = officer
        self.title = title
        self.start = start
        self.end = end
        self.threat = threat
        self.goal = goal
        self.partners = partners
        self.status = status
        self.theme = theme
    }
}

public struct PlanStatusUpdate: Codable, Sendable, Equatable {
    public var plan: Int
    public var status: PlanStatus
    public init(plan: Int, status: PlanStatus) { self.plan = plan; self.status = status }
}

public struct PlanEvaluation: Codable, Sendable, Equatable {
    public var plan: Int
    public var evaluation: Evaluation
    public init(plan: Int, evaluation: Evaluation) { self.plan = plan; self.evaluation = evaluation }
}

/// The plan for the next period: `plan`'s diagnosis, goal and partners for `start…end`
/// (under `title`, else the same title). The unfinished tasks named in `tasks` (Beat names
/// all the plan's open ones) move on as new tasks of the new plan (same title, description,
/// assignee, partners still in the team, priority and open or in-progress status; the due
/// day kept when it falls in the new period, else none), and the originals close as not done
/// with `reason`. Naming the tasks keeps the journal line self-contained: a reader that did
/// not load the tasks still knows how many numbers it handed out.
public struct NextPlanDraft: Codable, Sendable, Equatable {
    public var plan: Int
    public var start: Day
    public var end: Day
    public var title: String?
    /// The open tasks of `plan` to carry, in this order.
    public var tasks: [Int]
    /// Why the original tasks close (stored with each): e.g. "carried into the next period".
    public var reason: String
    /// The due days the officer chose for carried tasks whose own due day falls outside the
    /// new period (nil: none; a day must fall in the period). A task not listed keeps its due
    /// day when it is on or after `start`, else has none.
    public var dues: [CarriedDue]?

    public init(plan: Int, start: Day, end: Day, title: String? = nil, tasks: [Int], reason: String, dues: [CarriedDue]? = nil) {
        self.plan = plan
        self.start = start
        self.end = end
        self.title = title
        self.tasks = tasks
        self.reason = reason
        self.dues = dues
    }

    /// The draft that carries every unfinished task of `plan` as `model` has it.
    public init(carryingAllOf plan: Int, in model: Model, start: Day, end: Day, title: String? = nil, reason: String) {
        self.init(plan: plan, start: start, end: end, title: title, tasks: model.tasks(ofPlan: plan).filter(\.isOpen).map(\.id), reason: reason)
    }
}

/// A carried task's due day in the next period's plan, as the officer chose it.
public struct CarriedDue: Codable, Sendable, Equatable {
    public var task: Int
    public var due: Day?

    public init(task: Int, due: Day?) {
        self.task = task
        self.due = due
    }
}

public struct TaskDraft: Codable, Sendable, Equatable {
    public var plan: Int?
    /// Defaults to the plan's district, else the assignee's.
    public var district: String?
    public var title: String
    public var description: String
    public var assignee: String
    public var partners: [String]
    public var due: Day?
    public var priority: TaskPriority
    public var meeting: Int?
    /// A team member or organisation holding the task; `assignee` then follows it up.
    public var holder: PartnerRef?

    public init(plan: Int? = nil, district: String? = nil, title: String, description: String = "",
                assignee: String, partners: [String] = [], due: Day? = nil, priority: TaskPriority = .normal,
                meeting: Int? = nil, holder: PartnerRef? = nil) {
        self.plan = plan
        self.district = district
        self.title = title
        self.description = description
        self.assignee = assignee
        self.partners = partners
        self.due = due
        self.priority = priority
        self.meeting = meeting
        self.holder = holder
    }
}

/// A task's editable fields, all replaced at once.
public struct TaskEdit: Codable, Sendable, Equatable {
    public var task: Int
    public var plan: Int?
    public var title: String
    public var description: String
    public var assignee: String
    public var partners: [String]
    public var due: Day?
    public var priority: TaskPriority
    /// Without a plan: the task's district (nil keeps it). With one, the plan's district is the task's.
    public var district: String?
    /// A team member or organisation holding the task; `assignee` then follows it up.
    public var holder: PartnerRef?

    public init(task: Int, plan: Int?, title: String, description: String, assignee: String,
                partners: [String], due: Day?, priority: TaskPriority, district: String? = nil, holder: PartnerRef? = nil) {
        self.task = task
        self.plan = plan
        self.title = title
        self.description = description
        self.assignee = assignee
        self.partners = partners
        self.due = due
        self.priority = priority
        self.district = district
        self.holder = holder
    }

    /// The edit that would leave `task` as it is: start from it and change what you need.
    public init(of task: PlanTask) {
        self.init(task: task.id, plan: task.plan, title: task.title, description: task.description,
                  assignee: task.assignee, partners: task.partners, due: task.due, priority: task.priority,
                  district: task.plan == nil ? task.district : nil, holder: task.holder)
    }
}

public struct TaskStatusUpdate: Codable, Sendable, Equatable {
    public var task: Int
    public var status: TaskStatus
    public var reason: String?
    public init(task: Int, status: TaskStatus, reason: String? = nil) {
        self.task = task
        self.status = status
        self.reason = reason
    }
}

public struct NoteAddition: Codable, Sendable, Equatable {
    public var task: Int
    public var text: String
    public init(task: Int, text: String) { self.task = task; self.text = text }
}

public struct NoteRemoval: Codable, Sendable, Equatable {
    public var task: Int
    public var index: Int
    public init(task: Int, index: Int) { self.task = task; self.index = index }
}

public struct SupportAddition: Codable, Sendable, Equatable {
    public var task: Int
    public var support: SupportReceived
    public init(task: Int, support: SupportReceived) { self.task = task; self.support = support }
}

public struct Removal: Codable, Sendable, Equatable {
    public var id: Int
    public init(id: Int) { self.id = id }
}

public struct ContactDraft: Codable, Sendable, Equatable {
    public var time: Timestamp
    public var officer: String
    public var district: String
    public var beat: String?
    public var place: String
    public var channel: ContactChannel
    public var category: ThreatCategory
    public var summary: String
    public var resident: ResidentData?
    public var followUp: Day?
    public var task: Int?
    /// The team member or organisation the contact was with.
    public var with: PartnerRef?

    public init(time: Timestamp, officer: String, district: String, beat: String? = nil, place: String = "",
                channel: ContactChannel, category: ThreatCategory, summary: String,
                resident: ResidentData? = nil, followUp: Day? = nil, task: Int? = nil, with: PartnerRef? = nil) {
        self.time = time
        self.officer = officer
        self.district = district
        self.beat = beat
        self.place = place
        self.channel = channel
        self.category = category
        self.summary = summary
        self.resident = resident
        self.followUp = followUp
        self.task = task
        self.with = with
    }
}

public struct FollowUpMark: Codable, Sendable, Equatable {
    public var contact: Int
    /// The day the follow-up was made; nil marks it open again.
    public var done: Day?
    public init(contact: Int, done: Day?) { self.contact = contact; self.done = done }
}

public struct MeetingDraft: Codable, Sendable, Equatable {
    public var team: String
    public var day: Day
    public var attendees: [String]
    public var officers: [String]
    public var minutes: String
    public var decisions: [DecisionDraft]
    /// When and where the team meets next.
    public var next: NextMeeting?

    public init(team: String, day: Day, attendees: [String], officers: [String] = [], minutes: String,
                decisions: [DecisionDraft] = [], next: NextMeeting? = nil) {
        self.team = team
        self.day = day
        self.attendees = attendees
        self.officers = officers
        self.minutes = minutes
        self.decisions = decisions
        self.next = next
    }
}

/// A decision to record; with `newTask` it creates that task, linked to the meeting; with
/// `closes` it closes that plan (the team declared its goal dealt with, or not achieved),
/// the decision's text becoming the evaluation's note and the meeting's day its day; with
/// `adopts` it adopts that draft plan, which becomes active.
public struct DecisionDraft: Codable, Sendable, Equatable {
    public var text: String
    public var task: Int?
    public var newTask: TaskDraft?
    public var closes: PlanClosure?
    /// With `closes`: the figures the team's verdict was made on, recorded in the plan's
    /// evaluation (`MeetingDraft.recordingEvidence(in:)` fills it).
    public var evidence: RecordedEvidence?
    public var adopts: Int?
    public init(text: String, task: Int? = nil, newTask: TaskDraft? = nil, closes: PlanClosure? = nil,
                evidence: RecordedEvidence? = nil, adopts: Int? = nil) {
        self.text = text
        self.task = task
        self.newTask = newTask
        self.closes = closes
        self.evidence = evidence
        self.adopts = adopts
    }
}

// MARK: JSON form

extension Change: Codable {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        guard c.allKeys.count == 1, let key = c.allKeys.first else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "a change must be an object with exactly one key, the change's name"))
        }
        func v<T: Decodable>(_ t: T.Type) throws -> T { try c.decode(T.self, forKey: key) }
        switch key.stringValue {
        case "putDistrict": self = .putDistrict(try v(District.self))
        case "putBeat": self = .putBeat(try v(Beat.self))
        case "putOfficer": self = .putOfficer(try v(Officer.self))
        case "putTeam": self = .putTeam(try v(CoordinationTeam.self))
        case "addPlan": self = .addPlan(try v(PlanDraft.self))
        case "editPlan": self = .editPlan(try v(SafetyPlan.self))
        case "setPlanStatus": self = .setPlanStatus(try v(PlanStatusUpdate.self))
        case "evaluatePlan": self = .evaluatePlan(try v(PlanEvaluation.self))
        case "reopenPlan": self = .reopenPlan(try v(PlanStatusUpdate.self))
        case "startNextPlan": self = .startNextPlan(try v(NextPlanDraft.self))
        case "removePlan": self = .removePlan(try v(Removal.self))
        case "addTask": self = .addTask(try v(TaskDraft.self))
        case "editTask": self = .editTask(try v(TaskEdit.self))
        case "setTaskStatus": self = .setTaskStatus(try v(TaskStatusUpdate.self))
        case "addNote": self = .addNote(try v(NoteAddition.self))
        case "removeNote": self = .removeNote(try v(NoteRemoval.self))
        case "addSupport": self = .addSupport(try v(SupportAddition.self))
        case "removeTask": self = .removeTask(try v(Removal.self))
        case "addContact": self = .addContact(try v(ContactDraft.self))
        case "editContact": self = .editContact(try v(ResidentContact.self))
        case "removeContact": self = .removeContact(try v(Removal.self))
        case "markFollowUp": self = .markFollowUp(try v(FollowUpMark.self))
        case "addMeeting": self = .addMeeting(try v(MeetingDraft.self))
        case "editMeeting": self = .editMeeting(try v(Meeting.self))
        case "removeMeeting": self = .removeMeeting(try v(Removal.self))
        case "pseudonymise": self = .pseudonymise(try v(Pseudonymisation.self))
        case "addThreat": self = .addThreat(try v(ThreatDraft.self))
        case "setThreatStatus": self = .setThreatStatus(try v(ThreatStatusUpdate.self))
        case "revertThreatStatus": self = .revertThreatStatus(try v(ThreatStatusUpdate.self))
        case "removeThreat": self = .removeThreat(try v(Removal.self))
        case "importFigures": self = .importFigures(try v(FiguresImport.self))
        case "recordSurveys": self = .recordSurveys(try v(SurveyRecording.self))
        case "removeSurvey": self = .removeSurvey(try v(Removal.self))
        case "putProgramme": self = .putProgramme(try v(Programme.self))
        case "putOrganisation": self = .putOrganisation(try v(PartnerOrganisation.self))
        case "putMember": self = .putMember(try v(MemberPut.self))
        case "removeMember": self = .removeMember(try v(MemberRemoval.self))
        case "editTeam": self = .editTeam(try v(TeamEdit.self))
        case "deactivateOfficer": self = .deactivateOfficer(try v(OfficerDeactivation.self))
        case "giveSupport": self = .giveSupport(try v(SupportGiven.self))
        case "importRecords": self = .importRecords(try v(RecordImport.self))
        default:
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath + [key],
                debugDescription: "unknown change \"\(key.stringValue)\" (written by a newer Beat?)"))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        let (name, payload) = parts
        try c.encode(payload, forKey: Key(name))
    }
}

// MARK: Payloads of the station's own data

/// One member of `team`, added or replaced (by the member's id).
public struct MemberPut: Codable, Sendable, Equatable {
    public var team: String
    public var member: Partner
    public init(team: String, member: Partner) { self.team = team; self.member = member }
}

public struct MemberRemoval: Codable, Sendable, Equatable {
    public var team: String
    public var member: String
    public init(team: String, member: String) { self.team = team; self.member = member }
}

/// A team's own fields; its members change through `putMember` and `removeMember`.
public struct TeamEdit: Codable, Sendable, Equatable {
    public var team: String
    public var name: String
    public var district: String
    public init(team: String, name: String, district: String) { self.team = team; self.name = name; self.district = district }
}

/// `officer` is no longer active; every open task of theirs moves to `handover` (needed
/// while they have open tasks), with a line in its history.
public struct OfficerDeactivation: Codable, Sendable, Equatable {
    public var officer: String
    public var handover: String?
    public init(officer: String, handover: String? = nil) { self.officer = officer; self.handover = handover }
}

/// Support card `index` (from 0) of `task`, asked for, was given on `day`.
public struct SupportGiven: Codable, Sendable, Equatable {
    public var task: Int
    public var index: Int
    public var day: Day
    public init(task: Int, index: Int, day: Day) { self.task = task; self.index = index; self.day = day }
}

/// What a spreadsheet holds.
public enum ImportKind: String, Codable, CaseIterable, Sendable {
    case officers, streets, members
}

/// A spreadsheet's rows as reference changes (`putOfficer`, `putBeat`, `putMember`,
/// `putOrganisation`, `putDistrict`): one journal line, applied all or none.
public struct RecordImport: Codable, Sendable, Equatable {
    public var kind: ImportKind
    /// The file's name (not its path), for the audit log.
    public var file: String
    public var changes: [Change]
    public init(kind: ImportKind, file: String, changes: [Change]) { self.kind = kind; self.file = file; self.changes = changes }
}
