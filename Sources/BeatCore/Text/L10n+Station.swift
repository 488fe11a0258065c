// The catalogue for the station's own data: beats, members and organisations as lists and
// sentences show them, who holds a task, support cards; and the commands that manage them.
extension L10n {
    /// A member's role and organisation, as lists and printouts show them:
    /// "przewodnicząca rady osiedla, Rada Osiedla Dobrzec".
    public static func memberRole(_ m: Partner, in model: Model) -> String {
        roleName(m.role, m.gender) + (m.organisation.isEmpty ? "" : ", " + model.organisationName(m.organisation))
    }

    /// A beat as running text names it: "rejon służbowy nr 2 (Dobrzec Południe)"; without a
    /// number, its name alone.
    public static func beatName(_ b: Beat) -> String {
        guard let n = b.number else { return b.name }
        return tr("rejon służbowy nr \(n) (\(b.name))", "beat \(n) (\(b.name))")
    }

    /// A beat under a "Rejon" label: "nr 2 (Dobrzec Południe)"; without a number, its name.
    public static func beatShort(_ b: Beat) -> String {
        guard let n = b.number else { return b.name }
        return tr("nr \(n) (\(b.name))", "\(n) (\(b.name))")
    }

    /// The same in the genitive: "rejonu służbowego nr 2 (Dobrzec Południe)", "rejonu Dobrzec Południe".
    public static func beatGenitive(_ b: Beat) -> String {
        guard let n = b.number else { return tr("rejonu \(b.name)", b.name) }
        return tr("rejonu służbowego nr \(n) (\(b.name))", "beat \(n) (\(b.name))")
    }

    public static func officerRoleName(_ r: OfficerRole) -> String {
        switch r {
        case .officer: return tr("funkcjonariusz", "officer")
        case .supervisor: return tr("kierownik", "supervisor")
        }
    }

    public static func organisationKindName(_ k: OrganisationKind) -> String { tr(k.polishName, k.englishName) }

    /// A task's holder in a narrow column: the officer, or "officer following it up / partner
    /// holding it" (the officer first, so a cut column still names them).
    public static func holderCell(_ holder: String?, _ officer: String) -> String { holder.map { officer + " / " + $0 } ?? officer }
    public static func heldBy(_ holder: String) -> String { tr("prowadzi: \(holder)", "held by \(holder)") }

    /// A support card in one line: "2026-11-10 Wydział Ruchu Drogowego KMP Kalisz: pomiar
    /// prędkości", and for an open request who was asked, when, and that it is still awaited.
    public static func supportLine(_ s: SupportReceived, in model: Model) -> String {
        let unit = model.organisationName(s.unit)
        if s.isOpen { return tr("\(unit): \(s.what) — prośba z \(s.day), jeszcze bez odpowiedzi", "\(unit): \(s.what) — asked on \(s.day), not yet given") }
        return "\(s.day) \(unit): \(s.what)"
    }
    /// What an open request asked for, marked as awaited.
    public static func supportAwaited(_ what: String) -> String { tr("\(what) (prośba, jeszcze bez odpowiedzi)", "\(what) (asked, not yet given)") }

    public static func dashSupportRequests(_ n: Int) -> String {
        tr("Prośby o wsparcie bez odpowiedzi (\(n))", "Support asked for, not yet given (\(n))")
    }

    /// Whom a contact was with: "Z udziałem: Rada Osiedla Dobrzec".
    public static func contactWith(_ name: String) -> String { tr("Z udziałem: \(name)", "With: \(name)") }
}

