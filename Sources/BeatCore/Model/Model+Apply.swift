/// Field limits, enforced with a message rather than by cutting text.
public enum Limits {
    public static let title = 200
    public static let summary = 2_000
    public static let description = 10_000
    public static let note = 4_000
    public static let reason = 1_000
    public static let place = 200
    public static let name = 200
    public static let minutes = 50_000
    /// A resident's, officer's or partner's phone number.
    public static let phone = 50
    public static let email = 254
    public static let address = 300
    /// A rank, a badge number, a city, a street, an organisation.
    public static let label = 200
    /// One part of a plan's diagnosis or goal (what, where, when, who; measure).
    public static let detail = 1_000
    /// Entries of a list: streets of a district, partners of a plan.
    public static let listItems = 1_000
    /// Ids, counters, sequence numbers and head counts stay at or below this, so no
    /// arithmetic on them can overflow.
    public static let number = 1_000_000_000
}

/// What applying a change did: what it created, and how to take it back.
public struct Applied: Sendable, Equatable {
    /// What the change created, if anything.
    public var created: Created?
    /// The changes that take it back, in order, applied to the model as the change left it
    /// (what `u` in the interface saves); nil when it cannot be taken back: a removal, a
    /// record new to a `put…` change, a support card, a purge of personal data. They come
    /// from the records the change replaced, so a caller keeps no copy of the model before.
    /// Numbers handed out stay used, and a task's status history records the way back.
    public var undo: [Change]?
}

