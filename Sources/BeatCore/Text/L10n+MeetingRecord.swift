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

// MARK: The invitation to the next meeting
extension L10n {
    static var reportTitleInvitation: String { tr("Zaproszenie na posiedzenie zespołu koordynacyjnego", "Invitation to the coordination team's meeting") }
    static var reportPurposeInvitation: String {
        tr("zaproszenie dla partnerów na następne posiedzenie zespołu: termin, miejsce i porządek obrad (postęp, zgłoszenia mieszkańców, decyzje do podjęcia)",
           "the partners' invitation to the team's next meeting: day, place and agenda (progress, what residents raised, decisions due)")
    }
    static func invitationTo(_ team: String) -> String { tr("Członkowie zespołu: \(team)", "The members of \(team)") }
    static var invitationWhen: String { tr("Termin", "When") }
    static var invitationWhere: String { tr("Miejsce", "Where") }
    static var invitationToBeAgreed: String { tr("do ustalenia", "to be agreed") }
    static func invitationIntro(_ team: String, _ next: NextMeeting?) -> String {
        guard let next else {
            return tr("zapraszam na kolejne posiedzenie zespołu (\(team)); termin i miejsce podam osobno. Proponowany porządek obrad:",
                      "you are invited to the team's next meeting (\(team)); the day and place will follow. The proposed agenda:")
        }
        let place = next.place.isEmpty ? "" : tr(" (miejsce: \(next.place))", " at \(next.place)")
        return tr("zapraszam na kolejne posiedzenie zespołu (\(team)), które odbędzie się \(longDate(next.day))\(place). Proponowany porządek obrad:",
                  "you are invited to the team's next meeting (\(team)) on \(longDate(next.day))\(place). The proposed agenda:")
    }
    static func invitationProgress(_ since: Day?) -> String {
        since.map { tr("1. Postęp realizacji planów od posiedzenia z \(longDate($0))", "1. Progress of the plans since the meeting of \(longDate($0))") }
            ?? tr("1. Postęp realizacji planów", "1. Progress of the plans")
    }
    static func invitationPlanLine(_ id: Int, _ title: String, done: Int, total: Int, overdue: Int, planned: Day?) -> String {
        if let planned { return tr("plan nr \(id) „\(title)”: \(plannedFrom(planned))", "plan \(id) \"\(title)\": \(plannedFrom(planned))") }
        let pct = total == 0 ? 0 : done * 100 / total
        return tr("plan nr \(id) „\(title)”: wykonano \(done) z \(total) \(plural(total, "zadania", "zadań", "zadań")) (\(pct)%)"
                    + (overdue > 0 ? ", \(overdue) po terminie" : ""),
                  "plan \(id) \"\(title)\": \(done) of \(total) tasks done (\(pct)%)" + (overdue > 0 ? ", \(overdue) overdue" : ""))
    }
    static func invitationContacts(_ n: CountChange, from: Day, to: Day) -> String {
        tr("Kontakty z mieszkańcami \(longPeriod(from, to)): \(n.now) (w takim samym okresie wcześniej: \(n.before)).",
           "Contacts with residents \(longPeriod(from, to)): \(n.now) (in as many days before: \(n.before)).")
    }
    static func invitationCategoryLine(_ category: String, _ n: CountChange) -> String {
        tr("\(category) — \(n.now) (wcześniej \(n.before))", "\(category): \(n.now) (before \(n.before))")
    }
    static func invitationOtherCategories(_ n: Int) -> String { tr("pozostałe sprawy — \(n)", "other matters: \(n)") }
    static var invitationDecisionsDue: String { tr("3. Decyzje do podjęcia", "3. Decisions due") }
    static func invitationAdopt(_ id: Int, _ title: String) -> String {
        tr("przyjęcie planu nr \(id) „\(title)”", "adopting plan \(id) \"\(title)\"")
    }
    static func invitationEvaluate(_ id: Int, _ title: String, _ end: Day) -> String {
        tr("ocena planu nr \(id) „\(title)” — jego okres upłynął \(longDate(end))", "evaluating plan \(id) \"\(title)\" — its period ended on \(longDate(end))")
    }
    static func invitationEnding(_ id: Int, _ title: String, _ end: Day) -> String {
        tr("plan na kolejny okres: plan nr \(id) „\(title)” kończy się \(longDate(end))",
           "the next period's plan: plan \(id) \"\(title)\" ends on \(longDate(end))")
    }
    static func invitationLateDecision(_ text: String, _ state: String) -> String {
        tr("decyzja „\(text)” — \(state)", "the decision \"\(text)\" — \(state)")
    }
    static var invitationNothingDue: String { tr("Brak spraw wymagających decyzji.", "No decisions are due.") }
    static var invitationOther: String { tr("4. Sprawy różne i wolne wnioski", "4. Any other business") }
    static var invitationOtherText: String {
        tr("Sprawy zgłoszone przez członków zespołu przed posiedzeniem lub w jego trakcie.",
           "Matters the members raise before or at the meeting.")
    }
    static var invitationInvited: String { tr("Zaproszeni", "Invited") }
    static var invitationClosing: String {
        tr("Proszę o potwierdzenie obecności lub wskazanie osoby, która Państwa zastąpi.",
           "Please confirm whether you will attend, or name someone to come in your place.")
    }
}

extension L10n {
    /// An unknown team on the command line, with the teams there are: `zespol-dobrzec (Dobrzec), …`.
    public static func unknownTeam(_ id: String, among teams: [CoordinationTeam]) -> String {
        let known = teams.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
        return unknownTeam(id) + " " + (teams.isEmpty ? tr("Magazyn nie ma jeszcze zespołów.", "The store has no teams yet.")
                                        : tr("Zespoły: \(known).", "Teams: \(known)."))
    }
}