// MARK: Reading CSV files
extension L10n {
    static var csvNotUTF8: String {
        tr("wiersz nie jest zapisany w UTF-8; zapisz plik jako „CSV UTF-8”", "the line is not UTF-8; save the file as \"CSV UTF-8\"")
    }
    static var csvEmpty: String {
        tr("plik jest pusty; pierwszy wiersz ma zawierać nazwy kolumn", "the file is empty; its first line must name the columns")
    }
    static var csvEmptyColumnName: String { tr("kolumna bez nazwy w pierwszym wierszu", "a column without a name in the first line") }
    static func csvColumnTwice(_ c: String) -> String { tr("kolumna „\(c)” występuje dwa razy", "the column \"\(c)\" occurs twice") }
    static func csvUnknownColumn(_ c: String, _ known: [String]) -> String {
        tr("nieznana kolumna „\(c)”; dozwolone kolumny: \(known.joined(separator: ", "))",
           "unknown column \"\(c)\"; the columns allowed: \(known.joined(separator: ", "))")
    }
    static func csvMissingColumn(_ c: String) -> String { tr("brak kolumny „\(c)”", "the column \"\(c)\" is missing") }
    static func csvFieldCount(_ n: Int, _ header: Int) -> String {
        tr("\(n) \(plural(n, "pole", "pola", "pól")), a nagłówek ma \(header) \(plural(header, "kolumnę", "kolumny", "kolumn"))",
           "\(n) \(n == 1 ? "field" : "fields"), but the header has \(header) \(header == 1 ? "column" : "columns")")
    }
    static var csvQuoteNeverClosed: String {
        tr("cudzysłów otwarty w tym wierszu nie jest nigdzie zamknięty", "a quote opened on this line is never closed")
    }
    static var csvTextAfterQuote: String {
        tr("tekst po cudzysłowie zamykającym pole; cudzysłów wewnątrz pola trzeba podwoić (\"\")",
           "text after the quote that closes a field; a quote inside a field must be doubled (\"\")")
    }
    static var csvQuoteInField: String {
        tr("cudzysłów w środku pola; ujmij całe pole w cudzysłów, a cudzysłów wewnątrz podwój (\"\")",
           "a quote inside a field; put the whole field in quotes and double the quote inside (\"\")")
    }
}

