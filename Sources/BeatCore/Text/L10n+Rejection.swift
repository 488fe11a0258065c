/// The catalogue, continued: a rejected change as a sentence.
extension L10n {
    /// Why a change was refused, in the current language.
    public static func rejection(_ r: Rejection) -> String {
        switch r {
        case .unknownOfficer(let id): return unknownOfficer(id)
        case .inactiveOfficer(let id): return inactiveOfficer(id)
        case .unknownDistrict(let id): return unknownDistrict(id)
        case .unknownBeat(let id): return unknownBeat(id)
        case .beatNotInDistrict(let beat, let district): return beatNotInDistrict(beat, district)
        case .unknownTeam(let id): return unknownTeam(id)
        case .unknownPartner(let id): return unknownPartner(id)
        case .partnerNotInTeam(let id, let district): return partnerNotInTeam(id, district)
        case .nominatorMissing(let id): return nominatorMissing(id)
        case .unknownPlan(let id): return unknownPlan(id)
        case .planClosed(let id): return planClosed(id)
        case .planAlreadyClosed(let id): return planAlreadyClosed(id)
        case .planCloseNeedsEvaluation(let id): return planCloseNeedsEvaluation(id)
        case .planNotClosed(let id): return planNotClosed(id)
        case .unknownThreat(let id):
            return tr("Nie ma zagrożenia nr \(id). Sprawdź listę: beat threat list.", "There is no threat \(id). See: beat threat list.")
        case .threatTransitionNotAllowed(let id, let from, let to):
            let allowed = from.next.map { "„" + threatStatusName($0) + "” (" + $0.rawValue + ")" }.joined(separator: ", ")
            return from.next.isEmpty
                ? tr("Zagrożenie nr \(id) ma status „\(threatStatusName(from))”, po którym nie ma już kolejnego; nie zmieniono go na „\(threatStatusName(to))”.",
                     "Threat \(id) is \"\(threatStatusName(from))\", which has no next status; it was not changed to \"\(threatStatusName(to))\".")
                : tr("Zagrożenia nr \(id) nie można zmienić ze statusu „\(threatStatusName(from))” na „\(threatStatusName(to))”; dozwolone: \(allowed).",
                     "Threat \(id) cannot go from \"\(threatStatusName(from))\" to \"\(threatStatusName(to))\"; allowed: \(allowed).")
        case .threatReportedInFuture(let d):
            return tr("Dzień zgłoszenia \(d) jest w przyszłości.", "The day reported, \(d), is in the future.")
        case .anonymousThreatNamesResident(let id):
            return tr("Kontakt nr \(id) zawiera dane mieszkańca lub ponowny kontakt, a zgłoszenie anonimowe nie może ich mieć.",
                      "Contact \(id) holds a resident's data or a follow-up; an anonymous report carries neither.")
        case .evidenceNotThePlans(let id):
            return tr("Dane dołączone do oceny nie pasują do planu nr \(id) (okres albo liczby); oceny nie zapisano.",
                      "The figures given with the evaluation do not fit plan \(id) (period or counts); the evaluation was not saved.")
        case .planDistrictMismatch(let plan, let district): return planDistrictMismatch(plan, district)
        case .planStillLinked(let id, let tasks, let meetings): return planStillLinked(id, tasks: tasks, meetings: meetings)
        case .periodInverted(let start, let end): return periodInverted(start, end)
        case .dueBeforePlanStart(let due, let start): return dueBeforePlanStart(due, start)
        case .dueAfterPlanEnd(let due, let end): return dueAfterPlanEnd(due, end)
        case .planNotDraft(let p): return planNotDraft(p)
        case .nextMeetingNotAfter(let next, let day): return nextMeetingNotAfter(next, day)
        case .nextPlanTooEarly(let start, let plan, let oldStart): return nextPlanTooEarly(start, plan, oldStart)
        case .unknownTask(let id): return unknownTask(id)
        case .taskClosedForEdit(let id): return taskClosedForEdit(id)
        case .taskStillLinked(let id, let contacts, let meetings, let continuations):
            return taskStillLinked(id, contacts: contacts, meetings: meetings, continuations: continuations)
        case .taskListedTwice: return taskListedTwice
        case .taskNotOfPlan(let task, let plan): return taskNotOfPlan(task, plan)
        case .taskNotOpenToCarry(let task, let status): return taskNotOpenToCarry(task, status)
        case .taskLinkedToMeetingMismatch(let id): return taskLinkedToMeetingMismatch(id)
        case .reasonRequired(let status): return reasonRequired(status)
        case .sameStatus(let id, let status): return sameStatus(id, status)
        case .transitionNotAllowed(let id, let from, let to): return transitionNotAllowed(id, from, to)
        case .unknownNote(let task, let index): return unknownNote(task, index)
        case .unknownContact(let id): return unknownContact(id)
        case .contactInFuture(let t): return contactInFuture(t)
        case .followUpBeforeContact(let f, let d): return followUpBeforeContact(f, d)
        case .unknownMeeting(let id): return unknownMeeting(id)
        case .meetingClosuresFixed(let id): return meetingClosuresFixed(id)
        case .notAPseudonym(let s): return notAPseudonym(s)
        case .empty(let f): return empty(field(f))
        case .tooLong(let f, let limit, let actual): return tooLong(field(f), limit, actual)
        case .tooMany(let f, let limit, let actual): return tooMany(field(f), limit, actual)
        case .negative(let f): return negative(field(f))
        case .numberOutOfRange(let n): return numberOutOfRange(n)
        case .badID(let id): return badID(id)
        case .duplicateID(let kind, let id): return duplicateID(kind, id)
        case .threatNothingToTakeBack, .threatStillUsed, .figuresMonthTwice, .figuresReplaceMismatch, .figureOutsideMonths, .figureRepeated,
             .unknownSurvey, .surveyRoundTwice, .surveyRoundExists, .surveyNoRespondents, .unknownSurveyAnswer, .surveyAnswerTwice,
             .surveyCountAboveRespondents:
            return registerRejection(r) ?? ""
        case .unknownOrganisation(let id): return unknownOrganisation(id)
        case .streetInOtherBeat(let street, let beat): return streetInOtherBeat(street, beat)
        case .streetListedTwice(let street): return streetListedTwice(street)
        case .beatNumberTaken(let n, let district, let beat): return beatNumberTaken(n, district, beat)
        case .loginTaken(let login, let officer): return loginTaken(login, officer)
        case .badLogin(let login): return badLogin(login)
        case .handoverNeeded(let id, let n): return handoverNeeded(id, n)
        case .handoverToSelf(let id): return handoverToSelf(id)
        case .officerAlreadyInactive(let id): return officerAlreadyInactive(id)
        case .memberStillLinked(let id, let tasks, let meetings, let contacts, let nominated):
            return memberStillLinked(id, tasks: tasks, meetings: meetings, contacts: contacts, nominated: nominated)
        case .teamStillLinked(let id, let meetings, let tasks): return teamStillLinked(id, meetings: meetings, tasks: tasks)
        case .unknownSupport(let task, let index): return unknownSupport(task, index)
        case .supportNotOpen(let task, let index): return supportNotOpen(task, index)
        case .supportGivenBeforeAsked(let day, let asked): return supportGivenBeforeAsked(day, asked)
        case .notImportable(let name): return notImportable(name)
        }
    }