extension Model {
    /// Validates `change` against the model and carries it out; says what it created and
    /// how to take it back. On a rejection nothing has changed and the error says why in a
    /// sentence an officer understands.
    @discardableResult
    public mutating func apply(_ change: Change, context: ChangeContext) throws -> Applied {
        var created: Created?
        var undo: [Change]?
        switch change {
        case .putDistrict(let d):
            try checkID(d.id)
            try nonEmpty(d.name, .name, Limits.name)
            guard d.residents >= 0 else { throw BeatError.rejected(.negative(.residents)) }
            guard d.residents <= Limits.number else { throw BeatError.rejected(.numberOutOfRange(d.residents)) }
            try limit(d.city, .city, Limits.label)
            try limitList(d.streets, .street, Limits.label)
            undo = upsert(&districts, d).map { [.putDistrict($0)] }
        case .putBeat(let b):
            try checkID(b.id)
            try nonEmpty(b.name, .name, Limits.name)
            try needDistrict(b.district)
            try limitList(b.streets, .street, Limits.label)
            try checkBeat(b)
            undo = upsert(&beats, b).map { [.putBeat($0)] }
        case .putOfficer(let o):
            try checkID(o.id)
            try nonEmpty(o.name, .name, Limits.name)
            try limit(o.rank, .rank, Limits.label)
            try limit(o.badge, .badge, Limits.label)
            try limit(o.phone, .phone, Limits.phone)
            try limit(o.email, .email, Limits.email)
            try needDistrict(o.district)
            if let b = o.beat { try needBeat(b, in: o.district) }
            try checkOfficer(o)
            undo = upsert(&officers, o).map { [.putOfficer($0)] }
        case .putTeam(let t):
            try checkID(t.id)
            try nonEmpty(t.name, .name, Limits.name)
            try needDistrict(t.district)
            try checkMembers(t)
            undo = upsert(&teams, t).map { [.putTeam($0)] }

        case .addPlan(let p):
            try checkPlanContent(district: p.district, beat: p.beat, officer: p.officer, title: p.title, start: p.start, end: p.end)
            try checkPlanText(p.threat, p.goal, p.partners)
            guard p.status != .closed else { throw BeatError.rejected(.planCloseNeedsEvaluation(counters.plan)) }
            let plan = SafetyPlan(id: counters.plan, district: p.district, beat: p.beat, officer: p.officer, title: p.title,
                                  start: p.start, end: p.end, threat: p.threat, goal: p.goal, partners: p.partners, status: p.status,
                                  theme: p.theme)
            plans.append(plan)
            counters.plan += 1
            created = .plan(plan.id)
            undo = [.removePlan(Removal(id: plan.id))]
        case .editPlan(let p):
            let i = try planIndex(p.id)
            try checkPlanContent(district: p.district, beat: p.beat, officer: p.officer, title: p.title, start: p.start, end: p.end)
            try checkPlanText(p.threat, p.goal, p.partners)
            var edited = p
            edited.status = plans[i].status
            edited.evaluation = plans[i].evaluation
            undo = [.editPlan(plans[i])]
            plans[i] = edited
        case .setPlanStatus(let u):
            let i = try planIndex(u.plan)
            guard plans[i].status != .closed else { throw BeatError.rejected(.planAlreadyClosed(u.plan)) }
            guard u.status != .closed else { throw BeatError.rejected(.planCloseNeedsEvaluation(u.plan)) }
            undo = [.setPlanStatus(PlanStatusUpdate(plan: u.plan, status: plans[i].status))]
            plans[i].status = u.status
        case .evaluatePlan(let e):
            let i = try planIndex(e.plan)
            guard plans[i].status != .closed else { throw BeatError.rejected(.planAlreadyClosed(e.plan)) }
            try limit(e.evaluation.note, .note, Limits.description)
            try checkEvidence(e.evaluation.evidence, of: plans[i])
            undo = [.reopenPlan(PlanStatusUpdate(plan: e.plan, status: plans[i].status))]
            plans[i].status = .closed
            plans[i].evaluation = e.evaluation
        case .reopenPlan(let u):
            let i = try planIndex(u.plan)
            guard plans[i].status == .closed else { throw BeatError.rejected(.planNotClosed(u.plan)) }
            guard u.status != .closed else { throw BeatError.rejected(.planCloseNeedsEvaluation(u.plan)) }
            undo = plans[i].evaluation.map { [.evaluatePlan(PlanEvaluation(plan: u.plan, evaluation: $0))] }
            plans[i].status = u.status
            plans[i].evaluation = nil
        case .startNextPlan(let n):
            let (plan, carried) = try makeNextPlan(n, context: context)
            plans.append(plan)
            counters.plan += 1
            // Back: the new tasks, then the plan they sit in, then the originals as they were.
            var back: [Change] = carried.reversed().map { .removeTask(Removal(id: $0.1.id)) } + [.removePlan(Removal(id: plan.id))]
            for (old, new) in carried {
                let i = try taskIndex(old)
                back.append(.setTaskStatus(TaskStatusUpdate(task: old, status: tasks[i].status, reason: tasks[i].reason)))
                tasks[i].history.append(StatusChange(at: context.at, by: context.by, from: tasks[i].status, to: .notDone,
                                                     reason: n.reason.trimmed))
                tasks[i].status = .notDone
                tasks[i].reason = n.reason.trimmed
                tasks.append(new)
            }
            counters.task += carried.count
            created = .nextPlan(plan.id, tasks: carried.map(\.1.id))
            undo = back
        case .removePlan(let r):
            let i = try planIndex(r.id)
            let linkedTasks = tasks.filter { $0.plan == r.id }.map(\.id)
            let linkedMeetings = meetings.filter { $0.decisions.contains { $0.closes?.plan == r.id } }.map(\.id)
            guard linkedTasks.isEmpty, linkedMeetings.isEmpty else {
                throw BeatError.rejected(.planStillLinked(r.id, tasks: linkedTasks, meetings: linkedMeetings))
            }
            plans.remove(at: i)

        case .addTask(let d):
            let task = try makeTask(d, id: counters.task, context: context)
            tasks.append(task)
            counters.task += 1
            created = .task(task.id)
            undo = [.removeTask(Removal(id: task.id))]
        case .editTask(let e):
            let i = try taskIndex(e.task)
            guard tasks[i].isOpen else { throw BeatError.rejected(.taskClosedForEdit(e.task)) }
            let old = tasks[i]
            let draft = TaskDraft(plan: e.plan, district: e.plan == nil ? e.district ?? old.district : nil, title: e.title,
                                  description: e.description, assignee: e.assignee, partners: e.partners,
                                  due: e.due, priority: e.priority, meeting: old.meeting, holder: e.holder)
            var t = try makeTask(draft, id: old.id, context: context, existing: old)
            t.status = old.status
            t.reason = old.reason
            t.created = old.created
            t.createdBy = old.createdBy
            t.history = old.history
            t.notes = old.notes
            t.support = old.support
            tasks[i] = t
            undo = [.editTask(TaskEdit(of: old))]
        case .setTaskStatus(let u):
            let i = try taskIndex(u.task)
            let from = tasks[i].status
            try checkTransition(task: u.task, from: from, to: u.status)
            let reason = u.reason?.trimmed
            if u.status.needsReason {
                guard let reason, !reason.isEmpty else { throw BeatError.rejected(.reasonRequired(u.status)) }
                try limit(reason, .reason, Limits.reason)
            }
            undo = [.setTaskStatus(TaskStatusUpdate(task: u.task, status: from, reason: tasks[i].reason))]
            tasks[i].status = u.status
            tasks[i].reason = u.status.needsReason ? reason : nil
            tasks[i].history.append(StatusChange(at: context.at, by: context.by, from: from, to: u.status,
                                                 reason: reason.flatMap { $0.isEmpty ? nil : $0 }))
        case .addNote(let n):
            let i = try taskIndex(n.task)
            try nonEmpty(n.text, .note, Limits.note)
            undo = [.removeNote(NoteRemoval(task: n.task, index: tasks[i].notes.count))]
            tasks[i].notes.append(ProgressNote(at: context.at, author: context.by, text: n.text.trimmed))
        case .removeNote(let r):
            let i = try taskIndex(r.task)
            guard tasks[i].notes.indices.contains(r.index) else { throw BeatError.rejected(.unknownNote(r.task, r.index)) }
            tasks[i].notes.remove(at: r.index)
        case .addSupport(let s):
            let i = try taskIndex(s.task)
            try nonEmpty(s.support.unit, .unit, Limits.name)
            try nonEmpty(s.support.what, .description, Limits.note)
            tasks[i].support.append(s.support)
        case .removeTask(let r):
            let i = try taskIndex(r.id)
            // A task that contacts or meeting decisions point to stays: removing it would leave
            // links that `problems()` rejects, and the next snapshot would not load.
            let linkedContacts = contacts.filter { $0.task == r.id }.map(\.id)
            let linkedMeetings = meetings.filter { $0.decisions.contains { $0.task == r.id } }.map(\.id)
            let continuations = tasks.filter { $0.carriedFrom == r.id }.map(\.id)
            guard linkedContacts.isEmpty, linkedMeetings.isEmpty, continuations.isEmpty else {
                throw BeatError.rejected(.taskStillLinked(r.id, contacts: linkedContacts, meetings: linkedMeetings,
                                                              continuations: continuations))
            }
            tasks.remove(at: i)

        case .addContact(let d):
            let c = try makeContact(d, id: counters.contact, context: context)
            contactLog.append(c) // a log still sealed stays so: a new contact decodes nothing
            counters.contact += 1
            created = .contact(c.id)
            undo = [.removeContact(Removal(id: c.id))]
        case .editContact(let c):
            let i = try contactIndex(c.id)
            let d = ContactDraft(time: c.time, officer: c.officer, district: c.district, beat: c.beat, place: c.place,
                                 channel: c.channel, category: c.category, summary: c.summary, resident: c.resident,
                                 followUp: c.followUp, task: c.task, with: c.with)
            var edited = try makeContact(d, id: c.id, context: context, checkFuture: false)
            edited.followUpDone = c.followUpDone
            undo = [.editContact(contacts[i])]
            contacts[i] = edited
        case .removeContact(let r):
            contacts.remove(at: try contactIndex(r.id))
        case .markFollowUp(let m):
            let i = try contactIndex(m.contact)
            undo = [.markFollowUp(FollowUpMark(contact: m.contact, done: contacts[i].followUpDone))]
            contacts[i].followUpDone = m.done

        case .addMeeting(let d):
            let (meeting, newTasks) = try makeMeeting(d, id: counters.meeting, context: context)
            tasks.append(contentsOf: newTasks)
            counters.task += newTasks.count
            // Back: the meeting first (its decisions point at the tasks it made), then its tasks, then the plans it closed.
            var back: [Change] = [.removeMeeting(Removal(id: meeting.id))] + newTasks.reversed().map { .removeTask(Removal(id: $0.id)) }
            for decision in d.decisions {
                if let p = decision.adopts {
                    // Adopted: active now, a draft again when the meeting is taken back.
                    plans[try planIndex(p)].status = .active
                    back.append(.setPlanStatus(PlanStatusUpdate(plan: p, status: .draft)))
                }
                guard let c = decision.closes else { continue }
                let i = try planIndex(c.plan)
                try checkEvidence(decision.evidence, of: plans[i])
                back.append(.reopenPlan(PlanStatusUpdate(plan: c.plan, status: plans[i].status)))
                plans[i].status = .closed
                plans[i].evaluation = Evaluation(outcome: c.outcome, note: decision.text, day: meeting.day, evidence: decision.evidence)
            }
            meetings.append(meeting)
            counters.meeting += 1
            created = .meeting(meeting.id, tasks: newTasks.map(\.id))
            undo = back
        case .editMeeting(let m):
            let i = try meetingIndex(m.id)
            // The plans a meeting closed stay as closed: their evaluations point back at it.
            guard m.decisions.compactMap(\.closes) == meetings[i].decisions.compactMap(\.closes),
                  m.decisions.compactMap(\.adopts) == meetings[i].decisions.compactMap(\.adopts) else {
                throw BeatError.rejected(.meetingClosuresFixed(m.id))
            }
            let d = MeetingDraft(team: m.team, day: m.day, attendees: m.attendees, officers: m.officers,
                                 minutes: m.minutes, decisions: m.decisions.map { DecisionDraft(text: $0.text, task: $0.task) }, next: m.next)
            _ = try makeMeeting(d, id: m.id, context: context)
            undo = [.editMeeting(meetings[i])]
            meetings[i] = m
        case .removeMeeting(let r):
            meetings.remove(at: try meetingIndex(r.id))
        case .pseudonymise(let p):
            try apply(p)
        case .addThreat(let d):
            let id = try addThreat(d, context: context)
            created = .threat(id)
            undo = [.removeThreat(Removal(id: id))]
        case .setThreatStatus(let u):
            undo = try setThreatStatus(u, context: context)
        case .revertThreatStatus(let u):
            undo = try revertThreatStatus(u, context: context)
        case .removeThreat(let r):
            try removeThreat(r.id)
        case .importFigures(let f):
            try importFigures(f)
        case .recordSurveys(let r):
            let (ids, back) = try recordSurveys(r)
            created = .surveys(ids)
            undo = back
        case .removeSurvey(let r):
            try removeSurvey(r.id)
        case .putProgramme(let p):
            undo = try putProgramme(p)
        case .putOrganisation(let o): undo = try putOrganisation(o)
        case .putMember(let m): undo = try putMember(m)
        case .removeMember(let r): undo = try removeMember(r)
        case .editTeam(let e): undo = try editTeam(e)
        case .deactivateOfficer(let d): undo = try deactivateOfficer(d, context: context)
        case .giveSupport(let g): try giveSupport(g)
        case .importRecords(let r): undo = try importRecords(r, context: context)
        }
        return Applied(created: created, undo: undo)
    }

