/// The figures a coordination team reviews at its meeting (the agenda of screen 6 and of
/// `beat report meeting`), computed from the model alone:
///
/// 1. progress since the last meeting, plan by plan — progress then and now, tasks completed,
///    tasks moved on, tasks overdue with who holds them, support received;
/// 2. what residents raised — contacts by category and by street, against the period before;
/// 3. follow-ups promised to residents and not yet made;
/// 4. the decisions of the meeting under review and where their tasks stand.
///
/// The review covers the days after `since` up to `today` (`since` itself belongs to the
/// meeting held then). "Then" is the state at the end of `since`, from the tasks' status
/// history; the period before is the same number of days ending on `since`.
public struct MeetingReview: Sendable, Equatable {
    public var team: CoordinationTeam
    /// The day the review counts from (exclusive): by default the team's last meeting.
    public var since: Day
    public var today: Day
    /// The team's meeting held on or before `since` — the one whose decisions are reviewed.
    public var reviewedMeeting: Meeting?
    /// The period under review: the day after `since` through `today`.
    public var from: Day
    public var to: Day
    /// The period compared with: as long, ending on `since`.
    public var beforeFrom: Day
    public var beforeTo: Day
    /// Plan by plan (by number): the district's active plans and those closed in the period.
    public var plans: [PlanReview]
    public var contacts: ContactsReview
    /// Police figures of the district by category, in the months the period mostly covers
    /// against as many before; nil when none are imported for them.
    public var police: PoliceByCategory?
    /// The district's threats (KMZB) reported in the period or still to be read or verified:
    /// those past their deadline first, then by the day due, then by number.
    public var threats: [Threat]
    /// Follow-ups promised to the district's residents and not yet made, by promised day.
    public var followUps: [ResidentContact]
    /// Follow-ups made in the period.
    public var followUpsKept: Int
    /// The reviewed meeting's decisions, with their tasks as they stand now.
    public var decisions: [DecisionReview]
    /// The district's draft plans: the team may adopt them.
    public var draftPlans: [SafetyPlan]

    /// The default `since`: the day of the team's last meeting before `today`, else 30 days ago.
    public static func defaultSince(model: Model, team: String, today: Day) -> Day {
        lastMeeting(model: model, team: team, before: today)?.day ?? today.adding(days: -30)
    }

    /// The team's latest meeting held before `day` (ties: the higher number).
    public static func lastMeeting(model: Model, team: String, before day: Day) -> Meeting? {
        model.meetings.filter { $0.team == team && $0.day < day }.max { ($0.day, $0.id) < ($1.day, $1.id) }
    }

    /// The review of `team` since `since` (default: `defaultSince`) as of `today`.
    /// Throws a usage error for an unknown team or a `since` not before `today`.
    public init(model: Model, team teamID: String, since: Day? = nil, today: Day) throws {
        guard let team = model.team(teamID) else { throw BeatError.usage(L10n.unknownTeam(teamID, among: model.teams)) }
        let since = since ?? MeetingReview.defaultSince(model: model, team: teamID, today: today)
        guard since < today else { throw BeatError.usage(L10n.reviewSinceNotBeforeToday(since, today)) }
        self.team = team
        self.since = since
        self.today = today
        from = since.adding(days: 1)
        to = today
        let length = since.days(to: today)
        beforeTo = since
        beforeFrom = since.adding(days: 1 - length)
        reviewedMeeting = model.meetings.filter { $0.team == teamID && $0.day <= since }.max { ($0.day, $0.id) < ($1.day, $1.id) }

        let district = team.district
        let continuations = Continuations(model)
        plans = model.plans.filter { p in
            p.district == district && p.status != .draft
                && (p.status == .active || (p.evaluation.map { $0.day > since } ?? false))
        }.map { PlanReview(plan: $0, model: model, since: since, today: today, continuations: continuations) }
        draftPlans = model.plans.filter { $0.district == district && $0.status == .draft }

        let planCategories = Set(model.plans.filter { $0.district == district && $0.status == .active }.map(\.threat.category))
        contacts = ContactsReview(model.contacts.lazy.filter { $0.district == district }, from: from, to: to,
                                  beforeFrom: beforeFrom, beforeTo: beforeTo, planCategories: planCategories)
        police = PoliceByCategory(district: district, from: from, to: to, register: model.register)
        let (first, last) = (from, to)
        threats = model.threats.filter { t in t.district == district && (t.due != nil || (t.reported >= first && t.reported <= last)) }
            .sorted { (a: Threat, b: Threat) -> Bool in
                let (x, y) = (a.isOverdue(on: today), b.isOverdue(on: today))
                if x != y { return x }
                // Those still due by their day; the verified after them, by number.
                switch (a.due, b.due) {
                case let (p?, q?): return (p, a.id) < (q, b.id)
                case (nil, nil): return a.id < b.id
                case (_?, nil): return true
                case (nil, _?): return false
                }
            }

        let inDistrict = model.contacts.filter { $0.district == district }
        followUps = inDistrict.filter(\.followUpOpen).sorted { ($0.followUp!, $0.id) < ($1.followUp!, $1.id) }
        followUpsKept = inDistrict.filter { c in c.followUpDone.map { $0 > since && $0 <= today } ?? false }.count

        decisions = (reviewedMeeting?.decisions ?? []).map { d in
            DecisionReview(decision: d, task: d.task.flatMap(model.task), plan: d.closes.flatMap { model.plan($0.plan) },
                           carriedTo: d.task.flatMap(continuations.last))
        }
    }
}

