/// How much of a store a command reads.
///
/// The contact log is the bulk of a store (a city station's is 300,000 contacts over five
/// years), the tasks with their notes most of the rest; most commands need neither.
///
/// - `.all`: everything (the interface, `beat check`, lists of contacts).
/// - `.reference`: all but the contact log (`beat task list --json`, progress and plan reports).
/// - `.taskList`: `.reference` without the bulky fields the task list does not show (task
///   descriptions, notes' text, histories, support, meeting minutes; see `TaskListReading`),
///   when reference.json is as Beat wrote it; otherwise everything, checked (`beat task list`).
/// - `.head`: districts, beats, officers, teams, plans and the counters that number new
///   records (`beat task add`, `beat contact add`); a change to task N reads task N too.
///
/// What stays true in a narrower scope:
/// - New records get the numbers the whole store would give them: the counters are in the
///   head, and journal lines the scope cannot check still count their new records.
/// - A record added by this process or by journal lines is in `model`, so a command can show it.
/// - Journal lines about records the scope did not read are passed over: they were checked
///   against the whole store when written, and `beat check` (`.all`) checks them again.
/// - `Store.append` first reads what a change's checks need (`Change.need`) — the task it
///   edits, the tasks, the whole contact log — so nothing is accepted that the whole store
///   would refuse.
/// - Compaction always works on the whole store.
public enum LoadScope: Sendable, Equatable {
    /// Everything: the interface, `beat check`, reports and lists of contacts.
    case all
    /// Reference data only, without the contact log.
    case reference
    /// What `beat task list` shows: the reference data without the contact log, and of the
    /// tasks and meetings no descriptions, notes' text, histories, support or minutes (stand-ins
    /// take their place, see `TaskListReading`). Only for a reference.json whose digest matches
    /// the manifest; any other file is read whole and checked, as in `.all`. A change made
    /// through a store opened so first reads the full records (`.reference` or more).
    case taskList
    /// The head of the reference data — districts, beats, officers, teams, plans and the
    /// counters — without meetings, tasks and contacts: enough to add a task or a contact.
    /// A change to a task reads that task alone (see `ReferenceLayout`).
    case head
}

/// What checking a change needs in memory besides the head.
enum ScopeNeed: Equatable {
    case head
    case task(Int)
    case reference
    case all
}

extension Change {
    /// What checking this change reads: a change is never accepted in a scope that lacks it.
    var need: ScopeNeed {
        switch self {
        // An officer made inactive has no open tasks: those are read.
        case .putOfficer(let o): return o.active ? .head : .reference
        case .putDistrict, .putBeat, .putTeam, .addPlan, .editPlan, .setPlanStatus, .evaluatePlan, .reopenPlan:
            return .head
        // The plan's tasks (and for a removal, the meetings that may name it).
        case .startNextPlan, .removePlan: return .reference
        case .addTask(let d): return d.meeting == nil ? .head : .reference
        case .editTask(let e): return .task(e.task)
        case .setTaskStatus(let u): return .task(u.task)
        case .addNote(let n): return .task(n.task)
        case .removeNote(let r): return .task(r.task)
        case .addSupport(let s): return .task(s.task)
        case .addContact(let d): return d.task.map(ScopeNeed.task) ?? .head
        case .addMeeting(let d): return d.decisions.contains { $0.task != nil } ? .reference : .head
        case .editMeeting, .removeMeeting: return .reference
        case .removeTask, .editContact, .removeContact, .markFollowUp, .pseudonymise: return .all
        case .putOrganisation, .putMember: return .head
        case .giveSupport(let g): return .task(g.task)
        // Tasks, meetings and contacts that may name the member.
        case .removeMember: return .all
        // The team's meetings and its members' tasks, when it moves district.
        case .editTeam: return .reference
        // Every open task of the officer.
        case .deactivateOfficer: return .reference
        case .importRecords(let r):
            return r.changes.contains { $0.need != .head } ? .reference : .head
        }
    }

    /// `contactLog`: many contacts at once (a purge of personal data).
    enum Target { case task(Int), contact(Int), meeting(Int), contactLog }

    /// The record a change edits or removes, if any.
    var target: Target? {
        switch self {
        case .editTask(let e): return .task(e.task)
        case .setTaskStatus(let u): return .task(u.task)
        case .addNote(let n): return .task(n.task)
        case .removeNote(let r): return .task(r.task)
        case .addSupport(let s): return .task(s.task)
        case .giveSupport(let g): return .task(g.task)
        case .removeTask(let r): return .task(r.id)
        case .editContact(let c): return .contact(c.id)
        case .removeContact(let r): return .contact(r.id)
        case .markFollowUp(let m): return .contact(m.contact)
        case .editMeeting(let m): return .meeting(m.id)
        case .removeMeeting(let r): return .meeting(r.id)
        case .pseudonymise: return .contactLog
        default: return nil
        }
    }

    /// The numbers a change hands out, for a journal line passed over in a partial scope:
    /// the next record must still get the number the whole store would give it.
    func count(into counters: inout Counters) {
        switch self {
        case .addPlan: counters.plan += 1
        case .addTask: counters.task += 1
        case .addContact: counters.contact += 1
        case .addMeeting(let d):
            counters.meeting += 1
            counters.task += d.decisions.filter { $0.newTask != nil }.count
        case .startNextPlan(let n):
            counters.plan += 1
            counters.task += n.tasks.count
        default: break
        }
    }
}