    /// A field's name, as a rejection names it.
    public static func field(_ f: Rejection.Field) -> String {
        switch f {
        case .address: return fieldAddress
        case .badge: return fieldBadge
        case .city: return fieldCity
        case .description: return fieldDescription
        case .email: return fieldEmail
        case .goal: return fieldGoal
        case .measure: return fieldMeasure
        case .minutes: return fieldMinutes
        case .name: return fieldName
        case .note: return fieldNote
        case .organisation: return fieldOrganisation
        case .partners: return fieldPartners
        case .phone: return fieldPhone
        case .place: return fieldPlace
        case .rank: return fieldRank
        case .reason: return fieldReason
        case .residents: return fieldResidents
        case .street: return fieldStreet
        case .summary: return fieldSummary
        case .text: return fieldText
        case .threat: return fieldThreat
        case .title: return fieldTitle
        case .unit: return fieldUnit
        case .when: return tr("kiedy", "when")
        case .count, .respondents, .question, .answer, .signatory: return fieldName(f) ?? f.rawValue
        }
    }
}

// MARK: The station's own data
extension L10n {
    public static var fieldUnit: String { tr("jednostka", "unit") }

    /// Up to five numbers or ids, "…" for more.
    static func shortList<T>(_ items: [T]) -> String {
        items.prefix(5).map { "\($0)" }.joined(separator: ", ") + (items.count > 5 ? " …" : "")
    }

