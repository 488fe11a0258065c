import BeatCore

/// Which contacts this session's saves touched, version by version: what lets the contact
/// list update a few rows after a save instead of sorting and filtering 300,000 contacts
/// again. Kept by the app, which knows what it saved; anything it cannot vouch for — another
/// process's lines, a removal, a purge, the contact log arriving — starts it afresh, and
/// lists then compute their rows whole, as before.
struct ContactLogChanges {
    /// The model version (journal sequence number) from which every change is known.
    private(set) var since: Int
    /// Versions after `since`, in order, with the contacts each edited in place, added at the
    /// end, and whether an edit changed a contact's text (a follow-up marked done does not).
    private var steps: [(seq: Int, edited: [Int], added: Int, text: Bool)] = []

    /// Known from version `seq` on; without one, nothing is known.
    init(at seq: Int = .max) { since = seq }

    /// The contacts changed after version `from` up to `to` — edited in place, how many were
    /// added at the end of the log, whether an edit changed a text — when known; nil when not.
    func between(_ from: Int, _ to: Int) -> (edited: Set<Int>, added: Int, text: Bool)? {
        guard from >= since, from <= to, to <= (steps.last?.seq ?? since) else { return nil }
        var edited = Set<Int>(), added = 0, text = false
        for s in steps where s.seq > from && s.seq <= to {
            edited.formUnion(s.edited)
            added += s.added
            text = text || s.text
        }
        return (edited, added, text)
    }

    /// Nothing is known before `seq` (the model changed in a way not recorded here).
    mutating func restart(at seq: Int) {
        since = seq
        steps = []
    }

    /// `changes` saved as versions `from + 1 … to`, with what applying them said.
    mutating func record(_ changes: [Change], _ applied: [Applied], from: Int, to: Int) {
        let known = steps.last?.seq ?? since
        // Lines of other processes read first (the versions do not add up), or a gap: start afresh.
        guard from == known, to - from == changes.count else { return restart(at: to) }
        for (k, change) in changes.enumerated() {
            let seq = from + k + 1
            switch change {
            case .addContact: steps.append((seq, [], applied[k].created == nil ? 0 : 1, false))
            case .editContact(let c): steps.append((seq, [c.id], 0, true))
            case .markFollowUp(let m): steps.append((seq, [m.contact], 0, false))
            // Places in the log move, or many contacts change: start afresh.
            case .removeContact, .pseudonymise: return restart(at: to)
            default: steps.append((seq, [], 0, false))
            }
        }
        // A session's worth is plenty: a list older than this computes its rows whole.
        if steps.count > 1_000 {
            since = steps[499].seq
            steps.removeFirst(500)
        }
    }
}
