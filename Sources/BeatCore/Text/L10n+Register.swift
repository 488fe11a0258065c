extension L10n {
    // MARK: Police figures, surveys, the programme: names

    public static func figureKindName(_ k: PoliceFigureKind) -> String {
        switch k {
        case .intervention: return tr("interwencje", "interventions")
        case .offence: return tr("przestępstwa", "offences")
        case .misdemeanour: return tr("wykroczenia", "misdemeanours")
        case .call: return tr("zgłoszenia", "calls")
        }
    }

    public static func safetyAnswerName(_ a: SafetyAnswer) -> String {
        switch a {
        case .verySafe: return tr(a.polishName, "very safe")
        case .ratherSafe: return tr(a.polishName, "rather safe")
        case .ratherUnsafe: return tr(a.polishName, "rather unsafe")
        case .veryUnsafe: return tr(a.polishName, "very unsafe")
        case .hardToSay: return tr(a.polishName, "hard to say")
        }
    }

    public static func surveyQuestionName(_ q: SurveyQuestion) -> String {
        switch q {
        case .safety: return tr(SurveyQuestion.safetyPolish, SurveyQuestion.safetyEnglish)
        case .concerns: return tr(SurveyQuestion.concernsPolish, SurveyQuestion.concernsEnglish)
        case .other(let text): return text
        }
    }

    /// An answer as the reader knows it: a safety answer's or a category's name, else the text.
    public static func surveyAnswerName(_ q: SurveyQuestion, _ answer: String) -> String {
        switch q {
        case .safety: return SafetyAnswer(rawValue: answer).map(safetyAnswerName) ?? answer
        case .concerns: return ThreatCategory(rawValue: answer).map(categoryName) ?? answer
        case .other: return answer
        }
    }

    public static func themeName(_ t: PlanTheme) -> String {
        switch t {
        case .firstAid: return tr("pierwsza pomoc i sytuacje kryzysowe", "first aid and emergencies")
        case .safeSchool: return tr("bezpieczna szkoła", "safe school")
        case .roadSafety: return tr("bezpieczeństwo w ruchu drogowym", "road safety")
        case .publicSpace: return tr("bezpieczna przestrzeń publiczna (CPTED)", "safe public space (CPTED)")
        case .diagnosis: return tr("diagnoza", "diagnosis")
        }
    }

    // MARK: Rejected changes

    static func registerRejection(_ r: Rejection) -> String? {
        switch r {
        case .threatNothingToTakeBack(let id):
            return tr("Zagrożenie nr \(id) nie ma ostatniego kroku, który można by cofnąć do tego statusu.",
                      "Threat \(id) has no last step that goes back to that status.")
        case .threatStillUsed(let id, let plans):
            let named = plans.map { "nr \($0)" }.joined(separator: ", ")
            return plans.isEmpty
                ? tr("Zagrożenia nr \(id) nie usunięto: jego status był już zmieniany.", "Threat \(id) was not removed: its status has changed since.")
                : tr("Zagrożenia nr \(id) nie usunięto: wskazują je plany (\(named)).", "Threat \(id) was not removed: plans name it (\(named)).")
        case .figuresMonthTwice:
            return tr("Ten sam miesiąc podano w imporcie dwa razy.", "The import names a month twice.")
        case .figuresReplaceMismatch(let months):
            let list = months.map(\.description).joined(separator: ", ")
            return months.isEmpty
                ? tr("Import podaje miesiące do zastąpienia, a żadnego z nich nie ma jeszcze w magazynie; nic nie zaimportowano.",
                     "The import names months to replace, but the store holds none of them yet; nothing was imported.")
                : tr("Import nie wskazuje dokładnie miesięcy, które zastępuje (w magazynie są już: \(list)); nic nie zaimportowano.",
                     "The import does not name exactly the months it replaces (the store holds: \(list)); nothing was imported.")
        case .figureOutsideMonths(let m):
            return tr("Dane z miesiąca \(m) nie należą do importowanych miesięcy.", "Figures for \(m) are not of the months imported.")
        case .figureRepeated(let m, let d, let b, let c, let k):
            let place = d + (b.map { tr(", rejon ", ", beat ") + $0 } ?? "")
            return tr("Dane za \(m) (\(place), \(categoryName(c)), \(figureKindName(k))) podano dwa razy.",
                      "The figure for \(m) (\(place), \(categoryName(c)), \(figureKindName(k))) is given twice.")
        case .unknownSurvey(let id):
            return tr("Nie ma badania nr \(id). Sprawdź listę: beat survey list.", "There is no survey round \(id). See: beat survey list.")
        case .surveyRoundTwice(let d, let day):
            return tr("Badanie w dzielnicy „\(d)” z dnia \(day) podano dwa razy.", "The survey in district \"\(d)\" on \(day) is given twice.")
        case .surveyRoundExists(let d, let day, let id):
            return tr("W dzielnicy „\(d)” jest już badanie z dnia \(day) (nr \(id)); zastąpienie trzeba wskazać (beat survey add --replace).",
                      "District \"\(d)\" already has a survey on \(day) (number \(id)); replacing it must be asked for (beat survey add --replace).")
        case .surveyNoRespondents:
            return tr("Badanie musi mieć co najmniej jednego respondenta.", "A survey round needs at least one respondent.")
        case .unknownSurveyAnswer(let q, let a):
            switch q {
            case .safety:
                let allowed = SafetyAnswer.allCases.map { "„\(safetyAnswerName($0))” (\($0.rawValue))" }.joined(separator: ", ")
                return tr("Nieznana odpowiedź „\(a)” na pytanie o poczucie bezpieczeństwa; dostępne: \(allowed).",
                          "Unknown answer \"\(a)\" to the safety question; use one of: \(allowed).")
            default:
                return tr("Nieznana kategoria zagrożenia „\(a)” wśród głównych problemów.", "Unknown threat category \"\(a)\" among the main concerns.")
            }
        case .surveyAnswerTwice(let q, let a):
            return tr("Odpowiedź „\(surveyAnswerName(q, a))” na pytanie „\(surveyQuestionName(q))” podano dwa razy.",
                      "The answer \"\(surveyAnswerName(q, a))\" to \"\(surveyQuestionName(q))\" is given twice.")
        case .surveyCountAboveRespondents(let q, let a, let n, let r):
            if let a {
                return tr("Odpowiedź „\(surveyAnswerName(q, a))” na pytanie „\(surveyQuestionName(q))”: \(n) — więcej niż respondentów (\(r)).",
                          "The answer \"\(surveyAnswerName(q, a))\" to \"\(surveyQuestionName(q))\": \(n), more than the respondents (\(r)).")
            }
            return tr("Odpowiedzi na pytanie o poczucie bezpieczeństwa: razem \(n) — więcej niż respondentów (\(r)).",
                      "Answers to the safety question: \(n) in all, more than the respondents (\(r)).")
        default:
            return nil
        }
    }

    static func fieldName(_ f: Rejection.Field) -> String? {
        switch f {
        case .count: return tr("liczba", "count")
        case .respondents: return tr("liczba respondentów", "respondents")
        case .question: return tr("pytanie", "question")
        case .answer: return tr("odpowiedź", "answer")
        case .signatory: return tr("sygnatariusz", "signatory")
        default: return nil
        }
    }
}

