/// The catalogue, continued: the interface's labels and notices.
extension L10n {
    public static var noTerminal: String {
        tr("Interfejs ekranowy wymaga terminala (TTY). Bez niego użyj poleceń, np.: beat task list, beat contact list, beat check.",
           "The screen interface needs a terminal (TTY). Without one, use the commands, e.g. beat task list, beat contact list, beat check.")
    }
    public static func dumbTerminal(_ term: String) -> String {
        tr("Terminal TERM=\(term) nie obsługuje interfejsu ekranowego. Ustaw np. TERM=xterm-256color albo użyj poleceń: beat task list, beat contact list.",
           "The terminal TERM=\(term) cannot show the screen interface. Set e.g. TERM=xterm-256color or use the commands: beat task list, beat contact list.")
    }
    public static func localeFallback(_ l: String) -> String {
        tr("Ustawienia regionalne nie są UTF-8; używam \(l). Ustaw np. LANG=pl_PL.UTF-8.",
           "The locale is not UTF-8; using \(l). Set e.g. LANG=en_US.UTF-8.")
    }
    public static var noUTF8Locale: String {
        tr("Brak ustawień regionalnych UTF-8, a bez nich polskie litery nie będą widoczne. Ustaw np. LANG=C.UTF-8.",
           "No UTF-8 locale is available, and without one Polish letters cannot be shown. Set e.g. LANG=C.UTF-8.")
    }
}

// MARK: Screens and actions
extension L10n {
    public static var screenDashboard: String { tr("Pulpit", "Dashboard") }
    public static var screenTasks: String { tr("Zadania", "Tasks") }
    public static var screenContacts: String { tr("Kontakty", "Contacts") }
    public static var screenPlans: String { tr("Plany", "Plans") }
    public static var screenTeams: String { tr("Zespoły", "Teams") }
    public static var screenMeeting: String { tr("Posiedzenie", "Meeting") }
    public static var actionNextScreen: String { tr("Następny ekran", "Next screen") }
    public static var actionPreviousScreen: String { tr("Poprzedni ekran", "Previous screen") }
    public static var actionUp: String { tr("W górę", "Up") }
    public static var actionDown: String { tr("W dół", "Down") }
    public static var actionPageUp: String { tr("Strona w górę", "Page up") }
    public static var actionPageDown: String { tr("Strona w dół", "Page down") }
    public static var textAllShown: String { tr("Widać cały tekst: nie ma czego przewijać.", "All of the text is shown: there is nothing to scroll.") }
    public static var textAtTop: String { tr("To początek tekstu.", "This is the start of the text.") }
    public static var textAtEnd: String { tr("To koniec tekstu.", "This is the end of the text.") }
    public static var actionTop: String { tr("Na początek", "To the top") }
    public static var actionBottom: String { tr("Na koniec", "To the bottom") }
    public static var actionOpen: String { tr("Otwórz", "Open") }
    public static var actionBack: String { tr("Wstecz", "Back") }
    public static var actionSearch: String { tr("Szukaj", "Search") }
    public static var actionFilter: String { tr("Filtr", "Filter") }
    public static var actionSort: String { tr("Sortuj", "Sort") }
    public static var actionAdd: String { tr("Dodaj", "Add") }
    public static var actionEdit: String { tr("Edytuj", "Edit") }
    public static var actionStatus: String { tr("Status", "Status") }
    public static var actionNote: String { tr("Notatka", "Note") }
    public static var actionReassign: String { tr("Przydziel", "Reassign") }
    public static var actionAddTask: String { tr("Zadanie do planu", "Task for plan") }
    public static var actionFollowUpDone: String { tr("Odnotuj ponowny kontakt", "Follow-up done") }
    public static var actionPrint: String { tr("Drukuj", "Print") }
    public static var actionPrintPipe: String { tr("Do drukarki", "To printer") }
    public static var actionUndo: String { tr("Cofnij", "Undo") }
    public static var actionHelp: String { tr("Pomoc", "Help") }
    public static var actionQuit: String { tr("Zakończ", "Quit") }
}

// MARK: Widgets
extension L10n {
    public static var typeToNarrow: String { tr("Szukaj:", "Find:") }
    public static var nothingMatches: String { tr("(nic nie pasuje)", "(nothing matches)") }
}

