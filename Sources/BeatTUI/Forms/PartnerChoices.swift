import BeatCore

/// A team member or a partner organisation as a form's list offers them: who holds a task,
/// whom a contact was with. Organisations first (by name), then members by team.
enum PartnerChoices {
    static let none = "-"

    static func choices(_ m: Model) -> [Choice] {
        [Choice(none, "—")]
            + m.organisations.sorted { PolishCollation.less($0.name, $1.name) }.map { Choice(id(.organisation($0.id)), $0.name) }
            + m.teams.flatMap { t in
                t.members.map { Choice(id(.member($0.id)), $0.name + " (" + L10n.memberRole($0, in: m) + ")") }
            }
    }

    /// The choice's id for a reference (`none` for nil).
    static func id(_ r: PartnerRef?) -> String {
        switch r {
        case .member(let id)?: return "m:" + id
        case .organisation(let id)?: return "o:" + id
        case nil: return none
        }
    }

    /// The reference a choice names; nil for none.
    static func ref(_ choice: String?) -> PartnerRef? {
        guard let c = choice, c.count > 2 else { return nil }
        let id = String(c.dropFirst(2))
        if c.hasPrefix("m:") { return .member(id) }
        if c.hasPrefix("o:") { return .organisation(id) }
        return nil
    }
}
