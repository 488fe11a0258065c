// The catalogue for the station's own data: beats, members and organisations as lists and
// sentences show them, who holds a task, support cards; and the commands that manage them.
extension L10n {
    /// A member's role and organisation, as lists and printouts show them:
    /// "przewodnicząca rady osiedla, Rada Osiedla Dobrzec".
    public static func memberRole(_ m: Partner, in model: Model) -> String {
        roleName(m.role, m.gender) + (m.organisation.isEmpty ? "" : ", " + model.organisationName(m.organisation))
    }

    /// A beat as running text names it: "rejon służbowy nr 2 (Dobrzec Południe)"; without a
    /// number, its name alone.
    public static func beatName(_ b: Beat) -> String {
        guard let n = b.number else { return b.name }
        return tr("rejon służbowy nr \(n) (\(b.name))", "beat \(n) (\(b.name))")
    }

    /// A beat under a "Rejon" label: "nr 2 (Dobrzec Południe)"; without a number, its name.
    public static func beatShort(_ b: Beat) -> String {
        guard let n = b.number else { return b.name }
        return tr("nr \(n) (\(b.name))", "\(n) (\(b.name))")
    }

    /// The same in the genitive: "rejonu służbowego nr 2 (Dobrzec Południe)", "rejonu Dobrzec Południe".
    public static func beatGenitive(_ b: Beat) -> String {
        guard let n = b.number else { return tr("rejonu \(b.name)", b.name) }
        return tr("rejonu służbowego nr \(n) (\(b.name))", "beat \(n) (\(b.name))")
    }

    public static func officerRoleName(_ r: OfficerRole) -> String {
        switch r {
        case .officer: return tr("funkcjonariusz", "officer")
        case .supervisor: return tr("kierownik", "supervisor")
        }
    }

    public static func organisationKindName(_ k: OrganisationKind) -> String { tr(k.polishName, k.englishName) }

    /// A task's holder in a narrow column: the officer, or "partner / officer following it up".
    public static func holderCell(_ holder: String?, _ officer: String) -> String { holder.map { $0 + " / " + officer } ?? officer }
    public static func heldBy(_ holder: String) -> String { tr("prowadzi: \(holder)", "held by \(holder)") }

    /// A support card in one line: "2026-11-10 Wydział Ruchu Drogowego KMP Kalisz: pomiar
    /// prędkości", and for an open request who was asked, when, and that it is still awaited.
    public static func supportLine(_ s: SupportReceived, in model: Model) -> String {
        let unit = model.organisationName(s.unit)
        if s.isOpen { return tr("\(unit): \(s.what) — prośba z \(s.day), jeszcze bez odpowiedzi", "\(unit): \(s.what) — asked on \(s.day), not yet given") }
        return "\(s.day) \(unit): \(s.what)"
    }
    /// What an open request asked for, marked as awaited.
    public static func supportAwaited(_ what: String) -> String { tr("\(what) (prośba, jeszcze bez odpowiedzi)", "\(what) (asked, not yet given)") }

    public static func dashSupportRequests(_ n: Int) -> String {
        tr("Prośby o wsparcie bez odpowiedzi (\(n))", "Support asked for, not yet given (\(n))")
    }

    /// Whom a contact was with: "Z udziałem: Rada Osiedla Dobrzec".
    public static func contactWith(_ name: String) -> String { tr("Z udziałem: \(name)", "With: \(name)") }
}
