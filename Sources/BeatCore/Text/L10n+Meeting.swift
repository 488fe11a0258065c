/// The catalogue, continued: the coordination-team meeting (its review, record and printout)
/// and the plan cycle (evaluation evidence, the next period's plan).
extension L10n {
    // MARK: Rejected changes

    public static func planNotClosed(_ id: Int) -> String {
        tr("Plan nr \(id) nie jest zamknięty.", "Plan \(id) is not closed.")
    }
    static func planStillLinked(_ id: Int, tasks: [Int], meetings: [Int]) -> String {
        func list(_ ids: [Int]) -> String { ids.prefix(5).map(String.init).joined(separator: ", ") + (ids.count > 5 ? " …" : "") }
        var pl: [String] = [], en: [String] = []
        if !tasks.isEmpty { pl.append("zadania nr \(list(tasks))"); en.append("tasks \(list(tasks))") }
        if !meetings.isEmpty { pl.append("decyzje posiedzeń nr \(list(meetings))"); en.append("decisions of meetings \(list(meetings))") }
        return tr("Planu nr \(id) nie można usunąć: wskazują na niego \(pl.joined(separator: " i ")).",
                  "Plan \(id) cannot be removed: \(en.joined(separator: " and ")) point to it.")
    }
    public static func meetingClosuresFixed(_ id: Int) -> String {
        tr("Posiedzenie nr \(id): zamknięcia planów uchwalone na posiedzeniu nie mogą być zmienione.",
           "Meeting \(id): the plans the meeting closed cannot be changed.")
    }
    public static func nextPlanTooEarly(_ start: Day, _ plan: Int, _ oldStart: Day) -> String {
        tr("Plan na kolejny okres musi zaczynać się po początku planu nr \(plan) (\(oldStart)), a nie \(start).",
           "The next period's plan must start after plan \(plan) starts (\(oldStart)), not on \(start).")
    }
    public static func reviewSinceNotBeforeToday(_ since: Day, _ today: Day) -> String {
        tr("Przegląd „od” \(since) musi zaczynać się przed dniem dzisiejszym (\(today)).",
           "The review's \"since\" day \(since) must be before today (\(today)).")
    }
    static func reportNeedsTeam(_ kind: String) -> String {
        tr("Raport „\(kind)” wymaga zespołu: --team ID (zob. beat meeting list).",
           "The \"\(kind)\" report needs a team: --team ID (see beat meeting list).")
    }

    // MARK: Numbers

