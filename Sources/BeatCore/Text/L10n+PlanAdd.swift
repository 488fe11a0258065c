/// The catalogue, continued: a safety plan made from the command line (`beat plan add`).
extension L10n {
    public static func badGoalKind(_ t: String) -> String {
        tr("Nieznany cel „\(t)”. Podaj eliminate (wyeliminowanie zagrożenia) lub reduce (ograniczenie).",
           "Unknown goal \"\(t)\". Give eliminate or reduce.")
    }
    /// A new plan is active or a draft (adopted at a meeting); a closed one needs its evaluation.
    public static func badNewPlanStatus(_ t: String) -> String {
        tr("„\(t)” nie jest stanem nowego planu. Podaj active (realizowany) lub draft (projekt do przyjęcia na posiedzeniu zespołu); plan zamyka się oceną (beat plan evaluate).",
           "\"\(t)\" is not a status for a new plan. Give active or draft (to be adopted at a meeting); a plan is closed by its evaluation (beat plan evaluate).")
    }
    /// `beat plan add`: the new plan's number, district, period and where it stands (`phase`:
    /// `planPhaseName`, for a plan that does not start today "zaplanowany").
    public static func planAdded(_ id: Int, district: String, start: Day, end: Day, phase: String, draft: Bool) -> String {
        if draft {
            return tr("Dodano plan nr \(id) (\(district), \(start) – \(end)) jako projekt; realizowany będzie po przyjęciu na posiedzeniu zespołu.",
                      "Added plan \(id) (\(district), \(start) to \(end)) as a draft; it becomes active when a meeting adopts it.")
        }
        return tr("Dodano plan nr \(id) (\(district), \(start) – \(end)): \(phase).",
                  "Added plan \(id) (\(district), \(start) to \(end)): \(phase).")
    }
}