extension L10n {
    // MARK: The audit log

    static func logRevertThreatStatus(_ g: Gender?, _ id: Int, _ s: ThreatStatus) -> String {
        tr("\(gendered(g, "cofnął", "cofnęła")) status zagrożenia nr \(id) do „\(threatStatusName(s))”", "took threat \(id) back to \"\(threatStatusName(s))\"")
    }
    static func logRemoveThreat(_ g: Gender?, _ id: Int) -> String {
        tr("\(gendered(g, "usunął", "usunęła")) zagrożenie nr \(id)", "removed threat \(id)")
    }
    static func logImportFigures(_ g: Gender?, _ f: FiguresImport) -> String {
        let months = f.months.isEmpty ? "—" : MonthRange(from: f.months.first!, to: f.months.last!).description
        let n = f.figures.count
        let replaced = f.replaces.isEmpty ? "" : tr("; zastąpione miesiące: ", "; replaced: ") + f.replaces.map(\.description).joined(separator: ", ")
        return tr("\(gendered(g, "zaimportował", "zaimportowała")) dane policyjne z pliku \(f.file): \(months), \(n) \(plural(n, "pozycja", "pozycje", "pozycji"))",
                  "imported police figures from \(f.file): \(months), \(n) \(n == 1 ? "line" : "lines")") + replaced
    }
    static func logRecordSurveys(_ g: Gender?, _ r: SurveyRecording, districtName: (String) -> String) -> String {
        let rounds = r.rounds.map { "\(districtName($0.district)), \($0.day), \($0.respondents) " + respondentsWord($0.respondents) }
        let replaced = r.rounds.compactMap(\.replaces)
        let from = r.file.map { tr(" z pliku ", " from ") + $0 } ?? ""
        return tr("\(gendered(g, "zapisał", "zapisała")) wyniki badania poczucia bezpieczeństwa\(from) (\(rounds.joined(separator: "; ")))",
                  "recorded survey results\(from) (\(rounds.joined(separator: "; ")))")
            + (replaced.isEmpty ? "" : tr("; zastąpione badania: ", "; replaced survey rounds: ") + replaced.map { "nr \($0)" }.joined(separator: ", "))
    }
    static func logRemoveSurvey(_ g: Gender?, _ id: Int) -> String {
        tr("\(gendered(g, "usunął", "usunęła")) badanie nr \(id)", "removed survey round \(id)")
    }
    static func logPutProgramme(_ g: Gender?, _ name: String) -> String {
        tr("\(gendered(g, "zapisał", "zapisała")) dane programu „\(name)”", "saved the programme \"\(name)\"")
    }

