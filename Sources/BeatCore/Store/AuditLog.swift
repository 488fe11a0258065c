/// The journal told in plain words — who changed what, when: the audit trail `beat log`
/// prints. Residents' personal data is never part of a sentence.
public enum AuditLog {
    /// The entries from `since` on (by the entry's local day) and by `officer`, if given.
    public static func filter(_ entries: [JournalEntry], since: Day? = nil, officer: String? = nil) -> [JournalEntry] {
        entries.filter { e in
            (since.map { e.at.day >= $0 } ?? true) && (officer.map { e.by == $0 } ?? true)
        }
    }

    /// One line per entry: `2026-11-22 09:15  nr 12  st. sierż. Łukasz Nowicki (nowicki): …`.
    public static func line(_ e: JournalEntry, model: Model) -> String {
        SafeText.line("\(e.at.day) \(e.at.hourMinute)  \(L10n.entryNumber(e.seq))  \(who(e.by, model)): \(sentence(e.change, model: model, by: e.by))")
    }

    /// The officer by rank and name with the id, or the id as recorded (`user:jan`).
    static func who(_ id: String, _ model: Model) -> String {
        guard let o = model.officer(id) else { return id }
        return "\(o.title) (\(id))"
    }

    /// What a change did, as the predicate of a sentence whose subject is `by` (an officer's
    /// id: the verb agrees with them).
    public static func sentence(_ change: Change, model: Model, by: String? = nil) -> String {
        let g = by.flatMap { model.officer($0)?.gender }
        func task(_ id: Int) -> String { L10n.logTask(id, model.task(id)?.title) }
        func plan(_ id: Int) -> String { L10n.logPlan(id, model.plan(id)?.title) }
        func planOf(_ id: Int) -> String { L10n.logPlanGenitive(id, model.plan(id)?.title) }
        func officer(_ id: String) -> String { model.officer(id)?.title ?? id }
        func team(_ id: String) -> String { model.team(id)?.name ?? id }
        switch change {
        case .putDistrict(let d): return L10n.logPutDistrict(g, d.name, d.id)
        case .putBeat(let b): return L10n.logPutBeat(g, b.name, b.id)
        case .putOfficer(let o): return L10n.logPutOfficer(g, o.title, o.id)
        case .putTeam(let t): return L10n.logPutTeam(g, t.name, t.members.count)
        case .addPlan(let p): return L10n.logAddPlan(g, p.title, model.district(p.district)?.name ?? p.district)
        case .editPlan(let p): return L10n.logEditPlan(g, plan(p.id))
        case .setPlanStatus(let u): return L10n.logPlanStatus(g, planOf(u.plan), L10n.planStatusName(u.status))
        case .evaluatePlan(let e): return L10n.logEvaluatePlan(g, plan(e.plan), L10n.outcomeName(e.evaluation.outcome))
        case .reopenPlan(let u): return L10n.logReopenPlan(g, plan(u.plan))
        case .startNextPlan(let n):
            // The new plan: where the carried tasks went, else the district's plan for that period.
            let carried = Set(n.tasks)
            let district = model.plan(n.plan)?.district
            let next = model.tasks.first { $0.carriedFrom.map(carried.contains) ?? false }?.plan
                ?? model.plans.first { $0.id > n.plan && $0.district == district && $0.start == n.start && $0.end == n.end }?.id
            return L10n.logStartNextPlan(g, next, planOf(n.plan), n.start, n.end)
        case .removePlan(let r): return L10n.logRemovePlan(g, r.id)
        case .addTask(let d): return L10n.logAddTask(g, d.title, officer(d.assignee), d.due)
        case .editTask(let e): return L10n.logEditTask(g, task(e.task))
        case .setTaskStatus(let u): return L10n.logTaskStatus(g, task(u.task), L10n.statusName(u.status), u.reason)
        case .addNote(let n): return L10n.logAddNote(g, task(n.task))
        case .removeNote(let r): return L10n.logRemoveNote(g, r.index < Int.max ? String(r.index + 1) : "\(r.index)+1", task(r.task))
        case .addSupport(let s): return L10n.logAddSupport(g, task(s.task), model.organisationName(s.support.unit), open: s.support.isOpen)
        case .giveSupport(let s):
            let unit = model.task(s.task).flatMap { $0.support.indices.contains(s.index) ? $0.support[s.index].unit : nil }
            return L10n.logGiveSupport(g, task(s.task), unit.map(model.organisationName) ?? "?", s.day)
        case .removeTask(let r): return L10n.logRemoveTask(g, r.id)
        case .addContact(let d):
            return L10n.logAddContact(g, L10n.channelName(d.channel), L10n.categoryName(d.category), d.time.day,
                                      model.district(d.district)?.name ?? d.district, withResident: d.resident != nil)
        case .editContact(let c): return L10n.logEditContact(g, c.id)
        case .removeContact(let r): return L10n.logRemoveContact(g, r.id)
        case .markFollowUp(let m): return L10n.logFollowUp(g, m.contact, m.done)
        case .addMeeting(let d): return L10n.logAddMeeting(g, team(d.team), d.day, d.decisions.count)
        case .editMeeting(let m): return L10n.logEditMeeting(g, m.id)
        case .removeMeeting(let r): return L10n.logRemoveMeeting(g, r.id)
        case .pseudonymise(let p): return L10n.logPseudonymise(g, p.contacts.count, p.before)
        case .putOrganisation(let o): return L10n.logPutOrganisation(g, o.name, o.id)
        case .putMember(let m): return L10n.logPutMember(g, m.member.name, team(m.team))
        case .removeMember(let r): return L10n.logRemoveMember(g, model.partner(r.member)?.name ?? r.member, team(r.team))
        case .editTeam(let e): return L10n.logEditTeam(g, e.name, e.team)
        case .deactivateOfficer(let d):
            return L10n.logDeactivateOfficer(g, officer(d.officer), model.officer(d.officer)?.gender,
                                             handover: d.handover.map { (officer($0), model.officer($0)?.gender) })
        case .importRecords(let r): return L10n.logImport(g, r.kind, r.file, r.changes.count)
        case .addThreat(let d): return L10n.logAddThreat(g, d.category, model.district(d.district)?.name ?? d.district)
        case .setThreatStatus(let u): return L10n.logThreatStatus(g, u.threat, u.status, note: u.note)
        case .revertThreatStatus(let u): return L10n.logRevertThreatStatus(g, u.threat, u.status)
        case .removeThreat(let r): return L10n.logRemoveThreat(g, r.id)
        case .importFigures(let f): return L10n.logImportFigures(g, f)
        case .recordSurveys(let r): return L10n.logRecordSurveys(g, r, districtName: { model.district($0)?.name ?? $0 })
        case .removeSurvey(let r): return L10n.logRemoveSurvey(g, r.id)
        case .putProgramme(let p): return L10n.logPutProgramme(g, p.name)
        }
    }
}
