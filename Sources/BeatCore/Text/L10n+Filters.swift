/// The catalogue, continued: the lists' filters as the interface names them — the line that
/// says which filter is in force, the presets, and what the officer's own config remembers.
extension L10n {
    public static var actionMine: String { tr("Moje", "Mine") }
    public static var helpTaskWindow: String { tr("Okno zadania (Enter na zadaniu)", "A task's window (Enter on a task)") }
    public static var actionOverdueOnly: String { tr("Po terminie", "Overdue") }

    /// `Filtr: moje · po terminie   (Esc — wyczyść, f — zmień)`.
    public static func filterLine(_ parts: [String], clear: String, change: String) -> String {
        tr("Filtr: " + parts.joined(separator: " · ") + "   (\(clear) — wyczyść, \(change) — zmień)",
           "Filter: " + parts.joined(separator: " · ") + "   (\(clear) clears, \(change) changes)")
    }
    /// The same on a narrow screen.
    public static func filterLineShort(_ parts: [String]) -> String {
        tr("Filtr: " + parts.joined(separator: " · "), "Filter: " + parts.joined(separator: " · "))
    }
    public static var filterMine: String { tr("moje", "mine") }
    public static func filterOfficer(_ who: String) -> String { tr("wykonawca: \(who)", "assignee: \(who)") }
    public static func filterContactOfficer(_ who: String) -> String { tr("przyjął: \(who)", "taken by: \(who)") }
    public static func filterDistrict(_ d: String) -> String { tr("dzielnica: \(d)", "district: \(d)") }
    public static func filterPlan(_ p: Int) -> String { tr("plan nr \(p)", "plan \(p)") }
    public static func filterCategory(_ c: String) -> String { tr("kategoria: \(c)", "category: \(c)") }
    public static func filterSince(_ d: Day) -> String { tr("od \(d)", "from \(d)") }
    public static func filterUntil(_ d: Day) -> String { tr("do \(d)", "to \(d)") }
    public static var filterAllStatuses: String { tr("wszystkie statusy", "every status") }
    public static var filterUnfinished: String { tr("niezakończone", "unfinished") }
    public static var filterAnyone: String { tr("wszyscy", "anyone") }
    public static var filterCleared: String { tr("Filtr wyczyszczony.", "Filter cleared.") }
    public static var searchCleared: String { tr("Wyszukiwanie wyczyszczone.", "Search cleared.") }
    public static func filterSet(_ parts: [String]) -> String {
        tr("Filtr: " + parts.joined(separator: " · ") + ".", "Filter: " + parts.joined(separator: " · ") + ".")
    }
    public static var filterMineOff: String { tr("Pokazuję zadania wszystkich wykonawców.", "Showing everyone's tasks.") }
    public static var filterMineOffContacts: String { tr("Pokazuję kontakty wszystkich funkcjonariuszy.", "Showing every officer's contacts.") }
    public static var filterOverdueOff: String { tr("Pokazuję zadania bez względu na termin.", "Showing tasks whatever their due day.") }
    public static var whoAmIUnknown: String {
        tr("Nie wiadomo, kim jesteś (--as ID), więc nie ma „moich”.", "Beat does not know who you are (--as ID), so there is no \"mine\".")
    }

    /// `16 zadań, w tym 4 po terminie` (which tasks: the filter line says, when not the unfinished ones).
    public static func tasksSummary(shown n: Int, overdue: Int) -> String {
        tr("\(n) \(plural(n, "zadanie", "zadania", "zadań"))" + (overdue > 0 ? ", w tym \(overdue) po terminie" : ""),
           "\(n) \(n == 1 ? "task" : "tasks")" + (overdue > 0 ? ", \(overdue) of them overdue" : ""))
    }
    /// The same on a narrow list: the overdue ones by their mark.
    public static func tasksSummaryShort(shown n: Int, overdue: Int) -> String {
        tr("\(n) \(plural(n, "zadanie", "zadania", "zadań"))" + (overdue > 0 ? ", \(overdue) !" : ""),
           "\(n) \(n == 1 ? "task" : "tasks")" + (overdue > 0 ? ", \(overdue) !" : ""))
    }

    public static var helpSymbols: String { tr("Znaki na ekranach", "Marks on the screens") }
    /// Every mark the screens use, and what it says.
    public static var symbolMeanings: [(symbol: String, meaning: String)] {
        [("!", tr("po terminie: zadanie, ponowny kontakt, decyzja (z liczbą dni); przy planie: ile jego zadań jest po terminie",
                  "late: a task, a follow-up, a decision (with the days); beside a plan: how many of its tasks are late")),
         ("↻", tr("obiecany ponowny kontakt, jeszcze przed terminem", "a follow-up promised, not yet due")),
         ("✓", tr("wykonane; plan zamknięty; decyzja zrealizowana", "done; a plan closed; a decision carried out")),
         ("→", tr("zmiana od ostatniego posiedzenia (wtedy → teraz); zadanie przeniesione do planu na kolejny okres",
                  "moved since the last meeting (then → now); a task carried into the next period's plan")),
         ("+", tr("wsparcie innej jednostki (karta wsparcia)", "support from another unit (a support card)")),
         ("⚠", tr("okres planu upłynął, a plan nie został oceniony", "the plan's period ended and it is not evaluated")),
         ("*", tr("kategoria zagrożenia realizowanego planu", "the threat category of an active plan")),
         ("[x] [ ]", tr("obecny / nieobecny na posiedzeniu (Spacja zaznacza)", "present / not present at the meeting (Space ticks)")),
         ("▐", tr("gdzie na liście jesteś", "where in the list you are"))]
    }
}