    static func respondentsWord(_ n: Int) -> String { tr(plural(n, "respondent", "respondentów", "respondentów"), n == 1 ? "respondent" : "respondents") }
}

extension L10n {
    // MARK: Police figures and surveys as evidence

    public static var evidencePolice: String { tr("Dane policyjne w kategorii planu", "Police figures in the plan's category") }
    public static var evidencePoliceDistrict: String { tr("Dane policyjne w dzielnicy", "Police figures in the district") }
    public static var evidencePoliceMonths: String { tr("Miesiące danych policyjnych", "Months of police figures") }
    public static var evidenceSurvey: String { tr("Poczucie bezpieczeństwa", "Sense of safety") }
    public static var evidenceConcerns: String { tr("Główne problemy w badaniach", "Main concerns in the surveys") }

    /// `2026-09 – 2026-11 wobec 2026-06 – 2026-08; brak danych za: 2026-07`
    public static func evidencePoliceMonthsLine(_ p: PoliceEvidence) -> String {
        tr("\(p.months) wobec \(p.before)", "\(p.months) against \(p.before)")
            + (p.missing.isEmpty ? "" : tr("; brak danych za: ", "; no figures for: ") + p.missing.map(\.description).joined(separator: ", "))
    }

    /// `interwencje 12 wobec 18 (−6, −33%); wykroczenia …` — the kinds with any figure; else „brak”.
    public static func evidencePoliceCounts(_ counts: [KindCount]) -> String {
        let shown = counts.filter { $0.now > 0 || $0.before > 0 }
        guard !shown.isEmpty else { return tr("brak zdarzeń w obu okresach", "none in either period") }
        return shown.map { figureKindName($0.kind) + " " + evidenceCount($0.count) }.joined(separator: "; ")
    }

    /// A survey round in brackets: `badanie nr 3, 2026-11-20, 130 respondentów`.
    static func surveyRoundRef(_ s: SurveySummary) -> String {
        tr("badanie nr \(s.round), \(s.day), \(s.respondents) \(respondentsWord(s.respondents))",
           "survey \(s.round), \(s.day), \(s.respondents) \(respondentsWord(s.respondents))")
    }

    /// `62% (badanie nr 1, …) → 70% (badanie nr 3, …): +8 pkt proc.`
    public static func evidenceSurveyLine(_ e: SurveyEvidence) -> String {
        func side(_ s: SurveySummary?, missing: String) -> String {
            guard let s else { return missing }
            let share = s.feelSafeShare.map { tr("\($0)% czuje się bezpiecznie", "\($0)% feel safe") } ?? tr("nie pytano o poczucie bezpieczeństwa", "the safety question was not asked")
            return share + " (" + surveyRoundRef(s) + ")"
        }
        let before = side(e.before, missing: tr("brak badania przed planem", "no survey before the plan"))
        let after = side(e.after, missing: tr("brak badania od początku planu", "no survey since the plan began"))
        let change = e.feelSafeChange.map { ": " + signed($0) + tr(" pkt proc.", " percentage points") } ?? ""
        return before + " → " + after + change
    }

