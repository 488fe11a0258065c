import Foundation

/// The catalogue, continued: printouts and exports.
extension L10n {
    // MARK: Numbers and plurals

    /// A count with the right Polish form: 1 zadanie, 2 zadania, 5 zadań, 22 zadania.
    static func plural(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        if n == 1 { return one }
        let tens = n % 100, units = n % 10
        return (2...4).contains(units) && !(12...14).contains(tens) ? few : many
    }

    /// An integer for print: `17 000` (Polish: groups of three from 10 000 up, a no-break
    /// space between them), `17,000` in English.
    public static func reportNumber(_ n: Int) -> String {
        let digits = String(n.magnitude)
        let group = Language.current == .pl ? (digits.count > 4 ? "\u{00A0}" : "") : (digits.count > 3 ? "," : "")
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += group }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// A decimal for print: `12,4` (Polish), `12.4` (English).
    public static func reportDecimal(_ d: Double, places: Int) -> String {
        let s = String(format: "%.\(places)f", d)
        return Language.current == .pl ? s.replacingOccurrences(of: ".", with: ",") : s
    }

    /// `2026-10-23 – 2026-11-22`, the dash held to the first day by a no-break space so that
    /// a wrapped line never starts with it.
    public static func reportPeriod(_ from: Day, _ to: Day) -> String { "\(from)\u{00A0}– \(to)" }

    /// A moment in a footer: `2026-11-22 14:03 +01:00`.
    static func reportMoment(_ t: Timestamp) -> String {
        let s = t.description
        return String(s.prefix(10)) + " " + String(s.dropFirst(11).prefix(5)) + " " + String(s.suffix(6))
    }

    // MARK: Page and footer

    static func reportPage(_ i: Int, of n: Int) -> String { tr("strona \(i) z \(n)", "page \(i) of \(n)") }
    static func reportFooter(_ when: String, path: String, id: String, seq: Int) -> String {
        tr("Wygenerowano \(when) programem Beat z magazynu \(path) (id \(id)), stan dziennika: wpis nr \(seq).",
           "Generated \(when) by Beat from the store \(path) (id \(id)), journal up to entry \(seq).")
    }
    static var reportNoPersonalData: String {
        tr("Bez danych osobowych mieszkańców.", "No personal data of residents.")
    }
    static var reportHasPersonalData: String {
        tr("ZAWIERA DANE OSOBOWE MIESZKAŃCÓW (--with-personal-data): chronić zgodnie z RODO, nie udostępniać osobom nieuprawnionym, zniszczyć, gdy wydruk przestanie być potrzebny.",
           "CONTAINS PERSONAL DATA OF RESIDENTS (--with-personal-data): protect under the GDPR, share with no one unauthorised, destroy when no longer needed.")
    }

    // MARK: Validation

    static func reportOptionNotTaken(_ kind: String, _ option: String) -> String {
        tr("Raport „\(kind)” nie przyjmuje opcji \(option); zob. beat report --help.",
           "The \"\(kind)\" report does not take \(option); see beat report --help.")
    }
    static func reportNeedsOfficer(_ kind: String) -> String {
        tr("Raport „\(kind)” dotyczy jednego funkcjonariusza: podaj --officer ID albo --as ID (lista: beat officer list).",
           "The \"\(kind)\" report is about one officer: give --officer ID or --as ID (see: beat officer list).")
    }
    static func reportNeedsPlan(_ kind: String) -> String {
        tr("Raport „\(kind)” dotyczy jednego planu: podaj --plan NR (lista: beat task list pokazuje numery planów).",
           "The \"\(kind)\" report is about one plan: give --plan N (beat task list shows plan numbers).")
    }
    static func reportPeriodInverted(_ f: Day, _ t: Day) -> String {
        tr("Okres kończy się (--to \(t)) przed początkiem (--from \(f)).", "The period ends (--to \(t)) before it starts (--from \(f)).")
    }
    static func reportBadWidth(_ w: Int, _ lo: Int, _ hi: Int) -> String {
        tr("--width \(w): szerokość musi wynosić od \(lo) do \(hi) kolumn.", "--width \(w): the width must be \(lo) to \(hi) columns.")
    }
    static func reportBadPageLength(_ n: Int, _ lo: Int) -> String {
        tr("--page-length \(n): strona musi mieć co najmniej \(lo) wierszy.", "--page-length \(n): a page needs at least \(lo) lines.")
    }
    public static func reportUnknownKind(_ k: String, _ kinds: [String]) -> String {
        tr("Nieznany rodzaj raportu „\(k)”; dostępne: \(kinds.joined(separator: ", ")).",
           "Unknown report \"\(k)\"; use one of: \(kinds.joined(separator: ", ")).")
    }
    public static func reportBadFormat(_ f: String) -> String {
        tr("Nieznany format „\(f)”; dostępne: text, markdown, csv, json.", "Unknown format \"\(f)\"; use text, markdown, csv or json.")
    }
    public static func reportWritten(_ path: String) -> String { tr("Zapisano: \(path)", "Written: \(path)") }

