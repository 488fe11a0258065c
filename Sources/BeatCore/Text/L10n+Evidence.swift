extension L10n {
    // MARK: Where an evaluation's figures come from

    public static var evidenceBasisLabel: String { tr("Podstawa", "Basis") }
    public static func evidenceBasis(_ b: PlanEvidence.Basis, day: Day?) -> String {
        let d = day?.description ?? "—"
        switch b {
        case .current:
            return tr("stan na dziś (plan niezamknięty)", "as of today (the plan is open)")
        case .recorded:
            return tr("dane zapisane przy ocenie z \(d)", "the figures recorded with the evaluation of \(d)")
        case .closingDay:
            return tr("obliczone na dzień oceny \(d) (ocena sprzed zapisywania danych)",
                      "computed to the evaluation day \(d) (evaluated before Beat recorded its figures)")
        case .today:
            return tr("dzisiejsze dane — nie te, na których oparto ocenę", "today's data — not the figures the evaluation was made on")
        }
    }
    public static var reviewNoGoals: String { tr("Brak celów do omówienia: żaden plan nie jest realizowany.", "No goals to review: no plan is active.") }
    static func reviewNotesOnClosedHeading(_ since: Day) -> String {
        tr("Notatki do zadań zamkniętych do \(since)", "Notes on tasks closed by \(since)")
    }
    public static var reportOfficersOfListed: String {
        tr("Funkcjonariusze — zadania planów i zadania własne wymienione wyżej", "Officers — the tasks of the plans and the self-set tasks listed above")
    }
    public static var evidenceNowHeading: String { tr("Według dzisiejszych danych", "By today's data") }
}