    /// A copy with `change` applied.
    public func applying(_ change: Change, context: ChangeContext) throws -> Model {
        var m = self
        try m.apply(change, context: context)
        return m
    }

    // MARK: Builders that validate

    /// Recorded evidence must be the plan's: its period starts with the plan, the periods
    /// are in order and equally long, and no count is negative or out of range.
    private func checkEvidence(_ e: RecordedEvidence?, of plan: SafetyPlan) throws {
        guard let e else { return }
        let counts = [e.inCategory.now, e.inCategory.before, e.inDistrict.now, e.inDistrict.before, e.tasksDone, e.tasksTotal]
        guard e.from == plan.start, e.to <= plan.end, e.beforeTo == e.from.adding(days: -1),
              e.beforeFrom.days(to: e.beforeTo) == e.from.days(to: e.to),
              counts.allSatisfy({ $0 >= 0 && $0 <= Limits.number }), e.tasksDone <= e.tasksTotal,
              e.inCategory.now <= e.inDistrict.now, e.inCategory.before <= e.inDistrict.before
        else { throw BeatError.rejected(.evidenceNotThePlans(plan.id)) }
        if let p = e.police {
            let kinds = PoliceFigureKind.allCases
            let numbers = (p.inCategory + p.inDistrict).flatMap { [$0.now, $0.before] }
            guard MonthRange.covered(from: e.from, to: e.to) == p.months, p.before == p.months.before,
                  p.inCategory.map(\.kind) == kinds, p.inDistrict.map(\.kind) == kinds,
                  numbers.allSatisfy({ $0 >= 0 && $0 <= Limits.number }),
                  zip(p.inCategory, p.inDistrict).allSatisfy({ $0.now <= $1.now && $0.before <= $1.before })
            else { throw BeatError.rejected(.evidenceNotThePlans(plan.id)) }
        }
        for r in [e.survey?.before, e.survey?.after].compactMap({ $0 }) {
            guard r.respondents > 0, r.respondents <= Limits.number, r.answered >= 0, r.answered <= r.respondents,
                  r.feelSafe >= 0, r.feelSafe <= r.answered, r.concerns.allSatisfy({ $0.count >= 0 && $0.count <= r.respondents })
            else { throw BeatError.rejected(.evidenceNotThePlans(plan.id)) }
        }
    }