    /// `spożywanie alkoholu …: 1. → 2. (40 → 22); …` — at most `limit` concerns.
    public static func evidenceConcernsLine(_ e: SurveyEvidence, limit: Int = 5) -> String? {
        let list = e.concerns.prefix(limit)
        guard !list.isEmpty else { return nil }
        func rank(_ r: Int?) -> String { r.map { "\($0)." } ?? "—" }
        func count(_ n: Int?) -> String { n.map(String.init) ?? "—" }
        return list.map { c in
            categoryName(c.category) + ": " + rank(c.rankBefore) + " → " + rank(c.rankAfter) + " (" + count(c.before) + " → " + count(c.after) + ")"
        }.joined(separator: "; ")
    }
}

extension L10n {
    // MARK: Printouts

    public static var reportColKind: String { tr("Rodzaj", "Kind") }
    public static var reportColCount: String { tr("Liczba", "Count") }
    static var reportColBefore: String { tr("Wcześniej", "Before") }
    static var reportColPer1000Before: String { tr("Wcześniej na 1000 mieszk.", "Before, per 1,000 res.") }
    static var reportColChange: String { tr("Zmiana", "Change") }
    static var reportNoPolice: String { tr("Brak danych policyjnych.", "No police figures.") }
    static func reportPoliceHeading(_ months: MonthRange, before: MonthRange?) -> String {
        tr("Dane policyjne: \(months)", "Police figures: \(months)") + (before.map { tr(" wobec \($0)", " against \($0)") } ?? "")
    }
    static func reportPoliceMissing(_ months: [Month]) -> String {
        tr("Brak danych policyjnych za: \(months.map(\.description).joined(separator: ", ")) (liczone jako zero).",
           "No police figures for: \(months.map(\.description).joined(separator: ", ")) (counted as none).")
    }
    public static var reportColSurveyDay: String { tr("Data badania", "Survey day") }
    public static var reportColRespondents: String { tr("Respondenci", "Respondents") }
    public static var reportColFeelSafe: String { tr("Czuje się bezpiecznie", "Feel safe") }
    static var reportNoSurveys: String { tr("Brak badań poczucia bezpieczeństwa.", "No surveys of the sense of safety.") }
    static var reportLatestSurveysHeading: String { tr("Ostatnie badanie poczucia bezpieczeństwa", "The latest survey of the sense of safety") }
}

extension L10n {
    // MARK: The programme

