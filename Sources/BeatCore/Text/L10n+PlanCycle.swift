/// The catalogue, continued: closing a plan on its evidence, the next period's plan, and a
/// plan that has not started yet.
extension L10n {
    /// What the outcome field shows until the officer chooses.
    public static var outcomeUnchosen: String { tr("— wybierz —", "— choose —") }
    public static func chooseOutcome(_ field: String) -> String {
        tr("„\(field)”: wybierz wynik oceny — żaden nie jest wybrany z góry.",
           "\"\(field)\": choose the outcome — none is chosen for you.")
    }
    /// The question before saving an outcome the evidence speaks against.
    public static func outcomeAgainstEvidence(_ o: Evaluation.Outcome, category: String, _ n: CountChange) -> String {
        tr("Kontaktów w kategorii „\(category)” było więcej niż przed planem: \(evidenceCount(n)), a wybrany wynik to „\(outcomeName(o))”. Zapisać tę ocenę mimo to?",
           "Contacts in the category \"\(category)\" rose against the period before: \(evidenceCount(n)), yet the outcome chosen is \"\(outcomeName(o))\". Save this evaluation all the same?")
    }

    public static func dueAfterPlanEnd(_ due: Day, _ end: Day) -> String {
        tr("Termin \(due) przypada po końcu planu (\(end)).", "The due day \(due) is after the plan ends (\(end)).")
    }

    public static var carriedDuesLabel: String { tr("Terminy spoza okresu", "Due days outside the period") }
    public static var carriedDuesNoneOutside: String { tr("(wszystkie w okresie)", "(all within the period)") }
    public static var carriedDueNearest: String { tr("najbliższy dzień okresu planu", "the nearest day of the plan's period") }
    public static var carriedDueNone: String { tr("bez terminu", "no due day") }
    /// `Przeniesione zostaną zadania nr 8, 9, 16.`
    public static func carriedTasksLine(_ ids: [Int]) -> String {
        if ids.isEmpty { return tr("Plan nie ma niedokończonych zadań do przeniesienia.", "The plan has no unfinished tasks to carry.") }
        let list = ids.map(String.init).joined(separator: ", ")
        return tr(ids.count == 1 ? "Przeniesione zostanie zadanie nr \(list)." : "Przeniesione zostaną zadania nr \(list).",
                  ids.count == 1 ? "Task \(list) will be carried." : "Tasks \(list) will be carried.")
    }
    /// The carried tasks whose due days fall outside the new period.
    public static func carriedDuesOutside(_ tasks: [(Int, Day)], start: Day, end: Day) -> String {
        let list = tasks.map { tr("nr \($0.0) (\($0.1))", "\($0.0) (\($0.1))") }.joined(separator: ", ")
        return tasks.count == 1
            ? tr("Zadanie \(list) ma termin poza okresem nowego planu (\(reportPeriod(start, end))).",
                 "Task \(list) is due outside the new plan's period (\(reportPeriod(start, end))).")
            : tr("Zadania \(list) mają terminy poza okresem nowego planu (\(reportPeriod(start, end))).",
                 "Tasks \(list) are due outside the new plan's period (\(reportPeriod(start, end))).")
    }
    public static func chooseCarriedDues(_ field: String) -> String {
        tr("Wybierz w polu „\(field)”, co z nimi zrobić.", "Choose what becomes of them in \"\(field)\".")
    }
    public static func planPhaseName(_ p: PlanPhase) -> String {
        switch p {
        case .draft: return tr("projekt", "draft")
        case .planned: return tr("planowany", "planned")
        case .active: return tr("realizowany", "active")
        case .closed: return tr("zamknięty", "closed")
        }
    }
    /// `planowany od 2026-12-08`.
    public static func plannedFrom(_ d: Day) -> String { tr("planowany od \(d)", "planned from \(d)") }

    public static var outsideDueOption: String {
        tr("Podaj, co z nimi zrobić: --outside-due nearest (najbliższy dzień okresu) albo --outside-due none (bez terminu).",
           "Say what becomes of them: --outside-due nearest (the nearest day of the period) or --outside-due none (no due day).")
    }
    public static func badOutsideDue(_ text: String) -> String {
        tr("„\(text)”: podaj nearest (najbliższy) albo none (bez).", "\"\(text)\": use nearest or none.")
    }
}