    private func makeTask(_ d: TaskDraft, id: Int, context: ChangeContext, existing: PlanTask? = nil) throws -> PlanTask {
        try nonEmpty(d.title, .title, Limits.title)
        try limit(d.description, .description, Limits.description)
        let assignee = try needOfficer(d.assignee)
        if existing?.assignee != d.assignee, !assignee.active { throw BeatError.rejected(.inactiveOfficer(d.assignee)) }
        var district = d.district ?? assignee.district
        if let p = d.plan {
            let plan = try needPlan(p)
            if plan.status == .closed && existing?.plan != p { throw BeatError.rejected(.planClosed(p)) }
            if let given = d.district, given != plan.district { throw BeatError.rejected(.planDistrictMismatch(p, given)) }
            district = plan.district
            if let due = d.due, due < plan.start { throw BeatError.rejected(.dueBeforePlanStart(due, plan.start)) }
        }
        try needDistrict(district)
        for p in d.partners { try needPartner(p, district: district) }
        try checkHolder(d.holder, district: district)
        if let m = d.meeting, meeting(m) == nil, m != counters.meeting { throw BeatError.rejected(.unknownMeeting(m)) }
        return PlanTask(id: id, plan: d.plan, district: district, title: d.title.trimmed, description: d.description,
                        assignee: d.assignee, partners: d.partners, holder: d.holder, due: d.due, priority: d.priority,
                        created: context.at, createdBy: context.by, meeting: d.meeting)
    }