extension L10n {
    /// Which lines of a long text show.
    public static func textViewLines(_ a: Int, _ b: Int, _ n: Int) -> String {
        tr("wiersze \(a)–\(b) z \(n)", "lines \(a)–\(b) of \(n)")
    }
    public static var confirmTitle: String { tr("Potwierdź", "Confirm") }
}

extension L10n {
    /// A day that does not read as one; `example` is a day to come, written both ways.
    public static func badDayInField(_ field: String, _ text: String, example: Day) -> String {
        if Day.isOutOfRange(text) { return tr("„\(field)”: ", "\"\(field)\": ") + dayOutOfRange(text) }
        return tr("„\(field)”: „\(text)” nie jest datą; wpisz np. \(example) albo \(example.polish).",
           "\"\(field)\": \"\(text)\" is not a day; type e.g. \(example) or \(example.polish).")
    }
    public static func badTimeInField(_ field: String, _ text: String, example: Timestamp) -> String {
        tr("„\(field)”: „\(text)” nie jest czasem; wpisz np. \(example.day) \(example.hourMinute) albo \(example.hourMinute).",
           "\"\(field)\": \"\(text)\" is not a time; type e.g. \(example.day) \(example.hourMinute) or \(example.hourMinute).")
    }
}

extension L10n {
    public static var nothingToPrint: String { tr("Ten ekran nie ma wydruku.", "This screen has no printout.") }
    public static func reassigned(_ id: Int, _ who: String) -> String {
        tr("Zadanie nr \(id) — nowy wykonawca: \(who).", "Task \(id) assigned to \(who).")
    }
    public static func workingAs(_ who: String) -> String { tr("Pracujesz jako: \(who).", "Working as \(who).") }
    public static func followUpMarked(_ id: Int) -> String {
        tr("Kontakt nr \(id): ponowny kontakt odnotowany.", "Contact \(id): follow-up recorded.")
    }
}

// MARK: Tasks screen
extension L10n {
    public static var sortByDue: String { tr("terminu", "due day") }
    public static var sortByNumber: String { tr("numeru", "number") }
    public static var sortByStatus: String { tr("statusu", "status") }
    public static var sortByAssignee: String { tr("wykonawcy", "assignee") }
    public static func sortedBy(_ s: String) -> String { tr("Sortowanie według: \(s).", "Sorted by \(s).") }
    public static func taskNumber(_ id: Int) -> String { tr("Zadanie nr \(id)", "Task \(id)") }
    /// A record's number inside a line: `nr 8`, `no. 8`.
    public static func no(_ id: Int) -> String { tr("nr \(id)", "no. \(id)") }
    public static func reassignTitle(_ id: Int) -> String { tr("Przydziel zadanie nr \(id)", "Assign task \(id)") }
    public static func noTasksMatch(filter: String) -> String {
        tr("Brak zadań dla tego filtra (\(filter) — zmień filtr).", "No tasks match (\(filter) — change the filter).")
    }
    public static var filterOverdue: String { tr("po terminie", "overdue") }
    /// "12 dni po terminie": the same words as the meeting review, no "dn.".
    public static func daysLate(_ n: Int) -> String { reviewDaysLate(n) }
    public static var selfSetTask: String { tr("Zadanie własne (karta samozadaniowania)", "Self-set task") }
    public static var priorityLabel: String { tr("Priorytet", "Priority") }
    public static var partnersLabel: String { tr("Partnerzy", "Partners") }
    public static func fromMeeting(_ d: String) -> String { tr("Z decyzji posiedzenia z \(d)", "From the meeting of \(d)") }
    public static var progressNotes: String { tr("Notatki z realizacji", "Progress notes") }
    public static var supportReceived: String { tr("Otrzymane wsparcie", "Support received") }
}

