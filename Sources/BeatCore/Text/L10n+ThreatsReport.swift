/// The catalogue, continued: the threat register's printout (`beat report threats`).
extension L10n {
    static var reportPurposeThreats: String {
        tr("threats: rejestr zagrożeń (KMZB) dla teczki komendanta i zespołu koordynacyjnego — każde zagrożenie z dniem i źródłem zgłoszenia, miejscem, statusem, terminem i weryfikacją; liczby według statusu",
           "threats: the threat register (KMZB) for the commander's folder and the coordination team — every threat with its day and source, place, status, deadline and verification; counts by status")
    }
    static var reportTitleThreats: String { tr("Rejestr zagrożeń (KMZB)", "Threat register (KMZB)") }
    static var reportAllDistricts: String { tr("wszystkie", "all") }
    static var reportAllStatuses: String { tr("wszystkie", "all") }
    static var reportAllCategories: String { tr("wszystkie", "all") }
    static var reportThreatsReported: String { tr("Zgłoszone", "Reported") }
    static var reportWholeRegister: String { tr("cały rejestr, bez ograniczenia dat", "the whole register, no limit of days") }
    static func reportThreatsSince(_ d: Day) -> String { tr("od \(d)", "from \(d)") }
    static func reportThreatsUntil(_ d: Day) -> String { tr("do \(d)", "up to \(d)") }
    /// The overdue filter's label: „Zagrożenia: tylko po terminie”.
    static var reportThreatsWhich: String { tr("Zagrożenia", "Threats") }
    static var reportOnlyOverdueThreats: String { tr("tylko po terminie", "only those past their deadline") }
    static var reportAnyDeadline: String { tr("w terminie i po terminie", "within and past their deadline") }
    static var reportThreatWhereLabel: String { tr("Dzielnica, rejon", "District, beat") }
    /// `Widok, Widok Wschód`, or the district alone when the beat is not known.
    static func reportThreatWhereValue(_ district: String, beat: String?) -> String { district + (beat.map { ", " + $0 } ?? "") }
    static var reportThreatVerification: String { tr("Weryfikacja", "Verification") }
    static var reportThreatVerifiedOn: String { tr("Dzień weryfikacji", "Verified on") }
    /// `potwierdzone 2026-11-20`: what the verification found and when.
    static func reportThreatVerified(_ s: ThreatStatus, on day: Day) -> String { threatStatusName(s) + " " + day.description }
    static var reportNoThreatsMatch: String {
        tr("Żadne zagrożenie w rejestrze nie spełnia warunków wydruku.", "No threat in the register meets the printout's conditions.")
    }
    static var reportThreatsByStatusHeading: String { tr("Według statusu", "By status") }
    static var reportThreatsListHeading: String { tr("Zgłoszenia, od najnowszego", "Reports, newest first") }
    static func reportThreatsDeadlineNote(read: Int, verify: Int) -> String {
        tr("Termin: zagrożenie odczytuje się w ciągu \(read) \(plural(read, "dnia", "dni", "dni")) od zgłoszenia, a weryfikuje w ciągu \(verify) \(plural(verify, "dnia", "dni", "dni")); dni zwłoki liczy się od terminu (termin wczoraj: 1).",
           "Deadline: a threat is read within \(read) \(read == 1 ? "day" : "days") of its report and verified within \(verify) \(verify == 1 ? "day" : "days"); days late count from the deadline (due yesterday: 1).")
    }
}