// MARK: Importing a station's spreadsheets
extension L10n {
    static func importMissingValue(_ columns: [String]) -> String {
        tr("brak wartości w \(columns.count == 1 ? "kolumnie" : "kolumnach"): \(columns.joined(separator: ", "))",
           "no value in \(columns.count == 1 ? "the column" : "the columns") \(columns.joined(separator: ", "))")
    }
    static func importIDRepeated(_ id: String, _ line: Int) -> String {
        tr("identyfikator „\(id)” był już w wierszu \(line)", "the id \"\(id)\" was already on line \(line)")
    }
    static func importMemberRepeated(_ name: String, _ line: Int) -> String {
        tr("„\(name)” jest w tym zespole już w wierszu \(line)", "\"\(name)\" was already in this team on line \(line)")
    }
    public static func importBadGender(_ g: String) -> String {
        tr("płeć „\(g)”: wpisz f (kobieta) albo m (mężczyzna)", "gender \"\(g)\": write f (female) or m (male)")
    }
    public static func importBadRole(_ r: String) -> String {
        tr("rola „\(r)”: wpisz officer (funkcjonariusz) albo supervisor (kierownik)", "role \"\(r)\": write officer or supervisor")
    }
    public static func importBadMemberRole(_ r: String) -> String {
        tr("funkcja „\(r)”: wpisz jedną z: \(PartnerRole.allCases.map(\.rawValue).joined(separator: ", "))",
           "role \"\(r)\": write one of \(PartnerRole.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    static func importBadNumber(_ n: String) -> String {
        tr("numer rejonu „\(n)” nie jest liczbą dodatnią", "the beat number \"\(n)\" is not a positive number")
    }
    static func importBeatElsewhere(_ beat: String, _ known: String, _ given: String) -> String {
        tr("rejon „\(beat)” leży w dzielnicy „\(known)”, nie „\(given)”", "beat \"\(beat)\" is in district \"\(known)\", not \"\(given)\"")
    }
    static func importBeatDisagrees(_ beat: String, _ line: Int) -> String {
        tr("nazwa lub numer rejonu „\(beat)” inne niż w wierszu \(line)", "the name or number of beat \"\(beat)\" differs from line \(line)")
    }
    static func importNewBeatNeedsName(_ beat: String) -> String {
        tr("nowy rejon „\(beat)” potrzebuje nazwy (kolumna name)", "the new beat \"\(beat)\" needs a name (the name column)")
    }
    static func importUnknownOrganisation(_ o: String) -> String {
        tr("nie ma organizacji partnerskiej „\(o)”; dodaj ją: beat organisation add ID --name … --kind …",
           "there is no partner organisation \"\(o)\"; add it: beat organisation add ID --name … --kind …")
    }
    static func importUnknownNominator(_ n: String, _ team: String) -> String {
        tr("w zespole „\(team)” nie ma osoby „\(n)”, która miałaby wyznaczyć tę osobę",
           "team \"\(team)\" has no member \"\(n)\" to have nominated this one")
    }
    static func importNominatorLater(_ name: String) -> String {
        tr("osoba, która wyznaczyła „\(name)”, jest w pliku niżej; przenieś jej wiersz wyżej",
           "the member who nominated \"\(name)\" comes later in the file; move that row up")
    }
}

// MARK: Who may act
extension L10n {
    static func whoMay(_ supervisors: [String]) -> String {
        supervisors.isEmpty ? tr("nikt nie ma roli kierownika", "no one has the supervisor's role")
                            : supervisors.joined(separator: ", ")
    }
    static func cannotActAs(_ id: String, account: String, me: String?, supervisors: [String]) -> String {
        let who = me.map { tr("należy do „\($0)”", "belongs to officer \"\($0)\"") }
            ?? tr("nie jest kontem żadnego funkcjonariusza", "is no officer's login")
        return tr("Konto „\(account)” \(who); działać jako „\(id)” może tylko kierownik ze swojego konta (\(whoMay(supervisors))).",
                  "The account \"\(account)\" \(who); only a supervisor, from their own account, may act as \"\(id)\" (\(whoMay(supervisors))).")
    }
    public static func accountUnknown(_ account: String, supervisors: [String]) -> String {
        tr("Konto „\(account)” nie jest kontem żadnego funkcjonariusza, więc nie może niczego zapisać; konto przypisuje kierownik: beat officer edit ID --login \(account) (\(whoMay(supervisors))).",
           "The account \"\(account)\" is no officer's login, so it cannot change anything; a supervisor assigns logins: beat officer edit ID --login \(account) (\(whoMay(supervisors))).")
    }
    static func supervisorsOnly(_ supervisors: [String]) -> String {
        tr("Dzielnice, rejony, funkcjonariuszy, zespoły i organizacje, a także dane programu i dane policyjne zmienia tylko kierownik: \(whoMay(supervisors)).",
           "Districts, beats, officers, teams and organisations, the programme and police figures are changed by supervisors only: \(whoMay(supervisors)).")
    }
}

// MARK: The command line
extension L10n {
    public static func unknownPartnerOrOrganisation(_ t: String) -> String {
        tr("Nie ma członka zespołu ani organizacji partnerskiej „\(t)”. Sprawdź: beat team list, beat organisation list.",
           "There is no team member or partner organisation \"\(t)\". See: beat team list, beat organisation list.")
    }
    public static func badOrganisationKind(_ t: String) -> String {
        tr("Nieznany rodzaj organizacji „\(t)”. Dostępne: \(OrganisationKind.allCases.map(\.rawValue).joined(separator: ", ")).",
           "Unknown kind of organisation \"\(t)\". Use one of: \(OrganisationKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    }
    public static func badImportKind(_ t: String) -> String {
        tr("Nie wiadomo, co importować: „\(t)”; dostępne: officers, streets, members, figures, survey.",
           "Unknown import \"\(t)\"; use officers, streets, members, figures or survey.")
    }
}

// MARK: The station commands
extension L10n {
    /// What a station command adds or changes, for its messages.
    public enum RecordKind: Sendable {
        case district, beat, officer, team, member, organisation
    }

    static func recordName(_ k: RecordKind) -> (pl: String, plAcc: String, en: String) {
        switch k {
        case .district: return ("dzielnica", "dzielnicę", "district")
        case .beat: return ("rejon", "rejon", "beat")
        case .officer: return ("funkcjonariusz", "funkcjonariusza", "officer")
        case .team: return ("zespół", "zespół", "team")
        case .member: return ("członek zespołu", "członka zespołu", "team member")
        case .organisation: return ("organizacja partnerska", "organizację partnerską", "partner organisation")
        }
    }
    /// People are added to a list, not named by a noun of one gender: "Dodano do listy funkcjonariuszy: „id”".
    public static func recordAdded(_ k: RecordKind, _ id: String) -> String {
        switch k {
        case .officer: return tr("Dodano do listy funkcjonariuszy: „\(id)”.", "Added the officer \"\(id)\".")
        case .member: return tr("Dodano do zespołu: „\(id)”.", "Added the team member \"\(id)\".")
        default: return tr("Dodano \(recordName(k).plAcc) „\(id)”.", "Added the \(recordName(k).en) \"\(id)\".")
        }
    }
    public static func recordSaved(_ k: RecordKind, _ id: String) -> String {
        tr("Zapisano zmiany: „\(id)”.", "Saved the \(recordName(k).en) \"\(id)\".")
    }
    public static func alreadyExists(_ k: RecordKind, _ id: String) -> String {
        let edit: String
        switch k {
        case .district: edit = "beat district edit \(id)"
        case .beat: edit = "beat rejon edit \(id)"
        case .officer: edit = "beat officer edit \(id)"
        case .team: edit = "beat team edit \(id)"
        case .member: edit = "beat team member edit TEAM \(id)"
        case .organisation: edit = "beat organisation edit \(id)"
        }
        return tr("Identyfikator „\(id)” jest już zajęty (\(recordName(k).pl)); zmiany: \(edit).",
                  "The id \"\(id)\" is taken (\(recordName(k).en)); to change it: \(edit).")
    }
    public static var nothingToChange: String { tr("Nic do zmiany: dane są już takie.", "Nothing to change: the data is already so.") }
    public static func optionNeeded(_ option: String) -> String { tr("Brak opcji \(option).", "\(option) is needed.") }
    public static func streetNotInBeat(_ s: String, _ beat: String) -> String {
        tr("Rejon „\(beat)” nie ma ulicy „\(s)”.", "Beat \"\(beat)\" has no street \"\(s)\".")
    }
    public static func memberRemoved(_ m: String, _ team: String) -> String {
        tr("Usunięto „\(m)” z zespołu „\(team)”.", "Removed \"\(m)\" from team \"\(team)\".")
    }
    /// "mł. asp. Małgorzata Kaczmarek jest teraz nieaktywna; 5 niezakończonych zadań przejął st. asp. Łukasz Wiśniewski."
    public static func officerDeactivated(_ o: Officer, handover: Officer?, tasks: Int) -> String {
        let pl = "\(o.title) jest teraz \(gendered(o.gender, "nieaktywny", "nieaktywna"))"
        guard let h = handover, tasks > 0 else { return tr(pl + ".", "\(o.title) is now inactive.") }
        let what = "\(tasks) \(plural(tasks, "niezakończone zadanie", "niezakończone zadania", "niezakończonych zadań"))"
        return tr(pl + "; \(what) \(gendered(h.gender, "przejął", "przejęła")) \(h.title).",
                  "\(o.title) is now inactive; \(h.title) took over \(tasks) unfinished \(tasks == 1 ? "task" : "tasks").")
    }
    public static var colResidents: String { tr("Mieszkańcy", "Residents") }
    public static var colBeats: String { tr("Rejony", "Beats") }
    public static var colCity: String { tr("Miasto", "City") }
    public static var colNumber: String { tr("Nr", "No.") }
    public static var colRole: String { tr("Funkcja", "Role") }
    public static var colKind: String { tr("Rodzaj", "Kind") }
    public static var colStreets: String { tr("Ulice", "Streets") }

    public static func cannotReadInput(_ file: String) -> String {
        tr("Nie można odczytać pliku \(file): nie ma go albo brak uprawnień.", "Cannot read the file \(file): it is not there or not readable.")
    }
    public static var importNothingDone: String {
        tr("Niczego nie zaimportowano; popraw wskazane wiersze i spróbuj ponownie.", "Nothing was imported; fix the lines named and try again.")
    }
    public static func importNothingToChange(_ file: String) -> String {
        tr("\(file): nic do zmiany — magazyn ma już wszystko, co jest w pliku.", "\(file): nothing to change — the store already holds everything in it.")
    }
    static func importCount(_ kind: ImportKind, _ n: Int) -> String {
        switch kind {
        case .officers: return tr("\(n) \(plural(n, "funkcjonariusz", "funkcjonariuszy", "funkcjonariuszy"))", "\(n) \(n == 1 ? "officer" : "officers")")
        case .streets: return tr("\(n) \(plural(n, "rejon", "rejony", "rejonów"))", "\(n) \(n == 1 ? "beat" : "beats")")
        case .members: return tr("\(n) \(plural(n, "członek zespołu", "członków zespołów", "członków zespołów"))", "\(n) team \(n == 1 ? "member" : "members")")
        }
    }
    public static func importWouldChange(_ kind: ImportKind, _ n: Int) -> String {
        tr("Plik jest poprawny; import dodałby lub zmienił: \(importCount(kind, n)). Niczego nie zmieniono (--dry-run).",
           "The file is fine; importing it would add or change \(importCount(kind, n)). Nothing was changed (--dry-run).")
    }
    public static func imported(_ kind: ImportKind, _ n: Int, _ file: String) -> String {
        tr("Zaimportowano z \(file): \(importCount(kind, n)) (jeden wpis w dzienniku).",
           "Imported from \(file): \(importCount(kind, n)) (one journal entry).")
    }
    public static var supportNeedsUnitAndWhat: String {
        tr("Podaj jednostkę i zakres wsparcia: --unit ID --what OPIS (albo --given K dla prośby, której udzielono).",
           "Give the unit and what it gave: --unit ID --what TEXT (or --given K for a request that was granted).")
    }
    public static var supportGivenAlone: String {
        tr("--given nie łączy się z --unit, --what ani --requested.", "--given goes without --unit, --what and --requested.")
    }
    public static func supportRecorded(_ id: Int) -> String { tr("Zapisano wsparcie do zadania nr \(id).", "Recorded support for task \(id).") }
    public static func supportRequested(_ id: Int) -> String {
        tr("Zapisano prośbę o wsparcie do zadania nr \(id); widać ją na pulpicie, dopóki nie zostanie udzielone.",
           "Recorded a request for support for task \(id); the dashboard shows it until it is given.")
    }
    public static func supportGivenRecorded(_ id: Int, _ k: Int) -> String {
        tr("Zadanie nr \(id): prośbę nr \(k) o wsparcie spełniono.", "Task \(id): support request \(k) was given.")
    }
}

extension L10n {
    public static var chooseWhoYouAre: String {
        tr("Zmiany zapisuje się pod nazwiskiem: wybierz, kim jesteś (Esc: wyjście).",
           "Changes are recorded under a name: choose who you are (Esc: quit).")
    }
}

// MARK: A store shared by a group
extension L10n {
    static func unknownGroup(_ g: String) -> String {
        tr("Nie ma grupy „\(g)” w systemie; utwórz ją (groupadd \(g)) i dodaj do niej konta funkcjonariuszy (usermod -aG \(g) KONTO).",
           "There is no group \"\(g)\" on this system; create it (groupadd \(g)) and add the officers' accounts to it (usermod -aG \(g) ACCOUNT).")
    }
    static func cannotShare(_ folder: String, _ g: String, _ why: String) -> String {
        tr("Nie można oddać folderu \(folder) grupie „\(g)”: \(why). Konto tworzące magazyn musi należeć do tej grupy.",
           "Cannot give the folder \(folder) to the group \"\(g)\": \(why). The account creating the store must be in that group.")
    }
    static func readableByOthers(_ path: String, _ mode: String) -> String {
        tr("\(path): uprawnienia \(mode) pozwalają czytać osobom spoza grupy (dane osobowe); ustaw: chmod o-rwx \(path)",
           "\(path): permissions \(mode) let people outside the group read it (personal data); fix with: chmod o-rwx \(path)")
    }
    static func groupCannotWrite(_ path: String, _ mode: String, folder: Bool) -> String {
        let fix = folder ? "chmod g+rwxs" : "chmod g+rw"
        return tr("\(path): uprawnienia \(mode) nie pozwalają grupie zapisywać (magazyn wspólny); ustaw: \(fix) \(path)",
                  "\(path): permissions \(mode) do not let the group write (a shared store); fix with: \(fix) \(path)")
    }
    static func otherGroup(_ path: String, _ has: String, _ store: String) -> String {
        tr("\(path): należy do grupy „\(has)”, a magazyn do „\(store)”; ustaw: chgrp \(store) \(path)",
           "\(path): belongs to the group \"\(has)\", the store to \"\(store)\"; fix with: chgrp \(store) \(path)")
    }
}

extension L10n {
    public static var groupIsForFolders: String {
        tr("--group dotyczy magazynu w folderze; na serwerze PostgreSQL dostęp nadaje się rolami bazy.",
           "--group is for a store in a folder; on a PostgreSQL server, access is given by the database's roles.")
    }
    public static func sharedStoreCreated(_ p: String, _ g: String) -> String {
        tr("Utworzono magazyn w \(p), wspólny dla grupy „\(g)” (foldery 2770, pliki 0660).",
           "Created a store in \(p), shared by the group \"\(g)\" (folders 2770, files 0660).")
    }
}

// MARK: The interface
extension L10n {
    public static var holderLabel: String { tr("Prowadzi (partner)", "Held by (partner)") }
    public static var withLabel: String { tr("Z udziałem", "With") }
    public static func districtFromStreet(_ street: String, _ district: String) -> String {
        tr("Ulica \(street) leży w dzielnicy \(district): wpisano ją.", "\(street) is in \(district): the district was filled in.")
    }
}

extension L10n {
    public static var actionSupport: String { tr("Wsparcie", "Support") }
    public static var actionDeactivate: String { tr("Odejście", "Leaves") }
    public static func supportTitle(_ task: Int) -> String { tr("Wsparcie innej jednostki — zadanie nr \(task)", "Support from another unit — task \(task)") }
    public static func supportGivenTitle(_ task: Int, _ k: Int) -> String {
        tr("Prośba nr \(k) o wsparcie — zadanie nr \(task)", "Support request \(k) — task \(task)")
    }
    public static var newSupportCard: String { tr("Nowa karta wsparcia…", "A new support card…") }
    public static func requestGiven(_ line: String) -> String { tr("Udzielono: \(line)", "Given: \(line)") }
    public static var fieldUnitLabel: String { tr("Jednostka", "Unit") }
    public static var fieldSupportWhatLabel: String { tr("Zakres wsparcia", "What") }
    public static var fieldSupportStateLabel: String { tr("Stan", "State") }
    public static var fieldSupportGivenDayLabel: String { tr("Dzień udzielenia", "Day given") }
    public static var fieldDayLabel: String { tr("Data", "Day") }
    public static var supportStateGiven: String { tr("udzielone", "given") }
    public static var supportStateAsked: String { tr("prośba, jeszcze bez odpowiedzi", "asked for, not yet given") }
    public static var chooseUnit: String {
        tr("Wybierz jednostkę (organizacje partnerskie dodaje kierownik na ekranie 5).", "Choose the unit (a supervisor adds organisations on screen 5).")
    }
    public static var chooseSupportState: String {
        tr("Wybierz, czy wsparcia udzielono, czy to dopiero prośba.", "Choose whether the support was given or only asked for.")
    }
}

// MARK: Screen 5: the station
extension L10n {
    public static var sectionTeams: String { tr("Zespoły", "Teams") }
    public static var sectionOrganisations: String { tr("Organizacje", "Organisations") }
    public static var sectionOfficers: String { tr("Funkcjonariusze", "Officers") }
    public static var sectionBeats: String { tr("Rejony", "Beats") }
    public static var sectionDistricts: String { tr("Dzielnice", "Districts") }
    public static var noOrganisations: String { tr("Brak organizacji partnerskich; a — dodaj.", "No partner organisations; a — add one.") }
    public static var noOfficers: String { tr("Brak funkcjonariuszy; a — dodaj.", "No officers; a — add one.") }
    public static var noBeats: String { tr("Brak rejonów; a — dodaj.", "No beats; a — add one.") }
    public static var noDistricts: String { tr("Brak dzielnic; a — dodaj.", "No districts; a — add one.") }
    public static var loginLabel: String { tr("konto:", "login:") }
    public static func residentsCount(_ n: Int) -> String {
        tr("\(reportNumber(n)) \(plural(n, "mieszkaniec", "mieszkańców", "mieszkańców"))", "\(reportNumber(n)) residents")
    }
    public static func beatsCount(_ n: Int) -> String { tr("\(n) \(plural(n, "rejon", "rejony", "rejonów"))", "\(n) \(n == 1 ? "beat" : "beats")") }
    public static var addWhatTitle: String { tr("Co dodać?", "Add what?") }
    public static func newMemberOf(_ team: String) -> String { tr("Członka zespołu: \(team)", "A member of \(team)") }
    public static var newTeam: String { tr("Nowy zespół koordynacyjny", "A new coordination team") }
    public static func removeMemberQuestion(_ name: String) -> String {
        tr("Usunąć \(name) z zespołu?", "Remove \(name) from the team?")
    }
    public static var fieldIDLabel: String { tr("Identyfikator (puste: z nazwy)", "Id (empty: from the name)") }
    public static var fieldBeatNumberLabel: String { tr("Numer rejonu", "Beat number") }
    public static var fieldStreetsLabel: String { tr("Ulice (po jednej w wierszu)", "Streets (one a line)") }
    public static var fieldGenderLabel: String { tr("Płeć (do odmiany)", "Gender (for Polish)") }
    public static var fieldLoginLabel: String { tr("Konto w systemie", "Unix login") }
    public static func fieldHandoverLabel(_ open: Int) -> String {
        tr("Zadania (\(open)) przejmuje", "Taking over the tasks (\(open))")
    }
    public static var noBeat: String { tr("— (bez rejonu)", "— (no beat)") }
    public static var wholeCity: String { tr("— (całe miasto)", "— (the whole city)") }
    public static func editRecordTitle(_ name: String) -> String { tr("\(name) — edycja", "Edit \(name)") }
    public static var newDistrictTitle: String { tr("Nowa dzielnica", "New district") }
    public static var newBeatTitle: String { tr("Nowy rejon służbowy", "New beat") }
    public static var newOfficerTitle: String { tr("Nowy funkcjonariusz", "New officer") }
    public static var newOrganisationTitle: String { tr("Nowa organizacja partnerska", "New partner organisation") }
    public static var newTeamTitle: String { tr("Nowy zespół koordynacyjny", "New coordination team") }
    public static func deactivateTitle(_ officer: String) -> String { tr("Odejście: \(officer)", "Leaving: \(officer)") }
    public static func recordSavedNamed(_ name: String) -> String { tr("Zapisano: \(name).", "Saved: \(name).") }
    public static func notANumber(_ field: String, _ t: String) -> String {
        tr("Pole „\(field)”: „\(t)” nie jest liczbą.", "The field \"\(field)\": \"\(t)\" is not a number.")
    }
    public static var chooseOrganisationKind: String { tr("Wybierz rodzaj organizacji.", "Choose the kind of organisation.") }
    public static func chooseHandover(_ n: Int) -> String {
        tr("Wybierz, kto przejmie \(n) \(plural(n, "niezakończone zadanie", "niezakończone zadania", "niezakończonych zadań")).",
           "Choose who takes over the \(n) unfinished \(n == 1 ? "task" : "tasks").")
    }
    public static var fieldNameLabel: String { tr("Nazwa", "Name") }
}