    private func makeContact(_ d: ContactDraft, id: Int, context: ChangeContext, checkFuture: Bool = true) throws -> ResidentContact {
        try nonEmpty(d.summary, .summary, Limits.summary)
        try limit(d.place, .place, Limits.place)
        _ = try needOfficer(d.officer)
        try needDistrict(d.district)
        if let b = d.beat { try needBeat(b, in: d.district) }
        if let r = d.resident {
            try nonEmpty(r.name, .name, Limits.name)
            try limit(r.phone ?? "", .phone, Limits.phone)
            try limit(r.email ?? "", .email, Limits.email)
            try limit(r.address ?? "", .address, Limits.address)
        }
        if let t = d.task { _ = try needTask(t) }
        try checkWith(d.with)
        if checkFuture, d.time.seconds > context.at.seconds + 86_400 { throw BeatError.rejected(.contactInFuture(d.time)) }
        if let f = d.followUp, f < d.time.day { throw BeatError.rejected(.followUpBeforeContact(f, d.time.day)) }
        return ResidentContact(id: id, time: d.time, officer: d.officer, district: d.district, beat: d.beat,
                               place: d.place.trimmed, channel: d.channel, category: d.category, summary: d.summary.trimmed,
                               resident: d.resident, followUp: d.followUp, task: d.task, with: d.with)
    }

