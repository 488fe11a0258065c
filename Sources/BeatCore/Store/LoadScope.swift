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

/// What a store opened in some scope must read before it checks a change (`LoadScope.widening`).
public enum ScopeWidening: Sendable, Equatable {
    /// Nothing: the scope holds what the change's checks read.
    case none
    /// Read the store again in a wider scope.
    case widen(LoadScope)
    /// Read the store again with this task added to those read besides the head.
    case pin(Int)
}

extension LoadScope {
    /// What a store opened in this scope, holding `model` and the `pinned` tasks, must read
    /// before checking `change`: nothing is accepted that the whole store would refuse.
    public func widening(for change: Change, in model: Model, pinned: Set<Int>) -> ScopeWidening {
        switch (self, change.need) {
        case (.all, _), (.reference, .head), (.reference, .task), (.head, .head), (.reference, .reference): return .none
        case (_, .all): return .widen(.all)
        // The list's records lack fields a change may copy or a caller may show after it
        // (a task's description and notes): read them whole first.
        case (.taskList, _), (.head, .reference): return .widen(.reference)
        case (.head, .task(let id)): return model.task(id) == nil && !pinned.contains(id) ? .pin(id) : .none
        }
    }

    /// Whether this scope holds what checking a change needs.
    func holds(_ need: ScopeNeed, in model: Model) -> Bool {
        switch (self, need) {
        // The list's stand-ins keep what checks read: statuses, links, the number of notes.
        case (.all, _), (.reference, .head), (.reference, .task), (.reference, .reference), (.head, .head),
             (.taskList, .head), (.taskList, .task), (.taskList, .reference): return true
        case (.head, .task(let id)): return model.task(id) != nil
        default: return false
        }
    }

    /// Whether a journal entry's record lies outside what this scope read.
    func leavesOut(_ target: Change.Target?, in model: Model) -> Bool {
        switch target {
        case .contact(let id)?: return self != .all && model.contact(id) == nil
        case .task(let id)?: return self == .head && model.task(id) == nil
        case .meeting(let id)?: return self == .head && model.meeting(id) == nil
        case .contactLog?: return self != .all
        // The threat register is read with the reference data, not by the head or the task list.
        case .register?: return self == .head || self == .taskList
        case nil: return false
        }
    }
}

extension Model {
    /// Applies a journal entry read back from a store opened in `scope` (the folder's
    /// journal.jsonl, a server's journal table): entries already in the snapshot are passed
    /// over (false), the next one is applied (true), anything else throws `.badData` as
    /// `place: reason` (`place` is `file:line:column`).
    ///
    /// An entry about a record the scope did not read is passed over, its sequence number
    /// taken: it was checked when written, and `beat check` (`.all`) checks it again. One the
    /// head alone cannot check still hands out its numbers, so the next record is numbered as
    /// the whole store numbers it.
    @discardableResult
    public mutating func replay(_ entry: JournalEntry, scope: LoadScope, place: String) throws -> Bool {
        if entry.seq <= seq { return false }
        guard entry.seq == seq + 1 else {
            throw BeatError.badData(place + ": " + L10n.journalOutOfOrder(seq + 1, entry.seq))
        }
        if !scope.leavesOut(entry.change.target, in: self) {
            do {
                try apply(entry.change, context: ChangeContext(by: entry.by, at: entry.at))
            } catch let e as BeatError {
                // Refused with all its checks need in memory, the entry is bad, as `beat check` will say.
                guard scope == .head, !scope.holds(entry.change.need, in: self) else {
                    throw BeatError.badData(place + ": " + L10n.journalRejected(e.message))
                }
                entry.change.count(into: &counters)
            }
        }
        seq = entry.seq
        return true
    }
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
        case .putDistrict, .putBeat, .putTeam, .setPlanStatus, .evaluatePlan, .reopenPlan:
            return .head
        // A diagnosis that names threats is checked against the register.
        case .addPlan(let p): return p.threat.threats.isEmpty ? .head : .reference
        case .editPlan(let p): return p.threat.threats.isEmpty ? .head : .reference
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
        // The register is read with the reference data; a threat from a contact checks the contact.
        case .addThreat(let d): return d.contact == nil ? .reference : .all
        case .setThreatStatus, .revertThreatStatus, .removeThreat, .importFigures, .recordSurveys, .removeSurvey, .putProgramme:
            return .reference
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
    enum Target { case task(Int), contact(Int), meeting(Int), contactLog, register }

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
        case .addThreat, .setThreatStatus, .revertThreatStatus, .removeThreat, .importFigures, .recordSurveys, .removeSurvey,
             .putProgramme:
            return .register
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
