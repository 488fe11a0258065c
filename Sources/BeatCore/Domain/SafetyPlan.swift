/// A district's safety plan, shaped like the dzielnicowy's priority action plan (PDP):
/// a diagnosed threat, a goal, partner bodies, a period, tasks, and an evaluation at the end.
public struct SafetyPlan: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var district: String
    public var beat: String?
    /// The officer who owns the plan (for a PDP, the beat's dzielnicowy).
    public var officer: String?
    public var title: String
    public var start: Day
    public var end: Day
    /// The diagnosis of the threat (JSON key `threat`, as stored since the first version).
    public var threat: Diagnosis
    public var goal: Goal
    /// Partner bodies taking part (city guard, housing cooperative, school …).
    public var partners: [String]
    public var status: PlanStatus = .active
    public var evaluation: Evaluation?
    /// The programme area the plan belongs to (JSON key `theme`; written only when set).
    public var theme: PlanTheme?
}

/// The diagnosed threat: what, where, when, who, its category and how it was diagnosed. A plan
/// keeps it under the JSON key `threat`; the threats residents report are `Threat` records.
public struct Diagnosis: Codable, Hashable, Sendable {
    public var what: String
    public var place: String
    public var when: String
    public var who: String
    public var category: ThreatCategory
    public var sources: [DiagnosisSource]
    /// The registered threats (`Threat` ids) the diagnosis rests on; written only when there
    /// are some, so plans without them keep the form they always had.
    public var threats: [Int]

    public init(what: String, place: String, when: String, who: String, category: ThreatCategory, sources: [DiagnosisSource],
                threats: [Int] = []) {
        self.what = what
        self.place = place
        self.when = when
        self.who = who
        self.category = category
        self.sources = sources
        self.threats = threats
    }

    private enum CodingKeys: String, CodingKey { case what, place, when, who, category, sources, threats }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(what: try c.decode(String.self, forKey: .what), place: try c.decode(String.self, forKey: .place),
                  when: try c.decode(String.self, forKey: .when), who: try c.decode(String.self, forKey: .who),
                  category: try c.decode(ThreatCategory.self, forKey: .category),
                  sources: try c.decode([DiagnosisSource].self, forKey: .sources),
                  threats: try c.decodeIfPresent([Int].self, forKey: .threats) ?? [])
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(what, forKey: .what)
        try c.encode(place, forKey: .place)
        try c.encode(when, forKey: .when)
        try c.encode(who, forKey: .who)
        try c.encode(category, forKey: .category)
        try c.encode(sources, forKey: .sources)
        if !threats.isEmpty { try c.encode(threats, forKey: .threats) }
    }
}

/// Where the diagnosis of a threat came from.
public enum DiagnosisSource: String, Codable, CaseIterable, Sendable, Hashable {
    case residentSurvey = "resident-survey"
    case residentInformation = "resident-information"
    case safetyDebate = "safety-debate"
    case mapReports = "map-reports"
    case interventions = "interventions"
    case ownObservation = "own-observation"

    public var polishName: String { names.polish }
    public var englishName: String { names.english }

    /// Each name in Polish and in English, side by side.
    private var names: (polish: String, english: String) {
        switch self {
        case .residentSurvey: return ("ankiety wśród mieszkańców", "resident surveys")
        case .residentInformation: return ("informacje od mieszkańców", "residents' information")
        case .safetyDebate: return ("debaty społeczne", "public safety debates")
        case .mapReports: return ("zweryfikowane zgłoszenia KMZB", "verified threat-map reports")
        case .interventions: return ("wykaz interwencji", "list of interventions")
        case .ownObservation: return ("obserwacja własna", "own observation")
        }
    }
}

/// The plan's goal: to eliminate or reduce the threat, and how success is measured.
public struct Goal: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case eliminate, reduce
    }
    public var kind: Kind
    public var description: String
    public var measure: String

    public init(kind: Kind, description: String, measure: String) {
        self.kind = kind
        self.description = description
        self.measure = measure
    }
}

public enum PlanStatus: String, Codable, CaseIterable, Sendable {
    case draft, active, closed
}

/// The evaluation at the close of a plan.
public struct Evaluation: Codable, Hashable, Sendable {
    public enum Outcome: String, Codable, CaseIterable, Sendable {
        case eliminated
        case reduced
        case notAchieved = "not-achieved"

        /// Accepts the identifier or the Polish label, case-insensitively, whatever the language.
        public init?(named text: String) {
            let aliases: [Outcome: [String]] = [.eliminated: ["wyeliminowano", "wyeliminowane", "zagrożenie wyeliminowane"],
                                                .reduced: ["ograniczono", "ograniczone", "zagrożenie ograniczone"],
                                                .notAchieved: ["nie osiągnięto", "not achieved", "cel nieosiągnięty", "nieosiągnięty"]]
            guard let o = caseNamed(text, aliases: aliases) else { return nil }
            self = o
        }
    }
    public var outcome: Outcome
    public var note: String
    public var day: Day
    /// The figures the evaluation was made on (nil for evaluations recorded before Beat kept them).
    public var evidence: RecordedEvidence?

    public init(outcome: Outcome, note: String, day: Day, evidence: RecordedEvidence? = nil) {
        self.outcome = outcome
        self.note = note
        self.day = day
        self.evidence = evidence
    }
}