    // MARK: Common labels

    static var reportDistrict: String { tr("Dzielnica", "District") }
    static var reportDistricts: String { tr("Dzielnice", "Districts") }
    static var reportPlan: String { tr("Plan", "Plan") }
    static var reportAsOf: String { tr("Stan na", "As of") }
    static var reportPeriodLabel: String { tr("Okres", "Period") }
    static var reportPeriodDone: String { tr("Okres", "Period") }
    static var reportSummary: String { tr("Podsumowanie", "Summary") }
    static var reportOfficers: String { tr("Funkcjonariusze", "Officers") }
    static var reportResponsible: String { tr("Odpowiada", "Responsible") }
    static var reportPlanPeriod: String { tr("Okres planu", "Plan period") }
    static var reportStatuses: String { tr("Zadania", "Tasks") }
    static var reportDoneInPeriod: String { tr("Wykonane w okresie", "Done in the period") }
    static var reportOverdueTasks: String { tr("Zadania po terminie", "Overdue tasks") }
    static func reportDoneSince(_ f: Day, _ t: Day) -> String {
        tr("Wykonane w okresie \(reportPeriod(f, t))", "Done \(reportPeriod(f, t))")
    }
    static var reportOwnTasks: String { tr("Zadania własne (karty samozadaniowania)", "Self-set tasks (outside the plans)") }
    static var reportOwnShort: String { tr("własne", "self-set") }
    static func reportPlanNumber(_ id: Int) -> String { tr("nr \(id)", "no. \(id)") }
    public static func reportPlanName(_ id: Int, _ title: String) -> String { tr("Plan nr \(id): \(title)", "Plan \(id): \(title)") }
    static func reportDoneOf(_ done: Int, _ total: Int) -> String { tr("\(done) z \(total)", "\(done) of \(total)") }
    static func reportDoneOfLong(_ done: Int, _ total: Int) -> String {
        tr("\(done) z \(total) " + plural(total, "zadania", "zadań", "zadań") + " (bez anulowanych)",
           "\(done) of \(total) tasks (cancelled ones not counted)")
    }
    /// `w toku 4, otwarte 2, wykonane 6, niewykonane 2, anulowane 1` (only the statuses present).
    static func reportStatusCounts(_ tasks: [PlanTask]) -> String {
        let order: [TaskStatus] = [.open, .inProgress, .done, .notDone, .cancelled]
        let parts = order.compactMap { s -> String? in
            let n = tasks.filter { $0.status == s }.count
            return n > 0 ? "\(statusName(s)) \(n)" : nil
        }
        return parts.isEmpty ? tr("brak", "none") : parts.joined(separator: ", ")
    }

    static var reportColPlan: String { tr("Plan", "Plan") }
    static var reportColPlanNumber: String { tr("Nr planu", "Plan no.") }
    static var reportColProgress: String { tr("Postęp", "Progress") }
    static var reportColDone: String { tr("Wykonane", "Done") }
    static var reportColDoneCount: String { tr("Wykonane", "Done") }
    static var reportColTotal: String { tr("Wszystkie", "All") }
    static var reportColOverdue: String { tr("Po terminie", "Overdue") }
    static var reportColDoneInPeriod: String { tr("Wykonane w okresie", "Done in period") }
    static var reportColNumber: String { tr("Nr", "No.") }
    static var reportColDaysLate: String { tr("Dni zwłoki", "Days late") }
    static var reportColTask: String { tr("Zadanie", "Task") }
    static var reportColDoneOn: String { tr("Wykonano", "Done on") }
    static var reportColOpen: String { tr("Otwarte", "Open") }

    static var reportNoPlans: String { tr("Brak planów w tym okresie.", "No plans in this period.") }
    static var reportNoOverdue: String { tr("Brak zadań po terminie.", "No overdue tasks.") }
    static var reportNoneDone: String { tr("Żadne zadanie nie zostało wykonane w tym okresie.", "No task was done in this period.") }
    static var reportNoTasks: String { tr("Brak zadań.", "No tasks.") }