    static var reportPurposeProgramme: String {
        tr("program: podsumowanie pilotażu dla miasta i komendanta — plany według wyniku i obszaru, zadania, zagrożenia, kontakty i dane policyjne na 1000 mieszkańców, zmiana poczucia bezpieczeństwa",
           "programme: the pilot summed up for the city and the commander — plans by outcome and theme, tasks, threats, contacts and police figures per 1,000 residents, the change in the sense of safety")
    }
    static var reportTitleProgramme: String { tr("Podsumowanie programu", "The programme summed up") }
    static var reportProgramme: String { tr("Program", "Programme") }
    static var reportNoProgramme: String { tr("(nie zapisano danych programu: beat programme set)", "(no programme recorded: beat programme set)") }
    public static var reportTheme: String { tr("Obszar", "Theme") }
    static var reportNoTheme: String { tr("(bez obszaru)", "(no theme)") }
    static var reportAgreement: String { tr("Porozumienie z dnia", "Agreement of") }
    static var reportSignatories: String { tr("Sygnatariusze", "Signatories") }
    static var reportPilot: String { tr("Pilotaż", "Pilot") }
    static var reportDecision: String { tr("Decyzja o kontynuacji", "Decision to continue") }
    static var reportNoDecision: String { tr("jeszcze nie podjęto", "not yet taken") }
    public static func programmeDecision(_ d: ProgrammeDecision) -> String {
        (d.continues ? tr("program jest kontynuowany", "the programme continues") : tr("program kończy się z pilotażem", "the programme ends with the pilot"))
            + " (" + d.day.description + ")" + (d.note.isEmpty ? "" : ": " + d.note)
    }
    static var reportColPlans: String { tr("Plany", "Plans") }
    static var reportColPlansOpen: String { tr("Niezamknięte", "Not closed") }
    static var reportPlansByOutcome: String { tr("Plany według wyniku", "Plans by outcome") }
    static var reportPlansByTheme: String { tr("Plany według obszaru", "Plans by theme") }
    static var reportPlanTasks: String { tr("Zadania planów", "The plans' tasks") }
    static var reportColThreats: String { tr("Zagrożenia", "Threats") }
    static var reportNoThreats: String { tr("Nie zarejestrowano zagrożeń w tym okresie.", "No threats registered in this period.") }
    static var reportThreatsByStatus: String { tr("Zagrożenia zarejestrowane w okresie, według statusu", "Threats registered in the period, by status") }
    static func reportContactsPer1000(_ from: Day, _ to: Day) -> String {
        tr("Kontakty z mieszkańcami na 1000 mieszkańców (wcześniej: \(reportPeriod(from, to)))",
           "Contacts with residents per 1,000 residents (before: \(reportPeriod(from, to)))")
    }
    static var reportColSurveyBefore: String { tr("Badanie przed", "Survey before") }
    static var reportColSurveyAfter: String { tr("Badanie po", "Survey after") }
    static var reportColFeelSafeBefore: String { tr("Bezpiecznie przed", "Safe before") }
    static var reportColFeelSafeAfter: String { tr("Bezpiecznie po", "Safe after") }
    static var reportColChangePoints: String { tr("Zmiana (pkt proc.)", "Change (points)") }
    static var reportColConcernsBefore: String { tr("Główne problemy przed", "Main concerns before") }
    static var reportColConcernsAfter: String { tr("Główne problemy po", "Main concerns after") }
    static var reportSurveyChange: String { tr("Poczucie bezpieczeństwa mieszkańców", "Residents' sense of safety") }
    static var reportSurveyChangeNote: String {
        tr("Przed: ostatnie badanie przed okresem; po: pierwsze po nim, a gdy go nie ma — ostatnie w okresie. „Bezpiecznie”: odpowiedzi „bardzo” i „raczej bezpiecznie” wśród odpowiadających na to pytanie; zmiana w punktach procentowych.",
           "Before: the last survey before the period; after: the first after it, or when there is none, the latest in it. \"Safe\": the answers \"very\" and \"rather safe\" among those who answered that question; the change in percentage points.")
    }
}

extension L10n {
    // MARK: The command line

    public static func badTheme(_ t: String) -> String {
        let all = PlanTheme.allCases.map { "\($0.rawValue) (\(themeName($0)))" }.joined(separator: ", ")
        return tr("Nieznany obszar „\(t)”. Dostępne: \(all).", "Unknown theme \"\(t)\". Use one of: \(all).")
    }
    public static func surveyBadAnswer(_ option: String, _ text: String) -> String {
        tr("\(option): „\(text)” nie ma postaci ODPOWIEDŹ=LICZBA (przy --answer: PYTANIE=ODPOWIEDŹ=LICZBA).",
           "\(option): \"\(text)\" is not of the form ANSWER=COUNT (for --answer: QUESTION=ANSWER=COUNT).")
    }
    public static func surveyAdded(_ r: SurveyRound, replaced: Int?) -> String {
        tr("Zapisano badanie nr \(r.id) (\(r.day), \(r.respondents) \(respondentsWord(r.respondents)))",
           "Survey round \(r.id) recorded (\(r.day), \(r.respondents) \(respondentsWord(r.respondents)))")
            + (replaced.map { tr("; zastąpiło badanie nr \($0).", "; it replaces round \($0).") } ?? ".")
    }
    public static func surveyRemoved(_ id: Int) -> String { tr("Usunięto badanie nr \(id).", "Survey round \(id) removed.") }
    public static func surveyCount(_ n: Int) -> String {
        tr("\(n) \(plural(n, "badanie", "badania", "badań")).", "\(n) survey \(n == 1 ? "round" : "rounds").")
    }
    public static func surveyTitle(_ id: Int, _ district: String, _ day: Day) -> String {
        tr("Badanie nr \(id) — \(district), \(day)", "Survey round \(id) — \(district), \(day)")
    }
    public static var surveyNoteLabel: String { tr("Opis", "Note") }
    public static func surveyFeelSafeLine(_ share: Int) -> String {
        tr("Czuje się bezpiecznie (bardzo lub raczej): \(share)% odpowiadających.", "Feel safe (very or rather): \(share)% of those who answered.")
    }
}

