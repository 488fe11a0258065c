extension Model {
    /// The changes that take back `change`, given this model as it was before it and what
    /// it created: what `u` applies. Nil when a change cannot be taken back.
    public func inverse(of change: Change, created: Created?) -> [Change]? {
        switch change {
        case .addTask:
            guard case .task(let id)? = created else { return nil }
            return [.removeTask(Removal(id: id))]
        case .editTask(let e):
            return task(e.task).map { [.editTask(TaskEdit(of: $0))] }
        case .setTaskStatus(let u):
            guard let t = task(u.task) else { return nil }
            return [.setTaskStatus(TaskStatusUpdate(task: t.id, status: t.status, reason: t.reason))]
        case .addNote(let n):
            guard let t = task(n.task) else { return nil }
            return [.removeNote(NoteRemoval(task: t.id, index: t.notes.count))]
        case .addContact:
            guard case .contact(let id)? = created else { return nil }
            return [.removeContact(Removal(id: id))]
        case .editContact(let c):
            return contact(c.id).map { [.editContact($0)] }
        case .markFollowUp(let f):
            return contact(f.contact).map { [.markFollowUp(FollowUpMark(contact: $0.id, done: $0.followUpDone))] }
        case .addPlan:
            guard case .plan(let id)? = created else { return nil }
            return [.removePlan(Removal(id: id))]
        case .evaluatePlan(let e):
            return plan(e.plan).map { [.reopenPlan(PlanStatusUpdate(plan: $0.id, status: $0.status))] }
        case .startNextPlan(let n):
            guard case .nextPlan(let id, let carried)? = created else { return nil }
            // The new tasks, then the plan they sit in, then the originals back as they were.
            let reopened = n.tasks.compactMap(task).map { Change.setTaskStatus(TaskStatusUpdate(task: $0.id, status: $0.status)) }
            return carried.reversed().map { .removeTask(Removal(id: $0)) } + [.removePlan(Removal(id: id))] + reopened
        case .editPlan(let p):
            return plan(p.id).map { [.editPlan($0)] }
        case .setPlanStatus(let u):
            return plan(u.plan).map { [.setPlanStatus(PlanStatusUpdate(plan: $0.id, status: $0.status))] }
        case .putTeam(let t):
            return team(t.id).map { [.putTeam($0)] }
        case .putOfficer(let o):
            return officer(o.id).map { [.putOfficer($0)] }
        case .addMeeting(let d):
            guard case .meeting(let id, let tasks)? = created else { return nil }
            // The meeting first: its decisions point at the tasks it made.
            let reopened = d.decisions.compactMap(\.closes).compactMap { c in
                plan(c.plan).map { Change.reopenPlan(PlanStatusUpdate(plan: $0.id, status: $0.status)) }
            }
            let drafts = d.decisions.compactMap(\.adopts).map { Change.setPlanStatus(PlanStatusUpdate(plan: $0, status: .draft)) }
            return [.removeMeeting(Removal(id: id))] + tasks.reversed().map { .removeTask(Removal(id: $0)) } + reopened + drafts
        case .editMeeting(let m):
            return meeting(m.id).map { [.editMeeting($0)] }
        default:
            return nil
        }
    }
}