    private func makeMeeting(_ d: MeetingDraft, id: Int, context: ChangeContext) throws -> (Meeting, [PlanTask]) {
        guard let team = team(d.team) else { throw BeatError.rejected(.unknownTeam(d.team)) }
        for a in d.attendees where team.member(a) == nil { throw BeatError.rejected(.partnerNotInTeam(a, team.district)) }
        for o in d.officers { _ = try needOfficer(o) }
        try limit(d.minutes, .minutes, Limits.minutes)
        var newTasks: [PlanTask] = []
        var decisions: [Decision] = []
        var scratch = self
        // Plans the meeting closes first: a task decided for one of them is refused, as for any closed plan.
        for dd in d.decisions {
            guard let c = dd.closes else { continue }
            let i = try scratch.planIndex(c.plan)
            guard scratch.plans[i].district == team.district else { throw BeatError.rejected(.planDistrictMismatch(c.plan, team.district)) }
            guard scratch.plans[i].status != .closed else { throw BeatError.rejected(.planAlreadyClosed(c.plan)) }
            try scratch.limit(dd.text, .note, Limits.description)
            scratch.plans[i].status = .closed
        }
        // Plans the meeting adopts: drafts of the team's district, each once.
        for dd in d.decisions {
            guard let p = dd.adopts else { continue }
            let i = try scratch.planIndex(p)
            guard scratch.plans[i].district == team.district else { throw BeatError.rejected(.planDistrictMismatch(p, team.district)) }
            guard scratch.plans[i].status == .draft else { throw BeatError.rejected(.planNotDraft(p)) }
            scratch.plans[i].status = .active
        }
        if let next = d.next {
            try limit(next.place, .place, Limits.place)
            guard next.day > d.day else { throw BeatError.rejected(.nextMeetingNotAfter(next.day, d.day)) }
        }
        for dd in d.decisions {
            try nonEmpty(dd.text, .text, Limits.note)
            if let t = dd.task, task(t) == nil { throw BeatError.rejected(.taskLinkedToMeetingMismatch(t)) }
            if var draft = dd.newTask {
                draft.meeting = id
                let t = try scratch.makeTask(draft, id: scratch.counters.task, context: context)
                scratch.tasks.append(t)
                scratch.counters.task += 1
                newTasks.append(t)
                decisions.append(Decision(text: dd.text.trimmed, task: t.id, closes: dd.closes, adopts: dd.adopts))
            } else {
                decisions.append(Decision(text: dd.text.trimmed, task: dd.task, closes: dd.closes, adopts: dd.adopts))
            }
        }
        let next = d.next.map { NextMeeting(day: $0.day, place: $0.place.trimmed) }
        return (Meeting(id: id, team: d.team, day: d.day, attendees: d.attendees, officers: d.officers,
                        minutes: d.minutes, decisions: decisions, next: next), newTasks)
    }