// MARK: Task forms
extension L10n {
    public static var noPlanSelfSet: String { tr("— bez planu (zadanie własne)", "— no plan (self-set task)") }
    public static var fieldTitleLabel: String { tr("Tytuł", "Title") }
    public static var fieldDescriptionLabel: String { tr("Opis", "Description") }
    public static var fieldDueLabel: String { tr("Termin (RRRR-MM-DD)", "Due (YYYY-MM-DD)") }
    public static var partnerLabel: String { tr("Partner", "Partner") }
    public static var addTaskTitle: String { tr("Nowe zadanie", "New task") }
    public static func editTaskTitle(_ id: Int) -> String { tr("Zadanie nr \(id) — edycja", "Edit task \(id)") }
    public static func reasonTitle(_ id: Int, _ s: TaskStatus) -> String {
        tr("Zadanie nr \(id): \(statusName(s)) — podaj powód", "Task \(id): \(statusName(s)) — give the reason")
    }
    public static var fieldReasonLabel: String { tr("Powód", "Reason") }
    public static func noteTitle(_ id: Int) -> String { tr("Notatka do zadania nr \(id)", "Note on task \(id)") }
    public static var fieldNoteLabel: String { tr("Notatka", "Note") }
    public static func statusTitle(_ id: Int) -> String { tr("Status zadania nr \(id)", "Status of task \(id)") }
    public static var filterOpenAndInProgress: String { tr("otwarte i w toku", "open and in progress") }
    public static var filterAny: String { tr("wszystkie", "any") }
    public static var filterOverdueOnly: String { tr("Tylko po terminie", "Overdue only") }
    public static var filterTasksTitle: String { tr("Filtr zadań", "Filter tasks") }
    public static var yes: String { tr("tak", "yes") }
    public static var no: String { tr("nie", "no") }
    public static func taskSaved(_ id: Int) -> String { tr("Zapisano zadanie nr \(id).", "Saved task \(id).") }
    public static var taskAddedShort: String { tr("Dodano zadanie.", "Task added.") }
}

// MARK: Dashboard
extension L10n {
    public static var scopeMine: String { tr("Moje", "My") }
    public static var scopeAll: String { tr("Wszystkie", "All") }
    public static func dashOverdue(_ scope: String, _ n: Int) -> String {
        tr("\(scope) zadania po terminie (\(n))", "\(scope) overdue tasks (\(n))")
    }
    public static func dashDueThisWeek(_ n: Int) -> String { tr("Termin w ciągu 7 dni (\(n))", "Due within 7 days (\(n))") }
    /// With no number while the contact log is still loading.
    public static func dashFollowUps(_ n: Int?) -> String {
        tr("Ponowne kontakty z mieszkańcami" + bracketed(n), "Follow-ups promised to residents" + bracketed(n))
    }
    public static func dashPlans(_ n: Int) -> String { tr("Realizowane plany bezpieczeństwa (\(n))", "Active safety plans (\(n))") }
    /// With no number while the contact log is still loading.
    public static func dashContacts30(_ n: Int?) -> String {
        tr("Kontakty z mieszkańcami w ostatnich 30 dniach\(bracketed(n)) według kategorii", "Contacts with residents in the last 30 days\(bracketed(n)) by category")
    }
    private static func bracketed(_ n: Int?) -> String { n.map { " (\($0))" } ?? "" }
    public static var noneNow: String { tr("brak", "none") }
    public static func planPastEnd(_ d: String) -> String {
        tr("okres upłynął \(d), plan czeka na ocenę", "period ended \(d), awaiting evaluation")
    }
    /// A list's column of tasks done: "4 z 12" (the bar beside it says of what).
    public static func doneOfTotal(_ d: Int, _ t: Int) -> String { reportDoneOfShort(d, t) }
    /// The same in a sentence: "wykonano 4 z 12".
    public static func tasksDoneOf(_ d: Int, _ t: Int) -> String { tr("wykonano \(d) z \(t)", "\(d) of \(t) done") }
    public static func contactNumber(_ id: Int) -> String { tr("Kontakt nr \(id)", "Contact \(id)") }
}

