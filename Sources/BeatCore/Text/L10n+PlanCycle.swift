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
}