extension L10n {
    public static var programmeNeedsName: String {
        tr("Nie zapisano jeszcze programu: podaj jego nazwę (--name).", "No programme is recorded yet: give its name (--name).")
    }
    public static var programmeDecisionNeeded: String {
        tr("Podaj decyzję: --continues (program trwa dalej) albo --ends (kończy się z pilotażem).",
           "Give the decision: --continues (the programme goes on) or --ends (it ends with the pilot).")
    }
    public static func programmeSaved(_ name: String) -> String { tr("Zapisano dane programu „\(name)”.", "The programme \"\(name)\" saved.") }
    public static var programmeNone: String { tr("Nie zapisano danych programu (beat programme set --name …).", "No programme recorded (beat programme set --name …).") }
    public static var programmeAgreedLabel: String { tr("Porozumienie z dnia", "Agreement of") }
    public static var programmeSignatoriesLabel: String { tr("Sygnatariusze", "Signatories") }
    public static var programmePilotLabel: String { tr("Pilotaż", "Pilot") }
    public static var programmeDecisionLabel: String { tr("Decyzja", "Decision") }
    public static var programmeNoDecision: String { tr("jeszcze nie podjęto", "not yet taken") }
    public static var colMonth: String { tr("Miesiąc", "Month") }
    public static func figuresCount(_ n: Int, months: [Month]) -> String {
        tr("\(n) \(plural(n, "pozycja", "pozycje", "pozycji")) z \(months.count) \(plural(months.count, "miesiąca", "miesięcy", "miesięcy")).",
           "\(n) \(n == 1 ? "line" : "lines") from \(months.count) \(months.count == 1 ? "month" : "months").")
    }
}

extension L10n {
    public static func planThemeSet(_ id: Int, _ t: PlanTheme?) -> String {
        t.map { tr("Plan nr \(id): obszar „\(themeName($0))”.", "Plan \(id): theme \"\(themeName($0))\".") }
            ?? tr("Plan nr \(id): bez obszaru.", "Plan \(id): no theme.")
    }
}

extension L10n {
    // MARK: Imports of figures and surveys