// MARK: Contacts
extension L10n {
    public static func contactsShown(_ n: Int) -> String { tr("\(n) \(plural(n, "kontakt", "kontakty", "kontaktów"))", "\(n) \(n == 1 ? "contact" : "contacts")") }
    public static func noContactsMatch(filter: String, add: String) -> String {
        tr("Brak kontaktów dla tego filtra (\(filter) — zmień filtr, \(add) — dodaj).", "No contacts match (\(filter) — change the filter, \(add) — add).")
    }
    public static func confirmFollowUp(_ id: Int, _ d: String) -> String {
        tr("Odnotować ponowny kontakt (nr \(id), termin \(d)) jako wykonany dzisiaj?", "Record the follow-up of contact \(id) (due \(d)) as made today?")
    }
    public static var residentLabel: String { tr("Mieszkaniec", "Resident") }
    public static var personalDataMark: String { tr("[dane osobowe]", "[personal data]") }
    public static var followUpLabel: String { tr("Ponowny kontakt", "Follow-up") }
    public static func followUpDoneOn(_ d: String) -> String { tr("wykonany \(d)", "made \(d)") }
    public static var followUpLate: String { tr("zaległy", "overdue") }
    public static var followUpPending: String { tr("zaplanowany", "planned") }
    public static var fieldSummaryLabel: String { tr("Opis sprawy", "Summary") }
    public static var fieldTimeLabel: String { tr("Czas", "Time") }
    public static var fieldResidentLabel: String { tr("Mieszkaniec (RODO)", "Resident (personal)") }
    public static var fieldResidentPhoneLabel: String { tr("Telefon mieszkańca", "Resident's phone") }
    public static var fieldFollowUpLabel: String { tr("Ponowny kontakt (dzień)", "Follow-up (day)") }
    public static var fieldTaskLabel: String { tr("Zadanie", "Task") }
    public static var fieldSinceLabel: String { tr("Od dnia", "From day") }
    public static var fieldUntilLabel: String { tr("Do dnia", "To day") }
    public static var filterContactsTitle: String { tr("Filtr kontaktów", "Filter contacts") }
    public static var addContactTitle: String { tr("Nowy kontakt z mieszkańcem", "New contact with residents") }
    public static func editContactTitle(_ id: Int) -> String { tr("Kontakt nr \(id) — edycja", "Edit contact \(id)") }
    public static func contactSaved(_ id: Int) -> String { tr("Zapisano kontakt nr \(id).", "Saved contact \(id).") }
    public static var contactLogged: String { tr("Zapisano kontakt.", "Contact logged.") }
}

// MARK: Plans
extension L10n {
    public static func noPlans(add: String) -> String { tr("brak planów (\(add) — dodaj)", "no plans (\(add) — add)") }
    public static var periodLabel: String { tr("Okres", "Period") }
    public static var progressLabel: String { tr("Postęp", "Progress") }
    public static func overdueCount(_ n: Int) -> String { tr("po terminie: \(n)", "overdue: \(n)") }
    public static var diagnosisLabel: String { tr("Diagnoza zagrożenia", "Diagnosed threat") }
    public static var threatWhat: String { tr("Co", "What") }
    public static var threatWhere: String { tr("Gdzie", "Where") }
    public static var threatWhen: String { tr("Kiedy", "When") }
    public static var threatWho: String { tr("Kto", "Who") }
    public static var sourcesLabel: String { tr("Źródła diagnozy", "Sources") }
    public static var goalLabel: String { tr("Cel", "Goal") }
    public static var goalDescriptionLabel: String { tr("Opis celu", "Goal description") }
    public static var measureLabel: String { tr("Miernik", "Measure") }
    public static var partnerBodiesLabel: String { tr("Podmioty współpracujące", "Partner bodies") }
    public static var evaluationLabel: String { tr("Ocena", "Evaluation") }
    public static var fieldStartLabel: String { tr("Początek (RRRR-MM-DD)", "Start (YYYY-MM-DD)") }
    public static var fieldEndLabel: String { tr("Koniec (RRRR-MM-DD)", "End (YYYY-MM-DD)") }
    public static var addPlanTitle: String { tr("Nowy plan bezpieczeństwa", "New safety plan") }
    public static func editPlanTitle(_ id: Int) -> String { tr("Plan nr \(id) — edycja", "Edit plan \(id)") }
    public static func planSaved(_ id: Int) -> String { tr("Zapisano plan nr \(id).", "Saved plan \(id).") }
    public static var planAdded: String { tr("Dodano plan.", "Plan added.") }
    public static func unknownSource(_ s: String, _ all: String) -> String {
        tr("Nieznane źródło diagnozy „\(s)”; dostępne: \(all).", "Unknown source \"\(s)\"; use: \(all).")
    }
}