    // MARK: Kinds

    static var reportTitleProgress: String { tr("Postęp realizacji planów bezpieczeństwa", "Progress of the safety plans") }
    static var reportPurposeProgress: String {
        tr("postęp planów w dzielnicach: paski postępu, zadania po terminie, wykonane w okresie, funkcjonariusze (dla komendanta i zespołu)",
           "progress of the plans per district: bars, overdue tasks, done in the period, officers (for the commander and the team)")
    }
}

// MARK: The officer's worklist
extension L10n {
    /// "Wykaz zadań dzielnicowej", "… funkcjonariusza": the post agrees with the officer.
    static func reportTitleOfficer(_ o: Officer) -> String {
        tr("Wykaz zadań " + postGenitive(of: o), o.beat != nil ? "The beat officer's worklist" : "The officer's worklist")
    }
    static var reportPurposeOfficer: String {
        tr("wykaz zadań jednego funkcjonariusza do zabrania w rejon: po terminie, na najbliższe dni, ponowne kontakty, wszystkie otwarte",
           "one officer's worklist to carry on the beat: overdue, due soon, follow-ups, all open tasks")
    }
    static func reportBadge(_ b: String) -> String { tr("nr służb. \(b)", "badge \(b)") }
    static var reportStreets: String { tr("Ulice", "Streets") }
    static var reportOpenTasks: String { tr("Otwarte zadania", "Open tasks") }
    static func reportDueWithin(_ n: Int) -> String { tr("Termin w ciągu \(n) dni", "Due within \(n) days") }
    static var reportFollowUps: String { tr("Ponowne kontakty", "Follow-ups") }
    static func reportDoneIn(_ f: Day, _ t: Day) -> String { tr("Wykonane \(reportPeriod(f, t))", "Done \(reportPeriod(f, t))") }
    static var reportOverdueHeading: String { tr("Po terminie", "Overdue") }
    static func reportDueSoonHeading(_ n: Int) -> String { tr("Termin w ciągu \(n) dni", "Due in the next \(n) days") }
    static var reportFollowUpsHeading: String { tr("Ponowne kontakty z mieszkańcami", "Follow-ups promised to residents") }
    static var reportAllOpenHeading: String { tr("Wszystkie otwarte zadania według planów", "All open tasks by plan") }
    static var reportLastNote: String { tr("Ostatnia notatka", "Last note") }
    static var reportColDaysLeft: String { tr("Dni do terminu", "Days left") }
    static var reportColResident: String { tr("Mieszkaniec", "Resident") }
    static var reportColEmail: String { tr("E-mail", "E-mail") }
    static var reportColAddress: String { tr("Adres", "Address") }
    static var reportColMatter: String { tr("Sprawa", "Matter") }
    static var reportColPriority: String { tr("Priorytet", "Priority") }
    static var reportNothingDueSoon: String { tr("Brak zadań z terminem w tych dniach.", "Nothing is due in these days.") }
    static var reportNoFollowUps: String { tr("Brak zaległych ponownych kontaktów.", "No follow-ups outstanding.") }
    static var reportNoOpenTasks: String { tr("Brak otwartych zadań.", "No open tasks.") }
}