/// One plan in the review.
public struct PlanReview: Sendable, Equatable {
    public var plan: SafetyPlan
    /// Progress at the end of the `since` day (tasks that existed then, with their status then).
    public var then: PlanProgress
    public var now: PlanProgress
    /// Done in the period (and done now), by the day done.
    public var completed: [PlanTask]
    /// Not completed in the period, but with a status change, a progress note or a support
    /// card dated in it: what moved. A task closed on or before `since` is not among them.
    public var movedOn: [TaskMove]
    /// Tasks closed on or before `since` (and not reopened) with progress notes written in
    /// the period: not "moved on", listed apart.
    public var notesOnClosed: [TaskMove]
    /// Open and past their due day now, the longest late first.
    public var overdue: [PlanTask]
    /// Support cards dated in the period, by day.
    public var support: [SupportItem]
    /// Active, and its period ended before today without an evaluation.
    public var pastEnd: Bool

    public init(plan: SafetyPlan, model: Model, since: Day, today: Day) {
        self.init(plan: plan, model: model, since: since, today: today, continuations: Continuations(model))
    }

    init(plan: SafetyPlan, model: Model, since: Day, today: Day, continuations: Continuations) {
        self.plan = plan
        let tasks = model.tasks(ofPlan: plan.id)
        func inPeriod(_ d: Day) -> Bool { d > since && d <= today }
        then = PlanProgress(tasks: tasks, asOf: since)
        now = PlanProgress(tasks: tasks, today: today)
        completed = tasks.filter { $0.status == .done && ($0.closedOn.map(inPeriod) ?? false) }
            .sorted { ($0.closedOn!, $0.id) < ($1.closedOn!, $1.id) }
        let done = Set(completed.map(\.id))
        // A task already closed at the end of `since` and not reopened since has not moved,
        // whatever was written on it afterwards: its later notes are kept apart.
        func closedBefore(_ t: PlanTask) -> Bool {
            !(t.status(asOf: since)?.isOpen ?? true) && !t.history.contains { inPeriod($0.at.day) }
        }
        let touched = tasks.filter { t in
            !done.contains(t.id) && (t.history.contains { inPeriod($0.at.day) } || t.notes.contains { inPeriod($0.at.day) }
                                     || t.support.contains { inPeriod($0.day) })
        }.map { t in TaskMove(task: t, then: t.status(asOf: since), notes: t.notes.filter { inPeriod($0.at.day) },
                              carriedTo: continuations.last(t.id)) }
        movedOn = touched.filter { !closedBefore($0.task) }
        notesOnClosed = touched.filter { closedBefore($0.task) && !$0.notes.isEmpty }
        overdue = tasks.filter { $0.isOverdue(on: today) }.sorted { ($0.due!, $0.id) < ($1.due!, $1.id) }
        support = tasks.flatMap { t in t.support.filter { inPeriod($0.day) }.map { SupportItem(task: t.id, support: $0) } }
            .sorted { ($0.support.day, $0.task) < ($1.support.day, $1.task) }
        pastEnd = plan.status == .active && plan.end < today
    }
}

/// A task that moved in the period: its status then (nil: it did not exist yet) and the
/// progress notes written in the period.
public struct TaskMove: Sendable, Equatable {
    public var task: PlanTask
    public var then: TaskStatus?
    public var notes: [ProgressNote]
    /// The task it was carried on as (into the next period's plan), as that stands now: the
    /// original closed as not done only because it moved on.
    public var carriedTo: PlanTask?
}

/// Where each task carried into a next period's plan went on, followed to the last carry.
struct Continuations {
    private var next: [Int: Int] = [:]
    private let model: Model

    init(_ model: Model) {
        self.model = model
        for t in model.tasks { if let from = t.carriedFrom { next[from] = t.id } }
    }

    /// The task `id` was last carried on as, or nil when it was not carried.
    func last(_ id: Int) -> PlanTask? {
        var at = id, steps = 0
        while let n = next[at], steps < 1_000 { at = n; steps += 1 }
        return at == id ? nil : model.task(at)
    }
}

/// A support card and the task it helped.
public struct SupportItem: Sendable, Equatable {
    public var task: Int
    public var support: SupportReceived
}

/// A decision of the reviewed meeting: the task it made or named, or the plan it closed.
public struct DecisionReview: Sendable, Equatable {
    public var decision: Decision
    public var task: PlanTask?
    public var plan: SafetyPlan?
    /// The task the decision's task was carried on as, as it stands now.
    public var carriedTo: PlanTask?
}

