/// How much of a store a command reads.
///
/// The contact log is the bulk of a store (a city station's is 300,000 contacts over five
/// years); most commands never look at it. With `.reference` a store reads its reference
/// data — districts, beats, officers, teams, plans, tasks, meetings and the counters that
/// number new records — and skips the contact segments entirely.
///
/// What stays true with `.reference`:
/// - Adding a contact works: its checks need only reference data, and its number comes
///   from the counters. The new contact is in `model.contacts` (as are contacts that
///   journal lines added), so the command can show it.
/// - Journal lines that edit, remove or mark contacts not loaded are skipped when read:
///   they were checked against the whole log when written, and `beat check` (`.all`)
///   checks them again.
/// - A change whose checks need the whole log (editing, removing or marking a contact,
///   removing a task that contacts may point to) first loads it: `Store.append` widens
///   the scope to `.all` before checking such a change, so nothing is ever accepted that
///   the whole store would refuse.
/// - Compaction always works on the whole store.
public enum LoadScope: Sendable, Equatable {
    /// Everything: the interface, `beat check`, reports and lists of contacts.
    case all
    /// Reference data only, without the contact log.
    case reference
}

extension Change {
    /// Whether checking this change needs the whole contact log in memory.
    var needsAllContacts: Bool {
        switch self {
        case .editContact, .removeContact, .markFollowUp, .removeTask: return true
        default: return false
        }
    }

    /// For a change to one contact: its number.
    var contactID: Int? {
        switch self {
        case .editContact(let c): return c.id
        case .removeContact(let r): return r.id
        case .markFollowUp(let m): return m.contact
        default: return nil
        }
    }
}