// MARK: The plan
extension L10n {
    static func reportTitlePlan(_ n: Int) -> String { tr("Plan bezpieczeństwa nr \(n)", "Safety plan \(n)") }
    static var reportPurposePlan: String {
        tr("jeden plan w całości dla partnerów: diagnoza, cel, partnerzy, zadania z ostatnią notatką, ocena",
           "one plan in full for the partners: diagnosis, goal, partners, tasks with their last note, evaluation")
    }
    static var reportPlanTitle: String { tr("Nazwa", "Title") }
    static var reportTeam: String { tr("Zespół", "Team") }
    static var reportThreat: String { tr("Diagnoza zagrożenia", "The diagnosed threat") }
    static var reportThreatWhat: String { tr("Co", "What") }
    static var reportThreatWhere: String { tr("Gdzie", "Where") }
    static var reportThreatWhen: String { tr("Kiedy", "When") }
    static var reportThreatWho: String { tr("Kto", "Who") }
    static var reportSources: String { tr("Źródła diagnozy", "Sources") }
    static var reportGoal: String { tr("Cel", "Goal") }
    static var reportGoalKind: String { tr("Rodzaj", "Kind") }
    static var reportMeasure: String { tr("Miernik", "Measure") }
    static var reportPartners: String { tr("Partnerzy", "Partners") }
    static var reportNoPartners: String { tr("Nie wskazano partnerów.", "No partners named.") }
    static func reportTeamMembers(_ team: String) -> String { tr("Członkowie zespołu (\(team))", "Team members (\(team))") }
    static var reportTasks: String { tr("Zadania", "Tasks") }
    static var reportColClosed: String { tr("Zamknięto", "Closed") }
    static var reportReason: String { tr("Powód", "Reason") }
    static var reportSupport: String { tr("Wsparcie innych jednostek", "Support from other units") }
    static func reportSupportLine(_ line: String, task: Int) -> String {
        tr("\(line) (zadanie nr \(task))", "\(line) (task \(task))")
    }
    static var reportEvaluation: String { tr("Ocena", "Evaluation") }
    static var reportOutcome: String { tr("Wynik", "Outcome") }
    static var reportEvaluationDay: String { tr("Data oceny", "Evaluated on") }
    static var reportEvaluationNote: String { tr("Uzasadnienie", "Assessment") }
    static func reportNotEvaluated(_ end: Day) -> String {
        tr("Plan nie został jeszcze oceniony; jego okres kończy się \(end).", "The plan is not evaluated yet; its period ends on \(end).")
    }
}

// MARK: Contacts
extension L10n {
    static var reportTitleContacts: String { tr("Kontakty z mieszkańcami — zestawienie", "Contacts with residents — summary") }
    static var reportPurposeContacts: String {
        tr("kontakty według miesięcy i kategorii, kanałów i dzielnic, bez danych osobowych (dla oceniających)",
           "contacts by month and category, channel and district, no personal data (for the evaluators)")
    }
    static var reportContactsTotal: String { tr("Kontakty", "Contacts") }
    static var reportFollowUpsPromised: String { tr("Ponowne kontakty obiecane mieszkańcom", "Follow-ups promised") }
    static func reportFollowUpsLine(_ n: Int, kept: Int, late: Int) -> String {
        tr("\(n), w tym wykonane \(kept), zaległe \(late)", "\(n): \(kept) made, \(late) overdue")
    }
    static var reportContactsWithTask: String { tr("Powiązane z zadaniami", "Linked to tasks") }
    static var reportByMonthAndCategory: String { tr("Według miesięcy i kategorii", "By month and category") }
    static var reportByChannel: String { tr("Według kanału", "By channel") }
    static var reportByDistrict: String { tr("Według dzielnic", "By district") }
    static var reportTotal: String { tr("Razem", "Total") }
    static var reportColContacts: String { tr("Kontakty", "Contacts") }
    static var reportColShare: String { tr("Udział %", "Share %") }
    static var reportColResidents: String { tr("Mieszkańcy", "Residents") }
    static var reportColPer1000: String { tr("Na 1000 mieszkańców", "Per 1,000 residents") }
    static var reportNoContacts: String { tr("Brak kontaktów w tym okresie.", "No contacts in this period.") }
}

// MARK: Districts
extension L10n {
    static var reportTitleDistricts: String { tr("Dzielnice — porównanie", "The districts side by side") }
    static var reportPurposeDistricts: String {
        tr("dzielnice obok siebie: mieszkańcy, kontakty na 1000 mieszkańców, najczęstsze sprawy, zadania, plany zamknięte według wyniku",
           "the districts side by side: residents, contacts per 1,000 residents, top concerns, tasks, plans closed by outcome")
    }
    static var reportColPer1000Short: String { tr("Na 1000 mieszk.", "Per 1,000 res.") }
    static var reportColTasksDone: String { tr("Zadania wykonane", "Tasks done") }
    static var reportColPlansClosed: String { tr("Plany zamknięte", "Plans closed") }
    public static var reportTopConcerns: String { tr("Najczęstsze sprawy", "Top concerns") }
    static func reportTopConcernsHeading(_ n: Int) -> String {
        tr("Najczęstsze sprawy mieszkańców (\(n) na dzielnicę)", "Residents' top concerns (\(n) per district)")
    }
    static var reportClosedPlansHeading: String { tr("Plany zamknięte według wyniku", "Plans closed, by outcome") }
    static func reportDistrictsNote(_ f: Day, _ t: Day, _ today: Day) -> String {
        tr("Kontakty i zadania wykonane: w okresie \(reportPeriod(f, t)); zadania po terminie: na dzień \(today); plany zamknięte: wszystkie ocenione.",
           "Contacts and tasks done: \(reportPeriod(f, t)); overdue tasks: as of \(today); plans closed: all evaluated ones.")
    }
    static var reportNoDistricts: String { tr("Brak dzielnic.", "No districts.") }
    static var reportNoClosedPlans: String { tr("Żaden plan nie został jeszcze zamknięty i oceniony.", "No plan has been closed and evaluated yet.") }
}

