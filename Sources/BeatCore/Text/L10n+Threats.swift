extension L10n {
    // MARK: The threat register (KMZB)

    /// The status as the threat map names it.
    public static func threatStatusName(_ s: ThreatStatus) -> String {
        switch s {
        case .new: return tr("nowe", "new")
        case .verifying: return tr("weryfikacja", "being verified")
        case .confirmed: return tr("potwierdzone", "confirmed")
        case .notConfirmed: return tr("niepotwierdzone", "not confirmed")
        case .jokeOrMistake: return tr("żart lub pomyłka", "joke or mistake")
        case .eliminated: return tr("potwierdzone (wyeliminowane)", "confirmed (eliminated)")
        case .referred: return tr("przekazane właściwej instytucji", "referred to the body responsible")
        }
    }

    public static func threatSourceName(_ s: ThreatSource) -> String {
        switch s {
        case .map: return tr("mapa zagrożeń (KMZB)", "threat map (KMZB)")
        case .contact: return tr("kontakt z mieszkańcem", "a resident's contact")
        case .patrol: return tr("obchód, patrol", "patrol")
        case .partner: return tr("partner", "partner")
        case .meeting: return tr("spotkanie, debata", "meeting")
        }
    }

    public static func threatTitle(_ id: Int) -> String { tr("Zagrożenie nr \(id)", "Threat \(id)") }
    /// `district`: the district's name; `beat`: the beat's, when known.
    public static func threatAdded(_ id: Int, due: Day, place district: String, beat: String?) -> String {
        let whereText = district + (beat.map { ", " + $0 } ?? "")
        return tr("Zarejestrowano zagrożenie nr \(id) (\(whereText)); do odczytania do \(due).",
                  "Threat \(id) registered (\(whereText)); to be read by \(due).")
    }
    public static var threatNeedsCategoryAndPlace: String {
        tr("Podaj kategorię i miejsce zagrożenia (--category, --place) albo kontakt, z którego pochodzi (--contact).",
           "Give the threat's category and place (--category, --place), or the contact it came from (--contact).")
    }
    /// What a map report offers once logged: its threat registered.
    public static func contactOffersThreat(_ contact: Int) -> String {
        tr("To zgłoszenie z mapy zagrożeń; zarejestruj zagrożenie: beat threat add --contact \(contact)",
           "This is a threat-map report; register its threat: beat threat add --contact \(contact)")
    }
    public static func threatStatusSet(_ id: Int, _ s: ThreatStatus) -> String {
        tr("Zagrożenie nr \(id): \(threatStatusName(s)).", "Threat \(id): \(threatStatusName(s)).")
    }
    public static func threatCount(_ n: Int, overdue: Int) -> String {
        tr("\(n) \(plural(n, "zagrożenie", "zagrożenia", "zagrożeń")), w tym po terminie: \(overdue).",
           "\(n) \(n == 1 ? "threat" : "threats"), overdue: \(overdue).")
    }
    public static func badThreatStatus(_ t: String) -> String {
        tr("Nieznany status zagrożenia „\(t)”. Dostępne: \(ThreatStatus.allCases.map(\.rawValue).joined(separator: ", ")).",
           "Unknown threat status \"\(t)\". Use one of: \(ThreatStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
    }
    public static func badThreatSource(_ t: String) -> String {
        tr("Nieznane źródło „\(t)”. Dostępne: \(ThreatSource.allCases.map(\.rawValue).joined(separator: ", ")).",
           "Unknown source \"\(t)\". Use one of: \(ThreatSource.allCases.map(\.rawValue).joined(separator: ", ")).")
    }
    public static func unknownBeatIn(_ beat: String, _ district: String) -> String {
        tr("Nie ma rejonu „\(beat)” w dzielnicy „\(district)”.", "There is no beat \"\(beat)\" in district \"\(district)\".")
    }
    public static var threatAnonymous: String { tr("anonimowe", "anonymous") }
    public static var threatNamed: String { tr("jawne", "named") }
    public static var threatColReported: String { tr("Zgłoszono", "Reported") }
    public static var threatColDue: String { tr("Termin", "Due") }
    public static var threatColSource: String { tr("Źródło", "Source") }
    public static var threatLabelWhen: String { tr("Kiedy", "When") }
    public static var threatLabelDescription: String { tr("Opis", "Description") }
    public static var threatLabelContact: String { tr("Z kontaktu", "From contact") }
    public static var threatLabelPlan: String { tr("Plan", "Plan") }
    public static var threatLabelHistory: String { tr("Historia", "History") }
    public static func threatDistrictNeeded(_ place: String) -> String {
        tr("Nie wiadomo, w której dzielnicy leży „\(place)”: podaj --district.",
           "Where \"\(place)\" lies is not known: give --district.")
    }
    public static func threatUnknownContact(_ id: Int) -> String {
        tr("Nie ma kontaktu nr \(id).", "There is no contact \(id).")
    }
    static func logAddThreat(_ g: Gender?, _ category: ThreatCategory, _ district: String) -> String {
        tr("\(gendered(g, "zarejestrował", "zarejestrowała")) zagrożenie (\(categoryName(category)), \(district))",
           "registered a threat (\(categoryName(category)), \(district))")
    }
    static func logThreatStatus(_ g: Gender?, _ id: Int, _ s: ThreatStatus, note: String) -> String {
        tr("\(gendered(g, "zmienił", "zmieniła")) status zagrożenia nr \(id) na „\(threatStatusName(s))”", "set threat \(id) to \"\(threatStatusName(s))\"")
            + (note.isEmpty ? "" : ": " + note)
    }
}

extension L10n {
    public static func dashThreats(_ n: Int, overdue: Int) -> String {
        tr("Zagrożenia do odczytania lub weryfikacji (\(n)" + (overdue > 0 ? ", po terminie: \(overdue)" : "") + ")",
           "Threats to read or verify (\(n)" + (overdue > 0 ? ", overdue: \(overdue)" : "") + ")")
    }
}

extension L10n {
    static var reviewThreatsHeading: String {
        tr("Zgłoszenia zagrożeń (KMZB): do odczytania lub weryfikacji i zgłoszone w okresie; ! po terminie",
           "Threats (KMZB): to read or verify, and reported in the period; ! past the deadline")
    }
}

extension L10n {
    public static var planThreatsLabel: String { tr("Zagrożenia z rejestru (nr)", "Registered threats (numbers)") }
    public static var planAddThreatLabel: String { tr("Dodaj zagrożenie", "Add a threat") }
    public static func planThreatUnknown(_ word: String) -> String {
        tr("„\(word)” nie jest numerem zagrożenia z rejestru (beat threat list).", "\"\(word)\" is not the number of a registered threat (beat threat list).")
    }
}

extension L10n {
    // MARK: The register in the interface (screen 4, section „Zagrożenia”)

    public static var sectionPlans: String { tr("Plany", "Plans") }
    public static var sectionThreats: String { tr("Zagrożenia (KMZB)", "Threats (KMZB)") }
    public static var threatAddTitle: String { tr("Nowe zagrożenie (KMZB)", "New threat (KMZB)") }
    public static func threatFromContactTitle(_ contact: Int) -> String {
        tr("Zagrożenie z kontaktu nr \(contact)", "Threat from contact \(contact)")
    }
    public static func threatStatusTitle(_ id: Int, _ s: ThreatStatus) -> String {
        tr("Zagrożenie nr \(id) (\(threatStatusName(s))) — zmiana statusu", "Threat \(id) (\(threatStatusName(s))): change of status")
    }
    public static var threatFilterTitle: String { tr("Filtr rejestru zagrożeń", "Filter the threat register") }
    public static var threatFilterPending: String { tr("do odczytania lub weryfikacji", "to read or verify") }
    public static var threatDistrictFromStreet: String { tr("według ulicy", "by the street") }
    public static var threatAnonymousLabel: String { tr("Anonimowe", "Anonymous") }
    public static var threatChooseCategory: String { tr("Wybierz kategorię zagrożenia.", "Choose the threat's category.") }
    public static var threatChooseStatus: String { tr("Wybierz status, na który zagrożenie przechodzi.", "Choose the status the threat moves to.") }
    public static var threatSayWhetherAnonymous: String {
        tr("Zaznacz, czy zgłoszenie jest anonimowe (anonimowe nie zawiera danych mieszkańca ani obietnicy kontaktu zwrotnego).",
           "Say whether the report is anonymous (an anonymous one holds no resident's data and no promise of a call-back).")
    }
    public static func threatRegistered(place: String) -> String {
        tr("Zarejestrowano zagrożenie (\(place)): do odczytania w ciągu 2 dni, do weryfikacji w ciągu 5.",
           "Threat registered (\(place)): to be read within 2 days, verified within 5.")
    }
    public static func registerThreatOfContact(_ contact: Int) -> String {
        tr("Kontakt nr \(contact) to zgłoszenie z Krajowej Mapy Zagrożeń Bezpieczeństwa. Zarejestrować zagrożenie w rejestrze?",
           "Contact \(contact) is a report from the national threat map. Register the threat?")
    }
    public static func threatNoNextStatus(_ id: Int, _ s: ThreatStatus) -> String {
        tr("Zagrożenie nr \(id) ma status „\(threatStatusName(s))”, po którym nie ma już kolejnego.",
           "Threat \(id) is \(threatStatusName(s)); no status comes after that.")
    }
    public static func noThreatsMatch(filter: String, add: String) -> String {
        tr("Brak zagrożeń (\(filter) — filtr, \(add) — nowe).", "No threats (\(filter): filter, \(add): new).")
    }
    public static var filterLabel: String { tr("filtr", "filter") }
}
