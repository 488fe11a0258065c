/// The catalogue, continued: the meeting on the wall — a plan adopted, the next meeting,
/// tasks carried on, residents' summaries kept off the wall, the meeting just recorded.
extension L10n {
    // MARK: Rejections

    public static func planNotDraft(_ id: Int) -> String {
        tr("Plan nr \(id) nie jest projektem; przyjąć na posiedzeniu można tylko projekt planu.",
           "Plan \(id) is not a draft; a meeting adopts only a draft plan.")
    }
    public static func nextMeetingNotAfter(_ next: Day, _ day: Day) -> String {
        tr("Następne posiedzenie (\(next)) musi być po tym posiedzeniu (\(day)).",
           "The next meeting (\(next)) must come after this one (\(day)).")
    }

    // MARK: Adopting a plan

    public static var actionAdoptPlan: String { tr("Przyjęcie planu", "Adopt a plan") }
    public static var reviewDraftPlansHeading: String { tr("Projekty planów do przyjęcia", "Draft plans to adopt") }
    public static func adoptPlanDecision(_ id: Int, _ title: String) -> String {
        tr("Zespół przyjął plan nr \(id) „\(title)” do realizacji.", "The team adopted plan \(id) \"\(title)\".")
    }
    public static func adoptedMark(_ id: Int) -> String { tr("przyjęcie planu nr \(id)", "adopts plan \(id)") }
    public static func planAdoptedAt(_ meeting: Int, _ day: Day) -> String {
        tr("Przyjęty na posiedzeniu nr \(meeting) z \(day)", "Adopted at meeting \(meeting) of \(day)")
    }
    public static func planAlreadyInDraft(_ id: Int) -> String {
        tr("Przyjęcie planu nr \(id) jest już wśród decyzji tego posiedzenia.", "Adopting plan \(id) is already among this meeting's decisions.")
    }
    public static var noDraftPlans: String { tr("Brak projektów planów w tej dzielnicy.", "No draft plans in this district.") }
    public static func selectDraftPlan(_ key: String) -> String {
        tr("Wybierz projekt planu na liście „Projekty planów do przyjęcia” i naciśnij \(key).",
           "Select a draft plan under \"Draft plans to adopt\" and press \(key).")
    }

    // MARK: The next meeting

    public static var nextMeetingDayLabel: String { tr("Następne: data", "Next: day") }
    public static var nextMeetingPlaceLabel: String { tr("Następne: miejsce", "Next: place") }
    public static func nextMeetingLine(_ day: Day, _ place: String) -> String {
        tr("Następne posiedzenie: \(day)" + (place.isEmpty ? "" : ", \(place)"), "Next meeting: \(day)" + (place.isEmpty ? "" : ", \(place)"))
    }
    public static var nextMeetingNotSet: String { tr("Następne posiedzenie: nie ustalono", "Next meeting: not agreed") }
    public static func nextMeetingPlaceWithoutDay(_ field: String) -> String {
        tr("„\(field)”: podaj też datę następnego posiedzenia.", "\"\(field)\": give the next meeting's day too.")
    }

    // MARK: Tasks carried on

    /// `przeniesione → P4 (nr 34)`.
    public static func carriedOnShort(_ plan: Int?, _ task: Int) -> String {
        tr("przeniesione → " + (plan.map { "P\($0) " } ?? "") + "(nr \(task))", "carried → " + (plan.map { "P\($0) " } ?? "") + "(no. \(task))")
    }
    public static var carriedStatus: String { tr("przeniesione", "carried") }

    // MARK: Residents' summaries on the wall

    public static var actionShowSummaries: String { tr("Opisy spraw", "Summaries") }
    public static var showSummariesQuestion: String {
        tr("Na ekranie pojawią się opisy spraw zgłoszonych przez mieszkańców i dokładne adresy — mogą wskazać konkretne osoby, a ekran widzą wszyscy obecni. Pokazać je?",
           "The residents' summaries and exact places will appear on the screen — they can identify a person, and everyone in the room sees the screen. Show them?")
    }
    public static var summariesShown: String { tr("Opisy spraw są widoczne (v ukrywa).", "Summaries shown (v hides them).") }
    public static var summariesHidden: String { tr("Opisy spraw ukryte.", "Summaries hidden.") }
    public static func followUpsHiddenNote(_ key: String) -> String {
        tr("Bez danych osobowych: kategorie i ulice (\(key): opisy spraw).",
           "No personal data: categories and streets (\(key): the summaries).")
    }
    public static var reviewColStreetOnly: String { tr("Ulica", "Street") }

    // MARK: The meeting just recorded

    public static func meetingSavedHeading(_ id: Int, _ day: Day) -> String {
        tr("Posiedzenie nr \(id) z \(day) — zapisane", "Meeting \(id) of \(day) — recorded")
    }
    public static func newRecordHint(_ key: String) -> String {
        tr("(\(key): zapis kolejnego posiedzenia)", "(\(key): record another meeting)")
    }
    public static func alreadyRecorded(_ id: Int, _ key: String) -> String {
        tr("Posiedzenie nr \(id) jest już zapisane; \(key) zaczyna zapis kolejnego.", "Meeting \(id) is recorded; \(key) starts another.")
    }
    public static func secondMeetingSameDay(_ id: Int, _ day: Day) -> String {
        tr("Ten zespół ma już zapisane posiedzenie z \(day) (nr \(id)). To będzie drugie posiedzenie tego dnia.",
           "This team already has a meeting recorded on \(day) (no. \(id)). This would be a second meeting that day.")
    }
    public static func taskMade(_ id: Int) -> String { tr("zadanie nr \(id)", "task \(id)") }
    public static func presentHeadingSaved(_ n: Int) -> String { tr("Obecni: \(n)", "Present: \(n)") }
    static var reportAdopted: String { tr("Przyjęcie", "Adopted") }
}
