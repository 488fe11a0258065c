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
        SafeText.line("\(e.at.day) \(e.at.hourMinute)  \(L10n.entryNumber(e.seq))  \(who(e.by, model)): \(sentence(e.change, model: model))")
    }

    /// The officer by rank and name with the id, or the id as recorded (`user:jan`).
    static func who(_ id: String, _ model: Model) -> String {
        guard let o = model.officer(id) else { return id }
        return "\(o.title) (\(id))"
    }

    /// What a change did, as the predicate of a sentence.
    public static func sentence(_ change: Change, model: Model) -> String {
        func task(_ id: Int) -> String { L10n.logTask(id, model.task(id)?.title) }
        func plan(_ id: Int) -> String { L10n.logPlan(id, model.plan(id)?.title) }
        func officer(_ id: String) -> String { model.officer(id)?.title ?? id }
        switch change {
        case .putDistrict(let d): return L10n.logPutDistrict(d.name, d.id)
        case .putBeat(let b): return L10n.logPutBeat(b.name, b.id)
        case .putOfficer(let o): return L10n.logPutOfficer(o.title, o.id)
        case .putTeam(let t): return L10n.logPutTeam(t.name, t.members.count)
        case .addPlan(let p): return L10n.logAddPlan(p.title, model.district(p.district)?.name ?? p.district)
        case .editPlan(let p): return L10n.logEditPlan(plan(p.id))
        case .setPlanStatus(let u): return L10n.logPlanStatus(plan(u.plan), L10n.planStatusName(u.status))
        case .evaluatePlan(let e): return L10n.logEvaluatePlan(plan(e.plan), L10n.outcomeName(e.evaluation.outcome))
        case .reopenPlan(let u): return L10n.logReopenPlan(plan(u.plan))
        case .startNextPlan(let n): return L10n.logStartNextPlan(plan(n.plan), n.start, n.end)
        case .removePlan(let r): return L10n.logRemovePlan(r.id)
        case .addTask(let d): return L10n.logAddTask(d.title, officer(d.assignee), d.due)
        case .editTask(let e): return L10n.logEditTask(task(e.task))
        case .setTaskStatus(let u): return L10n.logTaskStatus(task(u.task), L10n.statusName(u.status), u.reason)
        case .addNote(let n): return L10n.logAddNote(task(n.task))
        case .removeNote(let r): return L10n.logRemoveNote(r.index < Int.max ? String(r.index + 1) : "\(r.index)+1", task(r.task))
        case .addSupport(let s): return L10n.logAddSupport(task(s.task), s.support.unit)
        case .removeTask(let r): return L10n.logRemoveTask(r.id)
        case .addContact(let d):
            return L10n.logAddContact(L10n.channelName(d.channel), L10n.categoryName(d.category), d.time.day,
                                      model.district(d.district)?.name ?? d.district, withResident: d.resident != nil)
        case .editContact(let c): return L10n.logEditContact(c.id)
        case .removeContact(let r): return L10n.logRemoveContact(r.id)
        case .markFollowUp(let m): return L10n.logFollowUp(m.contact, m.done)
        case .addMeeting(let d): return L10n.logAddMeeting(model.team(d.team)?.name ?? d.team, d.day, d.decisions.count)
        case .editMeeting(let m): return L10n.logEditMeeting(m.id)
        case .removeMeeting(let r): return L10n.logRemoveMeeting(r.id)
        case .pseudonymise(let p): return L10n.logPseudonymise(p.contacts.count, p.before)
        case .addThreat(let d): return L10n.logAddThreat(d.category, model.district(d.district)?.name ?? d.district)
        case .setThreatStatus(let u): return L10n.logThreatStatus(u.threat, u.status, note: u.note)
        case .revertThreatStatus(let u): return L10n.logRevertThreatStatus(u.threat, u.status)
        case .removeThreat(let r): return L10n.logRemoveThreat(r.id)
        case .importFigures(let f): return L10n.logImportFigures(f)
        case .recordSurveys(let r): return L10n.logRecordSurveys(r, districtName: { model.district($0)?.name ?? $0 })
        case .removeSurvey(let r): return L10n.logRemoveSurvey(r.id)
        case .putProgramme(let p): return L10n.logPutProgramme(p.name)
        }
    }
}
