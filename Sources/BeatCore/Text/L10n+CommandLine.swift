/// The catalogue, continued: the command line's messages and column headings.
extension L10n {
    public static var warningPrefix: String { tr("uwaga: ", "warning: ") }

    // The argument parser's messages (`ParserMessage`); the English is the parser's own.
    public static func parserError(_ sentence: String) -> String { tr("Błąd: ", "Error: ") + sentence }
    public static func parserUsage(_ synopsis: String) -> String { tr("Użycie: ", "Usage: ") + synopsis }
    public static func parserHelp(_ text: String) -> String { tr("Opis:  ", "Help:  ") + text }
    public static func parserSeeHelp(_ command: String) -> String {
        tr("Więcej: \(command) --help", "See '\(command) --help' for more information.")
    }
    public static func parserUnknownOption(_ option: String, suggestion: String?) -> String {
        guard let suggestion else { return tr("nieznana opcja „\(option)”.", "Unknown option '\(option)'") }
        return tr("nieznana opcja „\(option)”. Czy chodziło o „\(suggestion)”?", "Unknown option '\(option)'. Did you mean '\(suggestion)'?")
    }
    public static func parserUnexpected(_ word: String) -> String {
        tr("nieoczekiwany argument „\(word)”.", "Unexpected argument '\(word)'")
    }
    public static func parserMissingValue(_ option: String) -> String {
        tr("brak wartości po „\(option)”.", "Missing value for '\(option)'")
    }
    public static func parserMissingArgument(_ what: String) -> String {
        tr("brak wymaganego argumentu „\(what)”.", "Missing expected argument '\(what)'")
    }
    public static func parserTakesNoValue(_ option: String, given: String) -> String {
        tr("opcja „\(option)” nie przyjmuje wartości, a podano „\(given)”.",
           "The option '\(option)' does not take any value, but '\(given)' was specified.")
    }
    public static func badLanguage(_ l: String) -> String { tr("Nieznany język „\(l)”; dostępne: pl, en.", "Unknown language \"\(l)\"; use pl or en.") }
    public static func badDay(_ t: String, option: String) -> String {
        if Day.isOutOfRange(t) { return option + ": " + dayOutOfRange(t) }
        return tr("\(option): „\(t)” nie jest datą; podaj dzień w postaci 2026-11-22.", "\(option): \"\(t)\" is not a day; give it as 2026-11-22.")
    }
    /// An argument whose bytes are not UTF-8 (`option`: the option it was given to).
    public static func argumentNotUTF8(_ option: String?, position: Int) -> String {
        if let option {
            return tr("\(option): wartość nie jest tekstem UTF-8; wpisz ją ponownie (w terminalu z kodowaniem UTF-8).",
                      "\(option): the value is not UTF-8 text; type it again (in a UTF-8 terminal).")
        }
        return tr("argument nr \(position) nie jest tekstem UTF-8; wpisz go ponownie (w terminalu z kodowaniem UTF-8).",
                  "argument \(position) is not UTF-8 text; type it again (in a UTF-8 terminal).")
    }
    /// A today too early for a generated store (the demo, the synthetic ones), which reaches back five years.
    public static func generatedTodayTooEarly(_ today: Day, _ earliest: Day) -> String {
        tr("Dane przykładowe sięgają do pięciu lat przed dniem dzisiejszym (\(today)); przy tak wczesnej dacie wyszłyby poza zakres dni Beat. Ustaw BEAT_TODAY na \(earliest) lub później.",
           "Generated data reaches five years before today (\(today)); so early a day would take it outside the days Beat keeps. Set BEAT_TODAY to \(earliest) or later.")
    }
    /// A day of the calendar Beat does not keep (see `Day.years`).
    public static func dayOutOfRange(_ t: String) -> String {
        tr("dzień \(t) jest poza zakresem, który obsługuje Beat (\(Day.earliest) – \(Day.latest)).",
           "the day \(t) is outside the days Beat keeps (\(Day.earliest) to \(Day.latest)).")
    }
    public static func badTime(_ t: String) -> String {
        tr("--time: „\(t)” nie jest czasem; podaj go w postaci 2026-11-22T08:15:00+01:00.",
           "--time: \"\(t)\" is not a time; give it as 2026-11-22T08:15:00+01:00.")
    }
    public static func badCategory(_ t: String) -> String {
        let ids = ThreatCategory.allCases.map(\.rawValue).joined(separator: ", ")
        return tr("Nieznana kategoria „\(t)”. Podaj identyfikator (\(ids)) lub nazwę polską (np. „spożywanie alkoholu w miejscach niedozwolonych”, „inne”).",
                  "Unknown category \"\(t)\". Give its id (\(ids)) or Polish name (e.g. \"inne\").")
    }
    public static func badChannel(_ t: String) -> String {
        tr("Nieznany kanał „\(t)”. Dostępne: \(ContactChannel.allCases.map(\.rawValue).joined(separator: ", ")).",
           "Unknown channel \"\(t)\". Use one of: \(ContactChannel.allCases.map(\.rawValue).joined(separator: ", ")).")
    }
    public static func badStatus(_ t: String) -> String {
        tr("Nieznany status „\(t)”. Dostępne: \(TaskStatus.allCases.map(\.rawValue).joined(separator: ", ")).",
           "Unknown status \"\(t)\". Use one of: \(TaskStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
    }
    public static func badPriority(_ t: String) -> String {
        tr("Nieznany priorytet „\(t)”; dostępne: low, normal, high.", "Unknown priority \"\(t)\"; use low, normal or high.")
    }
    public static var officerNeeded: String {
        tr("Podaj funkcjonariusza: --officer ID albo --as ID (lista: beat officer list).",
           "Say which officer: --officer ID or --as ID (see: beat officer list).")
    }
    public static var residentNameNeeded: String {
        tr("Dane kontaktowe mieszkańca wymagają jego nazwiska: --resident NAZWISKO.", "A resident's contact details need their name: --resident NAME.")
    }
    public static func storeCreated(_ p: String) -> String { tr("Utworzono magazyn w \(p).", "Created a store in \(p).") }
    public static func demoAt(_ p: String) -> String { tr("Kopia demonstracyjna: \(p)", "Demo copy: \(p)") }
    public static func checkSummary(path: String, seq: Int, districts: Int, officers: Int, plans: Int, tasks: Int, contacts: Int, meetings: Int) -> String {
        tr("\(path): w porządku — dzielnice \(districts), funkcjonariusze \(officers), plany \(plans), zadania \(tasks), kontakty \(contacts), posiedzenia \(meetings); dziennik do nr \(seq).",
           "\(path): OK — districts \(districts), officers \(officers), plans \(plans), tasks \(tasks), contacts \(contacts), meetings \(meetings); journal up to \(seq).")
    }
    public static func compacted(_ seq: Int) -> String { tr("Zapisano nową migawkę (nr \(seq)).", "Wrote a new snapshot (at \(seq)).") }
    public static func nothingToCompact(_ seq: Int) -> String {
        tr("Migawka (nr \(seq)) obejmuje już każdą zmianę; nic nie zapisano.", "The snapshot (at \(seq)) already holds every change; nothing written.")
    }
    public static func taskAdded(_ id: Int) -> String { tr("Dodano zadanie nr \(id).", "Added task \(id).") }
    public static func taskStatusSet(_ id: Int, _ s: TaskStatus) -> String {
        tr("Zadanie nr \(id): \(statusName(s)).", "Task \(id): \(statusName(s)).")
    }
    public static func noteAdded(_ id: Int) -> String { tr("Dodano notatkę do zadania nr \(id).", "Added a note to task \(id).") }
    public static func contactAdded(_ id: Int) -> String { tr("Zapisano kontakt nr \(id).", "Logged contact \(id).") }
    public static func taskCount(_ n: Int, overdue: Int) -> String {
        tr("Zadań: \(n), w tym po terminie (!): \(overdue).", "Tasks: \(n), overdue (!): \(overdue).")
    }
    public static func contactCount(_ n: Int) -> String { tr("Kontaktów: \(n).", "Contacts: \(n).") }
    public static func inactiveMark(_ g: Gender?) -> String { tr("(\(gendered(g, "nieaktywny", "nieaktywna")))", "(inactive)") }

    public static var colRank: String { tr("Stopień", "Rank") }
    public static var colName: String { tr("Imię i nazwisko", "Name") }
    /// The name of a thing, not a person: a district, a beat, an organisation, a team.
    public static var colNameOfThing: String { tr("Nazwa", "Name") }
    public static var colBadge: String { tr("Nr służb.", "Badge") }
    public static var colDistrict: String { tr("Dzielnica", "District") }
    public static var colBeat: String { tr("Rejon", "Beat") }
    public static var colPhone: String { tr("Telefon", "Phone") }
    public static var colStatus: String { tr("Status", "Status") }
    public static var colDue: String { tr("Termin", "Due") }
    public static var colAssignee: String { tr("Wykonawca", "Assignee") }
    public static var colPlan: String { tr("Plan", "Plan") }
    public static var colTitle: String { tr("Tytuł", "Title") }
    public static var colTime: String { tr("Czas", "Time") }
    public static var colOfficer: String { tr("Funkcjonariusz", "Officer") }
    public static var colChannel: String { tr("Kanał", "Channel") }
    public static var colCategory: String { tr("Kategoria", "Category") }
    public static var colPlace: String { tr("Miejsce", "Place") }
    public static var colSummary: String { tr("Opis", "Summary") }
    public static var colPeriod: String { tr("Okres", "Period") }
    public static var colProgress: String { tr("Postęp", "Progress") }
    public static func planCount(_ n: Int) -> String { tr("Planów: \(n).", "Plans: \(n).") }
}