// MARK: The letter (list dzielnicowego)
extension L10n {
    /// "List dzielnicowej", "List kierownika rewiru dzielnicowych".
    static func reportTitleLetter(_ o: Officer) -> String {
        tr("List " + postGenitive(of: o), o.beat != nil ? "A letter from your beat officer" : "A letter from your police officer")
    }
    static var reportPurposeLetter: String {
        tr("list dzielnicowego do mieszkańców rejonu: kim jest i jak się z nim skontaktować, co zgłaszali, co zrobiono (jedna strona, bez danych osobowych)",
           "the beat officer's letter to the residents: who he is, how to reach him, what they raised, what was done (one page, no personal data)")
    }
    static var letterTo: String { tr("Do", "To") }
    static var letterFrom: String { tr("Od", "From") }
    static var letterDate: String { tr("Data", "Date") }
    static func letterAddressees(_ beat: Beat?, _ district: String) -> String {
        if let beat { return tr("Mieszkańcy " + beatGenitive(beat), "The residents of \(beatName(beat)), \(district)") }
        return tr("Mieszkańcy dzielnicy \(district)", "The residents of \(district)")
    }
    static var letterGreeting: String { tr("Szanowni Państwo,", "Dear residents,") }
    static func letterIntro(_ o: Officer, _ f: Day, _ t: Day) -> String {
        tr("piszę do Państwa jako \(post(of: o)), \(gendered(o.gender, "który", "która")) odpowiada za bezpieczeństwo i porządek na ulicach wymienionych powyżej, aby poinformować, czym się zajmowaliśmy \(longPeriod(f, t)), co zrobiliśmy w sprawach, które Państwo zgłaszali, i co planujemy dalej.",
           "I am your \(post(of: o)), responsible for safety and order in the streets named above. I am writing to tell you what we worked on \(longPeriod(f, t)), what was done about the matters you raised, and what comes next.")
    }
    static var letterHowToReach: String { tr("Jak się ze mną skontaktować", "How to reach me") }
    static var letterEmergencyLabel: String { tr("W nagłej sytuacji", "In an emergency") }
    static var letterEmergency: String { tr("numer alarmowy 112", "call 112") }
    static var letterWhatYouRaised: String { tr("Co Państwo zgłaszali", "What you raised") }
    static func letterRaisedIntro(_ n: Int) -> String {
        tr("W tym czasie " + plural(n, "wpłynęło", "wpłynęły", "wpłynęło") + " od Państwa \(n) " + plural(n, "zgłoszenie", "zgłoszenia", "zgłoszeń")
           + " — w rejonie, na dyżurach, telefonicznie, listownie i przez Krajową Mapę Zagrożeń Bezpieczeństwa. Najczęściej zgłaszane sprawy:",
           "In this time you brought me \(n) " + (n == 1 ? "matter" : "matters")
           + " — on the beat, in office hours, by phone, by letter and through the national threat map. The most frequent:")
    }
    static func letterConcern(_ category: String, _ n: Int) -> String {
        tr("\(category) — \(n) " + plural(n, "zgłoszenie", "zgłoszenia", "zgłoszeń"), "\(category): \(n)")
    }
    static func letterOtherConcerns(_ n: Int) -> String {
        tr("inne sprawy — \(n) " + plural(n, "zgłoszenie", "zgłoszenia", "zgłoszeń"), "other matters: \(n)")
    }
    static var letterNothingRaised: String {
        tr("W tym czasie nie wpłynęły od Państwa żadne zgłoszenia. Zachęcam do kontaktu w każdej sprawie, która dotyczy bezpieczeństwa w okolicy.",
           "You brought me no matters in this time. Please get in touch about anything that concerns safety in the neighbourhood.")
    }
    static var letterWhatWasDone: String { tr("Co zrobiliśmy", "What was done") }
    static var letterNothingDone: String {
        tr("Prace nad zgłoszonymi sprawami trwają; o ich wynikach napiszę w kolejnym liście.",
           "Work on the matters you raised goes on; I will report the results in my next letter.")
    }
    static func letterMoreDone(_ n: Int) -> String {
        tr("oraz \(n) " + plural(n, "inne zadanie", "inne zadania", "innych zadań"), "and \(n) more " + (n == 1 ? "task" : "tasks"))
    }
    static var letterWhatsNext: String { tr("Nad czym pracujemy", "What comes next") }
    static func letterDueBy(_ d: Day, year: Int) -> String { tr("do \(longDate(d, year: year)):", "by \(longDate(d, year: year)):") }
    /// Abbreviations a task's title may carry, spelled out for residents (pattern 6 of the
    /// Polish review): the abbreviation, its Polish name, its English gloss.
    static let letterAbbreviations: [(String, String, String)] = [
        ("KMZB", "Krajowa Mapa Zagrożeń Bezpieczeństwa", "the national map of threats to safety"),
        ("KMP", "Komenda Miejska Policji", "the city police headquarters"),
        ("MZDiK", "Miejski Zarząd Dróg i Komunikacji", "the city roads and transport authority"),
        ("SM", "spółdzielnia mieszkaniowa", "housing cooperative"),
        ("SP", "szkoła podstawowa", "primary school"),
        ("WRD", "Wydział Ruchu Drogowego", "the traffic police"),
    ]
    /// "Skróty: KMZB — Krajowa Mapa Zagrożeń Bezpieczeństwa; SP — szkoła podstawowa.": those
    /// of `letterAbbreviations` that stand as words in `texts`; nil when none does.
    static func letterAbbreviationsNote(_ texts: [String]) -> String? {
        let words = Set(texts.flatMap { $0.split { !$0.isLetter }.map(String.init) })
        let used = letterAbbreviations.filter { words.contains($0.0) }
        guard !used.isEmpty else { return nil }
        return tr("Skróty: " + used.map { "\($0.0) — \($0.1)" }.joined(separator: "; ") + ".",
                  "Abbreviations: " + used.map { "\($0.0) — \($0.2) (\($0.1))" }.joined(separator: "; ") + ".")
    }
    static var letterClosing: String {
        tr("Dziękuję za każde zgłoszenie — to dzięki Państwa informacjom wiemy, gdzie jesteśmy potrzebni. Zapraszam do kontaktu.",
           "Thank you for every report: your information tells us where we are needed. Do get in touch.")
    }
    static var letterRegards: String { tr("Z wyrazami szacunku", "Yours faithfully,") }
    /// "dzielnicowa rejonu służbowego nr 2 (Dobrzec Południe)"; without a beat, the post alone.
    static func letterSignature(_ o: Officer, _ beat: Beat?) -> String {
        beat.map { tr(post(of: o) + " " + beatGenitive($0), "beat officer, \(beatName($0))") } ?? post(of: o)
    }
}

