/// A threat reported to the police, after the national threat map (Krajowa Mapa Zagrożeń
/// Bezpieczeństwa, KMZB): what (a category), where (a place, its district and beat), when, how
/// it came in, whether anonymously, and where its verification stands.
///
/// An anonymous threat carries no resident data and no call-back promise: it has no fields for
/// them, and the contact it came from (if any) must hold neither (`Model.apply` checks).
public struct Threat: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var category: ThreatCategory
    public var place: String
    public var district: String
    public var beat: String?
    public var description: String = ""
    /// Time of day and days of week, as reported ("wieczorami, piątki i soboty").
    public var when: String = ""
    public var source: ThreatSource
    public var anonymous: Bool
    /// The resident contact it came from.
    public var contact: Int?
    public var reported: Day
    public var status: ThreatStatus = .new
    /// Every transition, oldest first, with who made it and the note given.
    public var history: [ThreatTransition] = []

    /// A threat is read (taken into verification) within 2 days of its report.
    public static let daysToRead = 2
    /// And verified (confirmed, not confirmed, or found a joke or mistake) within 5.
    public static let daysToVerify = 5

    /// The day the next step is due: reading while new, verifying while being verified; nil
    /// once verified.
    public var due: Day? {
        switch status {
        case .new: return reported.adding(days: Threat.daysToRead)
        case .verifying: return reported.adding(days: Threat.daysToVerify)
        default: return nil
        }
    }

    /// Past its due day (as tasks: on the due day itself it is not yet overdue).
    public func isOverdue(on today: Day) -> Bool { due.map { $0 < today } ?? false }
}

/// How a threat came in.
public enum ThreatSource: String, Codable, CaseIterable, Sendable, Hashable {
    /// A report on the threat map (KMZB).
    case map
    /// A resident's contact with the officer.
    case contact
    /// Seen on patrol.
    case patrol
    /// From a partner (school, cooperative, city guard …).
    case partner
    /// Raised at a meeting (coordination team, debate).
    case meeting
}

/// Where a threat's verification stands: `new` → `verifying` → `confirmed` | `not-confirmed` |
/// `joke-or-mistake`; `confirmed` → `eliminated` | `referred` (to the body responsible).
public enum ThreatStatus: String, Codable, CaseIterable, Sendable, Hashable {
    case new
    case verifying
    case confirmed
    case notConfirmed = "not-confirmed"
    case jokeOrMistake = "joke-or-mistake"
    case eliminated
    case referred

    /// The statuses a threat may move to from this one.
    public var next: [ThreatStatus] {
        switch self {
        case .new: return [.verifying]
        case .verifying: return [.confirmed, .notConfirmed, .jokeOrMistake]
        case .confirmed: return [.eliminated, .referred]
        case .notConfirmed, .jokeOrMistake, .eliminated, .referred: return []
        }
    }

    /// Verified: the verification has an answer (from here on nothing is due).
    public var isVerified: Bool { self != .new && self != .verifying }
}

/// One step of a threat's status, as the journal recorded it.
public struct ThreatTransition: Codable, Hashable, Sendable {
    public var at: Timestamp
    public var by: String
    public var from: ThreatStatus
    public var to: ThreatStatus
    public var note: String
}

extension ThreatStatus {
    /// Accepts the identifier or the Polish name (as the threat map shows it), case-insensitively.
    public init?(named text: String) {
        let aliases: [ThreatStatus: [String]] = [
            .new: ["nowe"], .verifying: ["weryfikacja"], .confirmed: ["potwierdzone"], .notConfirmed: ["niepotwierdzone", "not confirmed"],
            .jokeOrMistake: ["żart lub pomyłka", "joke or mistake"], .eliminated: ["wyeliminowane"], .referred: ["przekazane"]]
        guard let s = caseNamed(text, aliases: aliases) else { return nil }
        self = s
    }
}

extension ThreatSource {
    /// Accepts the identifier or the Polish name, case-insensitively.
    public init?(named text: String) {
        let aliases: [ThreatSource: [String]] = [.map: ["mapa", "kmzb"], .contact: ["kontakt"], .patrol: ["obchód", "patrol"],
                                                  .partner: ["partner"], .meeting: ["spotkanie", "debata"]]
        guard let s = caseNamed(text, aliases: aliases) else { return nil }
        self = s
    }
}