extension DecisionReview {
    /// Where the decision stands, as the screen and the printout say it: the plan it closed
    /// or adopted, else its task's status and holder (carried on: where to, and how that one
    /// stands), how late; and whether that is late or done.
    public func state(today: Day, who: (PlanTask) -> String) -> (text: String, late: Bool, done: Bool) {
        if let c = decision.closes { return (L10n.reviewPlanClosed(c.plan, L10n.outcomeName(c.outcome)), false, true) }
        if let p = decision.adopts { return (L10n.adoptedMark(p), false, true) }
        guard let t = carriedTo ?? task else { return ("", false, false) }
        var s = (carriedTo.map { L10n.carriedOnShort($0.plan, $0.id) + ": " } ?? "") + L10n.statusName(t.status) + ", " + who(t)
        let late = t.isOverdue(on: today)
        if late, let due = t.due { s += ", " + L10n.reviewDaysLate(due.days(to: today)) }
        return (s, late, t.status == .done)
    }
}

extension TaskMove {
    /// The task's status now, or where it was carried on to.
    public var nowText: String {
        carriedTo.map { L10n.carriedOnShort($0.plan, $0.id) } ?? L10n.statusName(task.status)
    }
}

/// A count in the period under review and in the period before.
public struct CountChange: Codable, Hashable, Sendable {
    public var now: Int
    public var before: Int

    public var change: Int { now - before }

    /// The change as a whole percent of `before`, truncated toward zero; nil when `before` is 0.
    public var percent: Int? { before == 0 ? nil : change * 100 / before }
}

/// What residents raised: contacts of the team's district in the period and the period before.
public struct ContactsReview: Sendable, Equatable {
    public var total: CountChange
    /// Every category met in either period: most now first, then most before, then by name.
    public var byCategory: [(category: ThreatCategory, count: CountChange)]
    /// By street (`street(of:)`), ordered as the categories.
    public var byStreet: [(street: String, count: CountChange)]
    /// The threat categories of the district's active plans: shown highlighted.
    public var planCategories: Set<ThreatCategory>

    init<S: Sequence>(_ contacts: S, from: Day, to: Day, beforeFrom: Day, beforeTo: Day, planCategories: Set<ThreatCategory>)
    where S.Element == ResidentContact {
        var cats: [ThreatCategory: CountChange] = [:]
        var streets: [String: CountChange] = [:]
        var total = CountChange(now: 0, before: 0)
        for c in contacts {
            let d = c.time.day
            let isNow = d >= from && d <= to
            guard isNow || (d >= beforeFrom && d <= beforeTo) else { continue }
            let street = ContactsReview.street(of: c.place)
            if isNow {
                total.now += 1
                cats[c.category, default: CountChange(now: 0, before: 0)].now += 1
                streets[street, default: CountChange(now: 0, before: 0)].now += 1
            } else {
                total.before += 1
                cats[c.category, default: CountChange(now: 0, before: 0)].before += 1
                streets[street, default: CountChange(now: 0, before: 0)].before += 1
            }
        }
        // Ranked as every printout ranks (`Ranking`): by the count in the period, then by name.
        self.total = total
        byCategory = cats.map { ($0.key, $0.value) }.sorted { Ranking.before($0.1.now, $0.0.polishName, $1.1.now, $1.0.polishName) }
        byStreet = streets.map { ($0.key, $0.value) }.sorted { Ranking.before($0.1.now, $0.0, $1.1.now, $1.0) }
        self.planCategories = planCategories
    }

    /// The street of a contact's place: the text before the first comma or slash, without
    /// the house number at its end (`ul. Łączna 12, klatka` → `ul. Łączna`, `ul. 3 Maja 5` →
    /// `ul. 3 Maja`); empty when no place was given.
    public static func street(of place: String) -> String {
        let cut = place.firstIndex { $0 == "," || $0 == "/" } ?? place.endIndex
        var words = place[..<cut].split(whereSeparator: \.isWhitespace)
        while words.count > 1, let last = words.last, last.first?.isNumber == true { words.removeLast() }
        return words.joined(separator: " ")
    }

    public static func == (a: ContactsReview, b: ContactsReview) -> Bool {
        a.total == b.total && a.planCategories == b.planCategories
            && a.byCategory.map(\.category) == b.byCategory.map(\.category) && a.byCategory.map(\.count) == b.byCategory.map(\.count)
            && a.byStreet.map(\.street) == b.byStreet.map(\.street) && a.byStreet.map(\.count) == b.byStreet.map(\.count)
    }
}

extension PlanProgress {
    /// Counts the tasks as they stood at the end of `day`: only those created by then, each
    /// with its status then (from its history); overdue means due before `day`.
    public init<S: Sequence>(tasks: S, asOf day: Day) where S.Element == PlanTask {
        self.init(tasks: [], today: day)
        for t in tasks {
            guard let s = t.status(asOf: day) else { continue }
            switch s {
            case .done: done += 1
            case .notDone: notDone += 1
            case .cancelled: cancelled += 1; continue
            case .open, .inProgress:
                open += 1
                if let due = t.due, due < day { overdue += 1 }
            }
            total += 1
        }
    }
}