    /// `+3`, `−2` (a real minus sign), `0`.
    public static func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : n < 0 ? "−\(-n)" : "0" }

    /// `40 (wcześniej 38; +2, +5%)`.
    public static func reviewCountLine(_ n: CountChange) -> String {
        let change = signed(n.change) + (n.percent.map { ", " + signed($0) + "%" } ?? "")
        return tr("\(n.now) (wcześniej \(n.before); \(change))", "\(n.now) (before \(n.before); \(change))")
    }

    // MARK: The agenda

    public static var agendaProgress: String { tr("1. Postęp od ostatniego posiedzenia", "1. Progress since the last meeting") }
    public static var agendaResidents: String { tr("2. Co zgłaszali mieszkańcy", "2. What residents raised") }
    public static var agendaFollowUps: String { tr("3. Zobowiązania wobec mieszkańców", "3. Follow-ups promised to residents") }
    public static var agendaDecisions: String { tr("4. Decyzje", "4. Decisions") }
    public static var agendaRecord: String { tr("5. Zapis posiedzenia", "5. Record of the meeting") }
    static var agendaAttendance: String { tr("5. Lista obecności", "5. Attendance") }
    /// The short names on the screen's agenda bar.
    public static var agendaTabs: [String] {
        [tr("Postęp", "Progress"), tr("Mieszkańcy", "Residents"), tr("Zobowiązania", "Follow-ups"),
         tr("Decyzje", "Decisions"), tr("Zapis", "Record")]
    }

    // MARK: The review (screen and printout)

    static var reportTitleMeeting: String { tr("Przegląd na posiedzenie zespołu koordynacyjnego", "Review for the coordination-team meeting") }
    static var reportPurposeMeeting: String {
        tr("przegląd na posiedzenie zespołu: postęp planów od ostatniego posiedzenia, zgłoszenia mieszkańców, zobowiązania, decyzje",
           "the team meeting's review: plans' progress since the last meeting, what residents raised, follow-ups, decisions")
    }
    public static var reviewSinceLabel: String { tr("Od", "Since") }
    /// `2026-10-27 (posiedzenie nr 4)`, or the day alone.
    public static func reviewSince(_ day: Day, meeting: Meeting?) -> String {
        guard let m = meeting, m.day == day else { return day.description }
        return tr("\(day) (posiedzenie nr \(m.id))", "\(day) (meeting \(m.id))")
    }
    public static var reviewComparedWith: String { tr("Porównanie z", "Compared with") }
    public static var reviewNoPlans: String { tr("Brak realizowanych planów w tej dzielnicy.", "No active plans in this district.") }
    static func reviewColThen(_ d: Day) -> String { tr("Wtedy (\(d))", "Then (\(d))") }
    static var reviewColDoneThen: String { tr("Wykonane wtedy", "Done then") }
    static var reviewColTotalThen: String { tr("Wszystkie wtedy", "All then") }
    public static var reviewColNow: String { tr("Teraz", "Now") }
    public static var reviewColCompleted: String { tr("Wykonane", "Done") }
    public static var reviewColMovedOn: String { tr("Ruszyły", "Moved") }
    static var reviewColSupport: String { tr("Wsparcie", "Support") }
    public static var reviewPastEnd: String { tr("okres minął, plan nie oceniony", "period over, not evaluated") }
    public static func reviewThenLabel(_ d: Day) -> String { tr("Wtedy (\(d))", "Then (\(d))") }
    public static var reviewNowLabel: String { tr("Teraz", "Now") }
    public static var reviewCompletedHeading: String { tr("Wykonane od posiedzenia", "Done since the meeting") }
    static var reviewNoneCompleted: String { tr("Żadne zadanie nie zostało wykonane.", "No task was done.") }
    public static var reviewMovedOnHeading: String { tr("Ruszyły (zmiana stanu, notatka, wsparcie)", "Moved on (status, note, support)") }
    static var reviewColStatusThen: String { tr("Wtedy", "Then") }
    static var reviewColStatusNow: String { tr("Teraz", "Now") }
    public static var reviewNew: String { tr("nowe", "new") }
    static var reviewNoneMoved: String { tr("Nic więcej się nie zmieniło.", "Nothing else moved.") }
    static var reviewColHolder: String { tr("Kto prowadzi", "Held by") }
    static var reviewColDay: String { tr("Dzień", "Day") }
    static var reviewColUnit: String { tr("Jednostka", "Unit") }
    static var reviewColWhat: String { tr("Co", "What") }
    static var reviewNoSupport: String { tr("Brak kart wsparcia w tym okresie.", "No support cards in this period.") }
    public static var reviewColBefore: String { tr("Wcześniej", "Before") }
    public static var reviewColChange: String { tr("Zmiana", "Change") }
    static var reviewColPercent: String { tr("%", "%") }
    public static var reviewByCategory: String { tr("Według kategorii", "By category") }
    static var reviewColPresent: String { tr("Obecny", "Present") }
    static var reviewColRole: String { tr("Funkcja", "Role") }
    static var reviewNoMembers: String { tr("Zespół nie ma członków.", "The team has no members.") }
    public static var reviewPlanCategoryLegend: String {
        tr("* kategoria zagrożenia realizowanego planu", "* the threat category of an active plan")
    }
    public static var reviewByStreet: String { tr("Według ulic", "By street") }
    static var reviewColStreet: String { tr("Ulica", "Street") }
    public static var reviewNoPlace: String { tr("(miejsce nie podane)", "(no place given)") }
    static func reviewOtherStreets(_ n: Int) -> String {
        tr("pozostałe (\(n) \(plural(n, "ulica", "ulice", "ulic")))", "others (\(n) \(n == 1 ? "street" : "streets"))")
    }
    static var reviewFollowUpsOpen: String { tr("Otwarte", "Open") }
    public static func reviewFollowUpsLine(_ n: Int, late: Int) -> String {
        tr("\(n), w tym po terminie \(late)", "\(n), of them overdue \(late)")
    }
    public static var reviewFollowUpsKept: String { tr("Dotrzymane w okresie", "Kept in the period") }
    static var reviewColPlace: String { tr("Miejsce", "Place") }
    public static func reviewDecisionsOf(_ id: Int, _ day: Day) -> String {
        tr("Decyzje posiedzenia nr \(id) z \(day) — stan", "Decisions of meeting \(id) of \(day) — where they stand")
    }
    static var reviewColOrdinal: String { tr("Lp.", "#") }
    static var reviewColDecision: String { tr("Decyzja", "Decision") }
    static var reviewColTaskNumber: String { tr("Zadanie", "Task") }
    static var reviewColState: String { tr("Stan", "State") }
    static var reviewNoDecisions: String { tr("Posiedzenie nie podjęło decyzji.", "The meeting made no decisions.") }
    public static var reviewNoEarlierMeeting: String { tr("To pierwsze posiedzenie zespołu w Beat.", "This is the team's first meeting in Beat.") }
    public static var reviewGoalsHeading: String { tr("Cele realizowanych planów", "Goals of the active plans") }
    public static func reviewGoalLine(_ id: Int, _ kind: String, _ goal: String, _ measure: String) -> String {
        tr("Plan nr \(id) (\(kind)): \(goal) — miernik: \(measure)", "Plan \(id) (\(kind)): \(goal) — measure: \(measure)")
    }
    public static func reviewPlanClosed(_ plan: Int, _ outcome: String) -> String {
        tr("plan nr \(plan) zamknięty: \(outcome)", "plan \(plan) closed: \(outcome)")
    }
    public static func reviewDaysLate(_ n: Int) -> String { tr("\(n) \(plural(n, "dzień", "dni", "dni")) po terminie", "\(n) days late") }
    static var reviewAttendanceOthers: String { tr("Inni obecni: ______________________________", "Others present: ______________________________") }

    // MARK: Evaluation evidence

    /// The evidence as the opening of a closing note.
    static func evidenceSummary(category: String, _ n: CountChange, all: CountChange, from: Day, to: Day,
                                beforeFrom: Day, beforeTo: Day, done: Int, total: Int) -> String {
        let pct = n.percent.map { " (" + signed($0) + "%)" } ?? ""
        return tr("Kontakty mieszkańców w kategorii „\(category)”: \(n.now) w okresie planu (\(reportPeriod(from, to))) wobec \(n.before) w okresie poprzednim (\(reportPeriod(beforeFrom, beforeTo)))\(pct); wszystkie kontakty w dzielnicy: \(all.now) wobec \(all.before). Zadania wykonane: \(done) z \(total).",
                  "Residents' contacts in the category \"\(category)\": \(n.now) in the plan's period (\(reportPeriod(from, to))) against \(n.before) in the period before (\(reportPeriod(beforeFrom, beforeTo)))\(pct); all contacts in the district: \(all.now) against \(all.before). Tasks done: \(done) of \(total).")
    }
    public static var evidenceTitle: String { tr("Dowody do oceny planu", "Evidence for the evaluation") }
    public static var evidenceCategory: String { tr("Kontakty w kategorii planu", "Contacts in the plan's category") }
    public static var evidenceDistrict: String { tr("Wszystkie kontakty w dzielnicy", "All contacts in the district") }
    public static var evidencePeriod: String { tr("Okres planu", "The plan's period") }
    public static var evidenceBefore: String { tr("Okres poprzedni", "The period before") }
    public static var evidenceTasks: String { tr("Zadania", "Tasks") }
    public static var evidenceGoal: String { tr("Cel i miernik", "Goal and measure") }
}