    /// The next period's plan and the carried tasks (original id, new task), validated.
    private func makeNextPlan(_ n: NextPlanDraft, context: ChangeContext) throws -> (SafetyPlan, [(Int, PlanTask)]) {
        let old = try needPlan(n.plan)
        let title = (n.title ?? old.title).trimmed
        try checkPlanContent(district: old.district, beat: old.beat, officer: old.officer, title: title, start: n.start, end: n.end)
        guard n.start > old.start else { throw BeatError.rejected(.nextPlanTooEarly(n.start, old.id, old.start)) }
        try nonEmpty(n.reason, .reason, Limits.reason)
        let plan = SafetyPlan(id: counters.plan, district: old.district, beat: old.beat, officer: old.officer, title: title,
                              start: n.start, end: n.end, threat: old.threat, goal: old.goal, partners: old.partners, theme: old.theme)
        var scratch = self
        scratch.plans.append(plan)
        let districtTeam = team(forDistrict: old.district)
        var carried: [(Int, PlanTask)] = []
        guard Set(n.tasks).count == n.tasks.count else { throw BeatError.rejected(.taskListedTwice) }
        var chosen: [Int: Day?] = [:]
        for d in n.dues ?? [] {
            guard n.tasks.contains(d.task), chosen[d.task] == nil else { throw BeatError.rejected(.taskListedTwice) }
            if let due = d.due, due > n.end { throw BeatError.rejected(.dueAfterPlanEnd(due, n.end)) }
            if let due = d.due, due < n.start { throw BeatError.rejected(.dueBeforePlanStart(due, n.start)) }
            chosen[d.task] = d.due
        }
        for id in n.tasks {
            let t = try needTask(id)
            guard t.plan == old.id else { throw BeatError.rejected(.taskNotOfPlan(id, old.id)) }
            guard t.isOpen else { throw BeatError.rejected(.taskNotOpenToCarry(id, t.status)) }
            // The officer's choice, else the task's own due day when it is not before the new start.
            let due = chosen[id] ?? t.due.flatMap { $0 >= n.start ? $0 : nil }
            let draft = TaskDraft(plan: plan.id, title: t.title, description: t.description, assignee: t.assignee,
                                  partners: t.partners.filter { districtTeam?.member($0) != nil },
                                  due: due, priority: t.priority,
                                  holder: t.holder.flatMap { h in (try? checkHolder(h, district: old.district)) != nil ? h : nil })
            var new = try scratch.makeTask(draft, id: counters.task + carried.count, context: context)
            new.carriedFrom = t.id
            // Work under way stays under way.
            new.status = t.status
            carried.append((t.id, new))
        }
        return (plan, carried)
    }

    private func checkPlanContent(district: String, beat: String?, officer: String?, title: String, start: Day, end: Day) throws {
        try nonEmpty(title, .title, Limits.title)
        try needDistrict(district)
        if let b = beat { try needBeat(b, in: district) }
        if let o = officer { _ = try needOfficer(o) }
        guard start <= end else { throw BeatError.rejected(.periodInverted(start, end)) }
    }

    private func checkPlanText(_ threat: Diagnosis, _ goal: Goal, _ partners: [String]) throws {
        for text in [threat.what, threat.place, threat.when, threat.who] { try limit(text, .threat, Limits.detail) }
        try checkNamedThreats(threat)
        try limit(goal.description, .goal, Limits.detail)
        try limit(goal.measure, .measure, Limits.detail)
        try limitList(partners, .partners, Limits.label)
    }

    func checkMembers(_ t: CoordinationTeam) throws {
        var seen = Set<String>()
        for m in t.members {
            try checkID(m.id)
            guard seen.insert(m.id).inserted else { throw BeatError.rejected(.duplicateID("partner", m.id)) }
            try nonEmpty(m.name, .name, Limits.name)
            try limit(m.organisation, .organisation, Limits.label)
            try limit(m.phone ?? "", .phone, Limits.phone)
            try limit(m.email ?? "", .email, Limits.email)
        }
        for m in t.members where m.role == .designatedContact {
            guard let n = m.nominatedBy, t.member(n) != nil, n != m.id else { throw BeatError.rejected(.nominatorMissing(m.id)) }
        }
    }

    private func checkTransition(task: Int, from: TaskStatus, to: TaskStatus) throws {
        guard from != to else { throw BeatError.rejected(.sameStatus(task, to)) }
        // Open states move freely; a closed task only reopens.
        if !from.isOpen && to != .open && to != .inProgress {
            throw BeatError.rejected(.transitionNotAllowed(task, from, to))
        }
    }

    // MARK: Lookups that reject