// MARK: Exports
extension L10n {
    static func calendarName(_ officer: String) -> String { tr("Beat: zadania — \(officer)", "Beat: tasks — \(officer)") }
    static var calendarNameAll: String { tr("Beat: zadania", "Beat: tasks") }
    static func calendarSummary(_ id: Int, _ title: String) -> String { tr("[nr \(id)] \(title)", "[\(id)] \(title)") }
    static func calendarPlan(_ id: Int) -> String { tr("plan nr \(id)", "plan \(id)") }
    static var calendarOwnTask: String { tr("zadanie własne", "self-set task") }
    static func calendarPlanLine(_ id: Int, _ title: String) -> String { tr("Plan nr \(id): \(title)", "Plan \(id): \(title)") }
    static func calendarAssignee(_ who: String) -> String { tr("Wykonawca: \(who)", "Assignee: \(who)") }
    static func calendarLastNote(_ d: Day, _ text: String) -> String { tr("Ostatnia notatka (\(d)): \(text)", "Last note (\(d)): \(text)") }
    public static func exportBadWhat(_ w: String) -> String {
        tr("--what \(w): podaj tasks, contacts albo plans.", "--what \(w): use tasks, contacts or plans.")
    }
    public static var exportPersonalDataWarning: String {
        tr("eksport zawiera dane osobowe mieszkańców: chroń plik zgodnie z RODO.",
           "the export holds residents' personal data: protect the file under the GDPR.")
    }
    public static var exportPersonalDataOnlyContacts: String {
        tr("--with-personal-data dotyczy tylko --what contacts.", "--with-personal-data applies to --what contacts only.")
    }
}