    static func importBadMonth(_ t: String) -> String {
        tr("miesiąc „\(t)”: wpisz w postaci RRRR-MM (np. 2026-09)", "month \"\(t)\": write it as YYYY-MM (e.g. 2026-09)")
    }
    static func importBadDay(_ t: String) -> String {
        tr("dzień „\(t)”: wpisz w postaci RRRR-MM-DD", "day \"\(t)\": write it as YYYY-MM-DD")
    }
    static func importBadFigureKind(_ t: String) -> String {
        let all = PoliceFigureKind.allCases.map { "\($0.rawValue) (\(figureKindName($0)))" }.joined(separator: ", ")
        return tr("rodzaj „\(t)”: wpisz jeden z: \(all)", "kind \"\(t)\": write one of \(all)")
    }
    static func importBadCount(_ t: String) -> String {
        tr("„\(t)” nie jest liczbą całkowitą nieujemną", "\"\(t)\" is not a whole number of zero or more")
    }
    static func importRowRepeats(_ line: Int) -> String {
        tr("ta sama pozycja co w wierszu \(line)", "the same item as line \(line)")
    }
    static func importRespondentsDiffer(_ n: Int, _ line: Int) -> String {
        tr("inna liczba respondentów niż w wierszu \(line) tego samego badania (\(n))",
           "respondents differ from line \(line) of the same round (\(n))")
    }
    public static func importFiguresWould(_ f: FiguresImport) -> String {
        let n = f.figures.count
        return tr("Plik jest poprawny; import wczytałby \(n) \(plural(n, "pozycję", "pozycje", "pozycji")) za \(monthsText(f.months))",
                  "The file is fine; importing it would load \(n) \(n == 1 ? "line" : "lines") for \(monthsText(f.months))")
            + replacedText(f.replaces) + tr(". Niczego nie zmieniono (--dry-run).", ". Nothing was changed (--dry-run).")
    }
    public static func importedFigures(_ f: FiguresImport) -> String {
        let n = f.figures.count
        return tr("Zaimportowano dane policyjne z \(f.file): \(n) \(plural(n, "pozycja", "pozycje", "pozycji")) za \(monthsText(f.months))",
                  "Imported police figures from \(f.file): \(n) \(n == 1 ? "line" : "lines") for \(monthsText(f.months))")
            + replacedText(f.replaces) + tr(" (jeden wpis w dzienniku).", " (one journal entry).")
    }
    public static func importSurveyWould(_ r: SurveyRecording) -> String {
        let n = r.rounds.count, replaced = r.rounds.filter { $0.replaces != nil }.count
        return tr("Plik jest poprawny; import zapisałby \(n) \(plural(n, "badanie", "badania", "badań"))", "The file is fine; importing it would record \(n) survey \(n == 1 ? "round" : "rounds")")
            + (replaced > 0 ? tr(", w tym zastąpione: \(replaced)", ", \(replaced) of them replacing rounds recorded") : "")
            + tr(". Niczego nie zmieniono (--dry-run).", ". Nothing was changed (--dry-run).")
    }
    public static func importedSurvey(_ r: SurveyRecording) -> String {
        let n = r.rounds.count
        let replaced = r.rounds.compactMap(\.replaces)
        return tr("Zaimportowano z \(r.file ?? "—"): \(n) \(plural(n, "badanie", "badania", "badań"))", "Imported from \(r.file ?? "—"): \(n) survey \(n == 1 ? "round" : "rounds")")
            + (replaced.isEmpty ? "" : tr("; zastąpione badania: ", "; replaced rounds: ") + replaced.map { "nr \($0)" }.joined(separator: ", "))
            + tr(" (jeden wpis w dzienniku).", " (one journal entry).")
    }
    static func monthsText(_ months: [Month]) -> String {
        months.count > 2 && months.first!.months(to: months.last!) == months.count - 1
            ? MonthRange(from: months.first!, to: months.last!).description : months.map(\.description).joined(separator: ", ")
    }
    static func replacedText(_ months: [Month]) -> String {
        months.isEmpty ? "" : tr("; zastąpione miesiące: ", "; months replaced: ") + monthsText(months)
    }
}

extension L10n {
    // MARK: Surveys in the interface (screen 4, section „Badania”)

    public static var sectionSurveys: String { tr("Badania", "Surveys") }
    public static var surveyAddTitle: String { tr("Nowe badanie poczucia bezpieczeństwa", "New survey of residents' sense of safety") }
    public static func surveySafetyFieldLabel(_ a: SafetyAnswer) -> String {
        tr("„" + safetyAnswerName(a) + "”", "\"" + safetyAnswerName(a) + "\"")
    }
    public static var surveyConcernsFieldLabel: String { tr("Główne problemy: kategoria=liczba", "Main concerns: category=count") }
    public static var surveyReplacesLabel: String { tr("Zastępuje badanie z tego dnia", "Replaces that day's round") }
    public static var surveyChooseDistrict: String { tr("Wybierz dzielnicę badania.", "Choose the survey's district.") }
    public static var surveyDayNeeded: String { tr("Wpisz dzień badania.", "Enter the survey's day.") }
    public static func surveyCountNeeded(_ label: String) -> String {
        tr("\(label): wpisz liczbę całkowitą, zero lub więcej.", "\(label): enter a whole number, zero or more.")
    }
    public static var surveyRespondentsNeeded: String {
        tr("Wpisz liczbę respondentów (co najmniej 1).", "Enter the number of respondents (at least 1).")
    }
    public static func surveyBadConcern(_ part: String) -> String {
        tr("„\(part)”: wpisz kategorię i liczbę, np. „spożywanie alkoholu w miejscach niedozwolonych=120”.",
           "\"\(part)\": write a category and a count, e.g. \"vandalism=40\".")
    }
    public static func surveyRecorded(_ district: String, _ day: Day) -> String {
        tr("Zapisano badanie: \(district), \(day).", "Survey round recorded: \(district), \(day).")
    }
    public static func noSurveys(add: String) -> String { tr("Brak badań (\(add) — nowe).", "No surveys (\(add): new).") }
    public static func respondentsCount(_ n: Int) -> String { "\(n) " + respondentsWord(n) }
    public static func feelSafeShort(_ share: Int) -> String { tr("bezpiecznie \(share)%", "safe \(share)%") }
}