    @discardableResult
    func needOfficer(_ id: String) throws -> Officer {
        guard let o = officer(id) else { throw BeatError.rejected(.unknownOfficer(id)) }
        return o
    }
    func needDistrict(_ id: String) throws {
        guard district(id) != nil else { throw BeatError.rejected(.unknownDistrict(id)) }
    }
    func needBeat(_ id: String, in district: String) throws {
        guard let b = beat(id) else { throw BeatError.rejected(.unknownBeat(id)) }
        guard b.district == district else { throw BeatError.rejected(.beatNotInDistrict(id, district)) }
    }
    func needPlan(_ id: Int) throws -> SafetyPlan {
        guard let p = plan(id) else { throw BeatError.rejected(.unknownPlan(id)) }
        return p
    }
    func needTask(_ id: Int) throws -> PlanTask {
        guard let t = task(id) else { throw BeatError.rejected(.unknownTask(id)) }
        return t
    }
    func needPartner(_ id: String, district: String) throws {
        guard partner(id) != nil else { throw BeatError.rejected(.unknownPartner(id)) }
        guard team(forDistrict: district)?.member(id) != nil else { throw BeatError.rejected(.partnerNotInTeam(id, district)) }
    }
    fileprivate func planIndex(_ id: Int) throws -> Int {
        guard let i = Model.find(id, in: plans) else { throw BeatError.rejected(.unknownPlan(id)) }
        return i
    }
    func taskIndex(_ id: Int) throws -> Int {
        guard let i = Model.find(id, in: tasks) else { throw BeatError.rejected(.unknownTask(id)) }
        return i
    }
    private func contactIndex(_ id: Int) throws -> Int {
        guard let i = Model.find(id, in: contacts) else { throw BeatError.rejected(.unknownContact(id)) }
        return i
    }
    private func meetingIndex(_ id: Int) throws -> Int {
        guard let i = Model.find(id, in: meetings) else { throw BeatError.rejected(.unknownMeeting(id)) }
        return i
    }

    func nonEmpty(_ text: String, _ field: Rejection.Field, _ max: Int) throws {
        guard !text.trimmed.isEmpty else { throw BeatError.rejected(.empty(field)) }
        try limit(text, field, max)
    }
    func limit(_ text: String, _ field: Rejection.Field, _ max: Int) throws {
        let n = text.count
        guard n <= max else { throw BeatError.rejected(.tooLong(field, max, n)) }
    }
    func limitList(_ items: [String], _ field: Rejection.Field, _ max: Int) throws {
        guard items.count <= Limits.listItems else { throw BeatError.rejected(.tooMany(field, Limits.listItems, items.count)) }
        for item in items { try limit(item, field, max) }
    }
    func checkID(_ id: String) throws {
        guard !id.isEmpty, id.utf8.count <= 64,
              id.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 || $0 == 95 })
        else { throw BeatError.rejected(.badID(id)) }
    }
    /// Adds or replaces `item`; returns the record it replaced.
    func upsert<T: Identifiable>(_ items: inout [T], _ item: T) -> T? where T.ID == String {
        guard let i = items.firstIndex(where: { $0.id == item.id }) else {
            items.append(item)
            return nil
        }
        defer { items[i] = item }
        return items[i]
    }
}

extension String {
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

extension L10n {
    static func taskStillLinked(_ id: Int, contacts: [Int], meetings: [Int], continuations: [Int] = []) -> String {
        func list(_ ids: [Int]) -> String {
            ids.prefix(5).map(String.init).joined(separator: ", ") + (ids.count > 5 ? " …" : "")
        }
        var pl: [String] = [], en: [String] = []
        if !contacts.isEmpty { pl.append("kontakty nr \(list(contacts))"); en.append("contacts \(list(contacts))") }
        if !meetings.isEmpty { pl.append("decyzje posiedzeń nr \(list(meetings))"); en.append("decisions of meetings \(list(meetings))") }
        if !continuations.isEmpty { pl.append("zadania, które je kontynuują, nr \(list(continuations))"); en.append("tasks continuing it, \(list(continuations))") }
        return tr("Zadania nr \(id) nie można usunąć: wskazują na nie \(pl.joined(separator: " i ")); najpierw usuń te powiązania.",
                  "Task \(id) cannot be removed: \(en.joined(separator: " and ")) point to it; remove those links first.")
    }
}
