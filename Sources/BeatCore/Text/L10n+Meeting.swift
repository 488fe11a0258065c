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
    public static var taskListedTwice: String {
        tr("To samo zadanie wymieniono dwa razy.", "The same task is listed twice.")
    }
    public static func taskNotOfPlan(_ task: Int, _ plan: Int) -> String {
        tr("Zadanie nr \(task) nie należy do planu nr \(plan).", "Task \(task) is not part of plan \(plan).")
    }
    public static func taskNotOpenToCarry(_ task: Int, _ s: TaskStatus) -> String {
        tr("Zadanie nr \(task) jest już zamknięte (\(statusName(s))); przenosi się tylko niedokończone.",
           "Task \(task) is already closed (\(statusName(s))); only unfinished tasks are carried.")
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
    public static var agendaFollowUps: String { tr("3. Ponowne kontakty obiecane mieszkańcom", "3. Follow-ups promised to residents") }
    public static var agendaDecisions: String { tr("4. Decyzje", "4. Decisions") }
    public static var agendaRecord: String { tr("5. Zapis posiedzenia", "5. Record of the meeting") }
    static var agendaAttendance: String { tr("5. Lista obecności", "5. Attendance") }
    /// The short names on the screen's agenda bar.
    public static var agendaTabs: [String] {
        [tr("Postęp", "Progress"), tr("Mieszkańcy", "Residents"), tr("Ponowne kontakty", "Follow-ups"),
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
    public static var reviewColMovedOn: String { tr("Ze zmianami", "Moved") }
    static var reviewColSupport: String { tr("Wsparcie", "Support") }
    public static func reviewThenLabel(_ d: Day) -> String { tr("Wtedy (\(d))", "Then (\(d))") }
    public static var reviewNowLabel: String { tr("Teraz", "Now") }
    public static var reviewCompletedHeading: String { tr("Wykonane od posiedzenia", "Done since the meeting") }
    static var reviewNoneCompleted: String { tr("Żadne zadanie nie zostało wykonane.", "No task was done.") }
    public static var reviewMovedOnHeading: String { tr("Ze zmianami (zmiana stanu, notatka, wsparcie)", "Moved on (status, note, support)") }
    static var reviewColStatusThen: String { tr("Wtedy", "Then") }
    static var reviewColStatusNow: String { tr("Teraz", "Now") }
    public static var reviewNew: String { tr("nowe", "new") }
    static var reviewNoneMoved: String { tr("Nic więcej się nie zmieniło.", "Nothing else moved.") }
    static var reviewColHolder: String { tr("Kto prowadzi", "Held by") }
    static var reviewColDay: String { tr("Data", "Day") }
    static var reviewColUnit: String { tr("Jednostka", "Unit") }
    static var reviewColWhat: String { tr("Co", "What") }
    static var reviewNoSupport: String { tr("Brak kart wsparcia w tym okresie.", "No support cards in this period.") }
    public static var reviewColBefore: String { tr("Wcześniej", "Before") }
    public static var reviewColChange: String { tr("Zmiana", "Change") }
    static var reviewColPercent: String { tr("%", "%") }
    public static var reviewByCategory: String { tr("Według kategorii", "By category") }
    static var reviewColPresent: String { tr("Obecność", "Present") }
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
        tr(late > 0 ? "\(n), w tym \(late) po terminie" : "\(n)", late > 0 ? "\(n), \(late) of them overdue" : "\(n)")
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
    public static func reviewDaysLate(_ n: Int) -> String { tr("\(n) \(plural(n, "dzień", "dni", "dni")) po terminie", "\(n) \(n == 1 ? "day" : "days") late") }
    static var reviewAttendanceOthers: String { tr("Inni obecni: ______________________________", "Others present: ______________________________") }

    // MARK: Evaluation evidence

    /// The evidence as the opening of a closing note.
    static func evidenceSummary(category: String, _ n: CountChange, all: CountChange, from: Day, to: Day,
                                beforeFrom: Day, beforeTo: Day, done: Int, total: Int) -> String {
        let pct = n.percent.map { " (" + signed($0) + "%)" } ?? ""
        return tr("Kontakty mieszkańców w kategorii „\(category)”: \(n.now) w okresie planu (\(reportPeriod(from, to))) wobec \(n.before) w okresie poprzednim (\(reportPeriod(beforeFrom, beforeTo)))\(pct); wszystkie kontakty w dzielnicy: \(all.now) wobec \(all.before). Zadania wykonane: \(done) z \(total).",
                  "Residents' contacts in the category \"\(category)\": \(n.now) in the plan's period (\(reportPeriod(from, to))) against \(n.before) in the period before (\(reportPeriod(beforeFrom, beforeTo)))\(pct); all contacts in the district: \(all.now) against \(all.before). Tasks done: \(done) of \(total).")
    }
    public static func evidenceTitle(_ id: Int, _ title: String) -> String {
        tr("Dowody do oceny planu nr \(id): \(title)", "Evidence for evaluating plan \(id): \(title)")
    }
    /// `38 wobec 40 (−2, −5%)`.
    public static func evidenceCount(_ n: CountChange) -> String {
        let change = signed(n.change) + (n.percent.map { ", " + signed($0) + "%" } ?? "")
        return tr("\(n.now) wobec \(n.before) (\(change))", "\(n.now) against \(n.before) (\(change))")
    }
    public static var evidenceCategory: String { tr("Kontakty w kategorii planu", "Contacts in the plan's category") }
    public static var evidenceDistrict: String { tr("Wszystkie kontakty w dzielnicy", "All contacts in the district") }
    public static var evidencePeriod: String { tr("Okres planu", "The plan's period") }
    public static var evidenceBefore: String { tr("Okres poprzedni", "The period before") }
    public static var evidenceTasks: String { tr("Zadania", "Tasks") }
    public static var evidenceCaution: String { tr("Uwaga", "Note") }
    public static func evidenceRecordsFrom(_ d: Day) -> String {
        tr("Dziennik kontaktów w dzielnicy zaczyna się \(d), więc okres poprzedni nie jest w pełni pokryty.",
           "The district's contact log starts on \(d), so the period before is not fully covered.")
    }
    public static var evidenceGoal: String { tr("Cel i miernik", "Goal and measure") }

    // MARK: The command line

    public static func planEvaluated(_ id: Int, _ o: Evaluation.Outcome) -> String {
        tr("Plan nr \(id) zamknięty: \(outcomeName(o)).", "Plan \(id) closed: \(outcomeName(o)).")
    }
    public static func badOutcome(_ text: String) -> String {
        tr("Nieznany wynik „\(text)”; dopuszczalne: eliminated, reduced, not-achieved (wyeliminowane, ograniczone, nieosiągnięty).",
           "Unknown outcome \"\(text)\"; use eliminated, reduced or not-achieved.")
    }
    /// What the original tasks say when carried into the next period's plan (stored as their reason).
    public static var carriedReason: String {
        tr("Przeniesione do planu na kolejny okres.", "Carried into the next period's plan.")
    }
    public static func nextPlanStarted(_ id: Int, _ from: Day, _ to: Day, carried: [(Int, Int)]) -> String {
        let moves = carried.map { tr("nr \($0.0) → nr \($0.1)", "\($0.0) → \($0.1)") }.joined(separator: ", ")
        return tr("Plan nr \(id) na okres \(reportPeriod(from, to)); " + (carried.isEmpty ? "nie przeniesiono żadnych zadań." : "przeniesiono zadania: \(moves)."),
                  "Plan \(id) for \(reportPeriod(from, to)); " + (carried.isEmpty ? "no tasks carried." : "tasks carried: \(moves)."))
    }
    public static func meetingCount(_ n: Int) -> String { tr("Posiedzeń: \(n).", "Meetings: \(n).") }
    public static var colDay: String { tr("Data", "Date") }
    public static var colTeam: String { tr("Zespół", "Team") }
    public static var colTeamID: String { tr("Id zespołu", "Team id") }
    public static var colAttendees: String { tr("Obecni", "Present") }
    public static var colDecisions: String { tr("Decyzje", "Decisions") }
    public static func decisionsWithTasks(_ n: Int, tasks: Int, closed: Int) -> String {
        var s = String(n)
        if tasks > 0 { s += tr(", zadania: \(tasks)", ", tasks: \(tasks)") }
        if closed > 0 { s += tr(", zamknięte plany: \(closed)", ", plans closed: \(closed)") }
        return s
    }
    public static var minutesLabel: String { tr("Protokół", "Minutes") }
    public static var officersPresent: String { tr("Funkcjonariusze", "Officers") }
    public static func meetingTitle(_ id: Int, _ team: String, _ day: Day) -> String {
        tr("Posiedzenie nr \(id) — \(team), \(day)", "Meeting \(id) — \(team), \(day)")
    }
    public static func decisionTaskLine(_ id: Int, _ status: String, _ who: String) -> String {
        tr("zadanie nr \(id): \(status), \(who)", "task \(id): \(status), \(who)")
    }

    // MARK: The interface: keys

    public static var actionEvaluate: String { tr("Zamknij z oceną", "Close with evaluation") }
    public static var actionNextPlan: String { tr("Plan na kolejny okres", "Next period's plan") }
    public static var actionNextSection: String { tr("Dalej", "Next") }
    public static var actionPreviousSection: String { tr("Wstecz", "Back") }
    public static var actionReviewScope: String { tr("Zespół i okres", "Team and period") }
    public static var actionToggle: String { tr("Zaznacz", "Tick") }
    public static var actionGoalDealtWith: String { tr("Cel osiągnięty", "Goal dealt with") }
    public static var actionRemove: String { tr("Usuń", "Remove") }
    public static var actionRecordMeeting: String { tr("Zapisz posiedzenie", "Record the meeting") }

    // MARK: The interface: the meeting screen

    public static func reviewSinceShort(_ day: Day, meeting: Meeting?) -> String {
        guard let m = meeting, m.day == day else { return tr("od \(day)", "since \(day)") }
        return tr("od posiedzenia nr \(m.id), \(day)", "since meeting \(m.id), \(day)")
    }
    public static var reviewContacts: String { reportContactsTotal }
    public static var reviewNoContacts: String { reportNoContacts }
    public static var reviewNoFollowUps: String { reportNoFollowUps }
    public static var reviewThenShort: String { tr("wtedy", "then") }
    public static var reviewNowShort: String { tr("teraz", "now") }
    public static func reportDoneOfShort(_ done: Int, _ total: Int) -> String { tr("\(done) z \(total)", "\(done) of \(total)") }
    public static func reviewCounts(completed: Int, moved: Int, overdue: Int, support: Int) -> String {
        tr("wykonane: \(completed) · ze zmianami: \(moved) · po terminie: \(overdue) · wsparcie: \(support)",
           "done \(completed) · moved \(moved) · overdue \(overdue) · support \(support)")
    }
    public static func notesCount(_ n: Int) -> String {
        tr("notatki: \(n)", n == 1 ? "1 note" : "\(n) notes")
    }
    public static func reviewPeriods(_ f: Day, _ t: Day, _ bf: Day, _ bt: Day) -> String {
        tr("\(reportPeriod(f, t)) wobec \(reportPeriod(bf, bt))", "\(reportPeriod(f, t)) against \(reportPeriod(bf, bt))")
    }
    public static var reviewNoDecisionsShort: String { tr("bez decyzji", "no decisions") }
    public static var thisMeetingsDecisions: String { tr("Decyzje tego posiedzenia", "This meeting's decisions") }
    public static var noDecisionsYet: String {
        tr("Jeszcze żadnych — t: zadanie · a: decyzja · c: cel planu osiągnięty", "None yet — t: a task · a: a decision · c: a plan's goal dealt with")
    }
    public static func decisionTaskSummary(_ who: String, _ due: Day?, _ plan: Int?) -> String {
        let where_ = plan.map { "P\($0)" } ?? tr("zadanie własne", "self-set")
        return tr("zadanie: \(who)\(due.map { ", do \($0)" } ?? ""), \(where_)", "task: \(who)\(due.map { ", by \($0)" } ?? ""), \(where_)")
    }
    public static func presentHeading(_ n: Int, toggle: String) -> String { tr("Obecni: \(n) (\(toggle) zaznacza)", "Present: \(n) (\(toggle) ticks)") }
    public static func minutesHeading(open: String, edit: String) -> String {
        tr("Protokół (\(open): wpisz · \(edit): edytor)", "Minutes (\(open): type · \(edit): editor)")
    }
    public static var noMinutesYet: String { tr("(pusty)", "(empty)") }
    public static func draftRestored(decisions: Int, record: String) -> String {
        tr("Przywrócono niezapisany szkic posiedzenia (\(decisions) \(plural(decisions, "decyzja", "decyzje", "decyzji"))) — ekran 6, \(record) go zapisze.",
           "An unsaved meeting draft is back (decisions: \(decisions)) — screen 6, \(record) records it.")
    }
    public static func draftNotKept(_ why: String) -> String {
        tr("Szkicu posiedzenia nie udało się zachować na dysku (\(why)); jest nadal na ekranie.",
           "The meeting draft could not be kept on disk (\(why)); it is still on the screen.")
    }
    public static func moreLines(_ n: Int) -> String { tr("… i \(n) \(plural(n, "wiersz", "wiersze", "wierszy")) więcej", "… and \(n) more \(n == 1 ? "line" : "lines")") }
    public static func recordHint(record: String) -> String {
        tr("\(record) zapisuje posiedzenie: decyzje stają się zadaniami, wszystko w jednym wpisie dziennika.",
           "\(record) records the meeting: decisions become tasks, all in one journal entry.")
    }
    public static func decisionRemoved(_ n: Int) -> String { tr("Usunięto decyzję \(n).", "Removed decision \(n).") }
    public static var minutesUpdated: String { tr("Protokół uzupełniony.", "Minutes updated.") }
    public static func tickWhoIsPresent(toggle: String) -> String {
        tr("Zaznacz obecnych (punkt 5, \(toggle)), zanim zapiszesz posiedzenie.", "Tick who is present (item 5, \(toggle)) before recording the meeting.")
    }
    public static func recordMeetingQuestion(_ day: Day, present: Int, decisions: Int, tasks: Int) -> String {
        tr("Zapisać posiedzenie z \(day)? Obecni: \(present), decyzje: \(decisions), nowe zadania: \(tasks).",
           "Record the meeting of \(day)? Present: \(present), decisions: \(decisions), new tasks: \(tasks).")
    }
    public static func meetingRecorded(_ day: Day, decisions: Int, tasks: Int) -> String {
        tr("Zapisano posiedzenie z \(day): \(decisions) \(plural(decisions, "decyzja", "decyzje", "decyzji"))"
           + (tasks > 0 ? ", w tym \(tasks) \(plural(tasks, "nowe zadanie", "nowe zadania", "nowych zadań"))." : "."),
           "Recorded the meeting of \(day): \(decisions) decisions, \(tasks) new tasks.")
    }
    public static func quitWithUnsavedMeeting(record: String) -> String {
        tr("Posiedzenie nie zostało zapisane (\(record) na ekranie 6); jego szkic wróci przy następnym uruchomieniu. Wyjść?",
           "The meeting is not recorded yet (\(record) on screen 6); its draft comes back next time. Quit?")
    }
    public static func moreBelow(_ n: Int, keys: String) -> String {
        tr("↓ dalej: \(n) \(plural(n, "wiersz", "wiersze", "wierszy")) (\(keys))", "↓ \(n) more \(n == 1 ? "line" : "lines") (\(keys))")
    }
    public static func backToTop(_ key: String) -> String { tr("↑ to już wszystko (\(key): na początek)", "↑ that is all (\(key): back to the top)") }
    public static func editorNeedsTerminal(open: String) -> String {
        tr("Edytor zewnętrzny działa tylko w prawdziwym terminalu; wpisz protokół w formularzu (\(open)).",
           "The external editor needs a real terminal; type the minutes in the form (\(open)).")
    }
    public static func editorFailed(_ editor: String, _ status: Int32) -> String {
        tr("Edytor „\(editor)” zakończył się kodem \(status); protokół bez zmian.",
           "The editor \"\(editor)\" exited with \(status); the minutes are unchanged.")
    }
    public static func editorCannotStart(_ editor: String) -> String {
        tr("Nie można uruchomić edytora „\(editor)”; ustaw EDITOR lub VISUAL.", "Cannot start the editor \"\(editor)\"; set EDITOR or VISUAL.")
    }

    // MARK: The interface: meeting forms

    public static var reviewScopeTitle: String { tr("Przegląd: zespół i okres", "Review: team and period") }
    public static var reviewSinceField: String { tr("Od dnia (puste: ostatnie posiedzenie)", "Since (empty: the last meeting)") }
    public static var newDecisionTitle: String { tr("Decyzja posiedzenia", "A decision of the meeting") }
    public static func editDecisionTitle(_ n: Int) -> String { tr("Decyzja \(n)", "Decision \(n)") }
    public static var decisionLabel: String { tr("Decyzja", "Decision") }
    public static var decisionIfOtherLabel: String { tr("Decyzja (jeśli inna)", "Decision (if other)") }
    public static var taskDecisionTitle: String { tr("Decyzja: nowe zadanie", "Decision: a new task") }
    public static var goalDealtWithTitle: String { tr("Decyzja: cel planu osiągnięty", "Decision: a plan's goal dealt with") }
    public static func goalDealtWithNote(_ plan: Int) -> String {
        tr("Zespół uznał cel planu nr \(plan) za osiągnięty.", "The team found the goal of plan \(plan) dealt with.")
    }
    public static var meetingRecordTitle: String {
        tr("Posiedzenie: data, protokół i następne posiedzenie", "The meeting: day, minutes and the next meeting")
    }
    public static var meetingDayLabel: String { tr("Data posiedzenia", "Day of the meeting") }
    public static func draftForAnotherTeam(record: String) -> String {
        tr("Trwa zapis posiedzenia innego zespołu; najpierw je zapisz (\(record)) albo usuń jego decyzje i zaznaczenia.",
           "A meeting of another team is being recorded; record it first (\(record)) or clear its decisions and ticks.")
    }
    public static func planDecidedTwice(_ plan: Int) -> String {
        tr("O planie nr \(plan) jest już inna decyzja tego posiedzenia (zamknięcie albo zadanie).",
           "This meeting already has another decision about plan \(plan) (a closing or a task).")
    }

    // MARK: The interface: plans

    public static func evaluatePlanTitle(_ id: Int) -> String { tr("Zamknięcie planu nr \(id) z oceną", "Closing plan \(id) with its evaluation") }
    public static var outcomeLabel: String { tr("Wynik", "Outcome") }
    public static var evaluationNoteLabel: String { tr("Uzasadnienie", "Assessment") }
    public static func nextPlanTitle(_ id: Int, carried: Int) -> String {
        tr("Plan na kolejny okres po planie nr \(id) (" + plural(carried, "zostanie przeniesione 1 zadanie", "zostaną przeniesione \(carried) zadania", "zostanie przeniesionych \(carried) zadań") + ")",
           "Next period's plan after plan \(id) (carries \(carried) \(carried == 1 ? "task" : "tasks"))")
    }
    public static var carriedReasonLabel: String { tr("Powód zamknięcia starych zadań", "Why the old tasks close") }
    public static func nextPlanSaved(_ from: Day, _ to: Day, carried: Int) -> String {
        tr("Utworzono plan na okres \(reportPeriod(from, to)); przeniesiono \(carried) \(plural(carried, "zadanie", "zadania", "zadań")).",
           "The plan for \(reportPeriod(from, to)) is ready; \(carried) \(carried == 1 ? "task" : "tasks") carried.")
    }
    public static func carriedFromMark(_ id: Int) -> String { tr("(z nr \(id))", "(from \(id))") }
    public static var evidenceHeading: String { tr("Dowody do oceny", "Evidence for the evaluation") }
    public static func continuesTask(_ id: Int, _ plan: Int?) -> String {
        tr("Kontynuacja zadania nr \(id)\(plan.map { " z planu nr \($0)" } ?? "")", "Continues task \(id)\(plan.map { " of plan \($0)" } ?? "")")
    }
    public static func continuedAs(_ id: Int, _ plan: Int?) -> String {
        tr("Przeniesione jako zadanie nr \(id)\(plan.map { " do planu nr \($0)" } ?? "")", "Carried on as task \(id)\(plan.map { " in plan \($0)" } ?? "")")
    }
}