// MARK: Teams, meeting, help
extension L10n {
    /// "wyznaczona przez: …", agreeing with the member nominated.
    public static func nominatedBy(_ n: String, _ g: Gender?) -> String {
        tr("\(gendered(g, "wyznaczony", "wyznaczona")) przez: \(n)", "nominated by \(n)")
    }
    public static var noTeams: String { tr("Brak zespołów koordynacyjnych.", "No coordination teams.") }
    public static var roleLabel: String { tr("Rola", "Role") }
    public static var organisationLabel: String { tr("Instytucja", "Organisation") }
    public static var emailLabel: String { tr("E-mail", "E-mail") }
    public static var nominatedByLabel: String { tr("Osoba wyznaczająca", "Nominated by") }
    public static func addMemberTitle(_ team: String) -> String { tr("Nowy członek: \(team)", "New member: \(team)") }
    public static func editMemberTitle(_ n: String) -> String { tr("\(n) — edycja", "Edit \(n)") }
    public static func memberSaved(_ n: String) -> String { tr("Zapisano: \(n).", "Saved \(n).") }
    public static var helpTitle: String { tr("Pomoc", "Help") }
    public static func helpNow(_ s: String) -> String { tr("Ekran \(s):", "Screen \(s):") }
    public static var helpGlobal: String { tr("Wszędzie", "Everywhere") }
    public static var helpLists: String { tr("Listy", "Lists") }
    public static var helpScreens: String { tr("Na ekranach (gdy dostępne)", "On screens (when available)") }
    public static var helpForms: String { tr("Formularze", "Forms") }
}

// MARK: The app
extension L10n {
    public static func terminalTooSmall(_ c: Int, _ r: Int, _ mc: Int, _ mr: Int) -> String {
        tr("Za mały terminal (\(c)×\(r)). Potrzeba co najmniej \(mc)×\(mr).", "Terminal too small (\(c)×\(r)). Beat needs at least \(mc)×\(mr).")
    }
    /// The same, for a terminal too small to hold the sentence.
    public static func terminalTooSmallShort(_ c: Int, _ r: Int, _ mc: Int, _ mr: Int) -> String {
        tr("Za mały: \(c)×\(r), min. \(mc)×\(mr)", "Too small: \(c)×\(r), min \(mc)×\(mr)")
    }
    public static var interfaceReadOnly: String { tr("Magazyn tylko do odczytu — zmiany nie będą zapisane.", "Read-only store — changes cannot be saved.") }
    public static var whoAreYou: String { tr("Kim jesteś? (wybór zostanie zapamiętany)", "Who are you? (remembered)") }
    public static var updatedFromStore: String { tr("Wczytano zmiany zapisane przez innych.", "Loaded changes saved by others.") }
    public static var nothingToUndo: String { tr("Nie ma czego cofnąć w tej sesji.", "Nothing to undo in this session.") }
    public static func undone(_ what: String) -> String { tr("Cofnięto: \(what)", "Undone: \(what)") }
    public static func cannotUndo(_ why: String) -> String { tr("Nie można cofnąć: \(why)", "Cannot undo: \(why)") }
}

extension L10n {
    public static func badSize(_ s: String) -> String { tr("--size: „\(s)” — podaj np. 80x24.", "--size: \"\(s)\" — give e.g. 80x24.") }
    public static func badKeyName(_ s: String) -> String {
        tr("--keys: nieznany klawisz <\(s)>; znane: <Enter> <Esc> <Tab> <S-Tab> <Up> <Down> <Left> <Right> <PgUp> <PgDn> <Home> <End> <BS> <Del> <Ins> <F1>…<F63> <C-s> <lt>, z modyfikatorami: <C-Home> <S-F3> <M-a>.",
           "--keys: unknown key <\(s)>; known: <Enter> <Esc> <Tab> <S-Tab> <Up> <Down> <Left> <Right> <PgUp> <PgDn> <Home> <End> <BS> <Del> <Ins> <F1>…<F63> <C-s> <lt>, with modifiers: <C-Home> <S-F3> <M-a>.")
    }
}

// MARK: Printing
extension L10n {
    public static func printedTo(_ p: String) -> String { tr("Wydruk zapisano: \(p)", "Printout written to \(p)") }
    public static func sentToPrinter(_ p: String) -> String { tr("Wysłano do drukarki (lpr): \(p)", "Sent to the printer (lpr): \(p)") }
    public static func noLpr(_ p: String) -> String {
        tr("Brak polecenia lpr; wydruk zapisano tylko do pliku: \(p)", "No lpr command here; the printout was only written to \(p)")
    }
    public static func lprFailed(_ p: String, _ code: Int32) -> String {
        tr("lpr zakończył się błędem (\(code)); wydruk jest w pliku: \(p)", "lpr failed (\(code)); the printout is in \(p)")
    }
}