    public static func unknownOrganisation(_ id: String) -> String {
        tr("Nie ma organizacji partnerskiej „\(id)”. Sprawdź listę: beat organisation list.",
           "There is no partner organisation \"\(id)\". See: beat organisation list.")
    }
    public static func streetInOtherBeat(_ street: String, _ beat: String) -> String {
        tr("Ulica „\(street)” należy już do rejonu „\(beat)”; ulica może należeć tylko do jednego rejonu.",
           "Street \"\(street)\" already belongs to beat \"\(beat)\"; a street belongs to one beat only.")
    }
    public static func streetListedTwice(_ street: String) -> String {
        tr("Ulica „\(street)” jest na liście dwa razy.", "Street \"\(street)\" is listed twice.")
    }
    public static func beatNumberTaken(_ n: Int, _ district: String, _ beat: String) -> String {
        tr("W dzielnicy „\(district)” rejon nr \(n) już istnieje („\(beat)”).",
           "District \"\(district)\" already has a beat number \(n) (\"\(beat)\").")
    }
    public static func loginTaken(_ login: String, _ officer: String) -> String {
        tr("Konto „\(login)” jest już przypisane do „\(officer)”; jedno konto należy do jednej osoby.",
           "The login \"\(login)\" already belongs to officer \"\(officer)\"; one login, one person.")
    }
    public static func badLogin(_ login: String) -> String {
        tr("„\(login)” nie jest nazwą konta w systemie (małe litery, cyfry, „_”, „-”, „.”, najwyżej 32 znaki).",
           "\"\(login)\" is not a Unix account name (lower-case letters, digits, \"_\", \"-\", \".\", at most 32 characters).")
    }
    public static func handoverNeeded(_ id: String, _ n: Int) -> String {
        tr("Niezakończone zadania „\(id)” (\(n)) trzeba komuś przekazać: wskaż, kto je przejmie (--handover ID).",
           "\"\(id)\" has \(n) unfinished \(n == 1 ? "task" : "tasks"); name who takes them over (--handover ID).")
    }
    public static func handoverToSelf(_ id: String) -> String {
        tr("Zadań nie można przekazać temu samemu funkcjonariuszowi („\(id)”).", "Tasks cannot be handed over to the same officer (\"\(id)\").")
    }
    public static func officerAlreadyInactive(_ id: String) -> String {
        tr("„\(id)” jest już na liście nieaktywnych.", "\"\(id)\" is already inactive.")
    }
    /// What still names a record: the kinds given that have items, "zadania nr 1, 2, posiedzenia nr 3".
    static func linked(_ kinds: [(items: [String], pl: String, en: String)], separator: (pl: String, en: String)) -> (pl: String, en: String) {
        let named = kinds.filter { !$0.items.isEmpty }
        return (named.map { "\($0.pl) \(shortList($0.items))" }.joined(separator: separator.pl),
                named.map { "\($0.en) \(shortList($0.items))" }.joined(separator: separator.en))
    }
    public static func memberStillLinked(_ id: String, tasks: [Int], meetings: [Int], contacts: [Int], nominated: [String]) -> String {
        let l = linked([(tasks.map(String.init), "zadania nr", "tasks"), (meetings.map(String.init), "posiedzenia nr", "meetings"),
                        (contacts.map(String.init), "kontakty nr", "contacts"), (nominated, "osoby przez nią wyznaczone:", "people they nominated:")],
                       separator: (", ", ", "))
        return tr("„\(id)” nie można usunąć z zespołu: wskazują na tę osobę \(l.pl).", "Team member \"\(id)\" cannot be removed: \(l.en) name them.")
    }
    public static func teamStillLinked(_ id: String, meetings: [Int], tasks: [Int]) -> String {
        let l = linked([(meetings.map(String.init), "posiedzenia nr", "meetings"), (tasks.map(String.init), "zadania nr", "tasks")],
                       separator: (" i ", " and "))
        return tr("Zespół „\(id)” nie może zmienić dzielnicy: ma już \(l.pl).", "Team \"\(id)\" cannot change district: it already has \(l.en).")
    }
    public static func unknownSupport(_ task: Int, _ index: Int) -> String {
        let n = index < Int.max ? String(index + 1) : "\(index)+1"
        return tr("Zadanie nr \(task) nie ma karty wsparcia nr \(n).", "Task \(task) has no support card \(n).")
    }
    public static func supportNotOpen(_ task: Int, _ index: Int) -> String {
        let n = index < Int.max ? String(index + 1) : "\(index)+1"
        return tr("Karta wsparcia nr \(n) zadania nr \(task) nie jest otwartą prośbą: wsparcia już udzielono.",
                  "Support card \(n) of task \(task) is not an open request: the support was given.")
    }
    public static func supportGivenBeforeAsked(_ day: Day, _ asked: Day) -> String {
        tr("Wsparcia nie można udzielić (\(day)) przed prośbą o nie (\(asked)).",
           "Support cannot be given (\(day)) before it was asked for (\(asked)).")
    }
    public static func notImportable(_ name: String) -> String {
        tr("Zmiana „\(name)” nie może być częścią importu.", "The change \"\(name)\" cannot be part of an import.")
    }
}
