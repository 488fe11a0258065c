/// Residents' sense of safety beside a plan: the district's last survey round before the plan
/// against the first one after its period — or, when there is none yet, the latest one since
/// the plan started. The share feeling safe (very or rather safe, of those who answered the
/// safety question; whole percent, half up) and its change in percentage points (of the shares
/// as printed), and the concerns ranked by count in each round (ties in Polish order).
/// Nil when the district has no round before the plan and none since it started.
public struct SurveyEvidence: Codable, Hashable, Sendable {
    public var before: SurveySummary?
    public var after: SurveySummary?

    /// The rounds for a plan in `district` that started `from`, whose evidence runs to `to`, as
    /// known on `asOf` (rounds after it are not yet known then).
    public static func compute(district: String, from: Day, to: Day, asOf: Day, register: Register) -> SurveyEvidence? {
        let rounds = register.surveys.filter { $0.district == district && $0.day <= asOf }.sorted { ($0.day, $0.id) < ($1.day, $1.id) }
        let before = rounds.last { $0.day < from }
        let after = rounds.first { $0.day > to } ?? rounds.last { $0.day >= from }
        guard before != nil || after != nil else { return nil }
        return SurveyEvidence(before: before.map(SurveySummary.init), after: after.map(SurveySummary.init))
    }

    /// The change of the share feeling safe, in percentage points; nil unless both rounds asked.
    public var feelSafeChange: Int? {
        guard let b = before?.feelSafeShare, let a = after?.feelSafeShare else { return nil }
        return a - b
    }

    /// Every concern named in either round: ranked as after the plan (then as before), with
    /// both ranks and counts.
    public var concerns: [ConcernRank] {
        let b = before?.concerns ?? [], a = after?.concerns ?? []
        func rank(_ list: [CategoryCount], _ c: ThreatCategory) -> (Int, Int)? {
            list.firstIndex { $0.category == c }.map { ($0 + 1, list[$0].count) }
        }
        var cats = a.map(\.category)
        for c in b.map(\.category) where !cats.contains(c) { cats.append(c) }
        return cats.map { c in
            let x = rank(b, c), y = rank(a, c)
            return ConcernRank(category: c, rankBefore: x?.0, before: x?.1, rankAfter: y?.0, after: y?.1)
        }
    }
}

/// One survey round as evidence: when, how many, how many felt safe, the concerns ranked.
public struct SurveySummary: Codable, Hashable, Sendable {
    public var round: Int
    public var day: Day
    public var respondents: Int
    /// Respondents who answered the safety question (0: it was not asked).
    public var answered: Int
    /// Of them, those who feel very or rather safe.
    public var feelSafe: Int
    /// The main concerns, most named first (ties in Polish order).
    public var concerns: [CategoryCount]

    /// The share feeling safe, whole percent rounded half up; nil when the question was not asked.
    public var feelSafeShare: Int? { answered > 0 ? (feelSafe * 200 + answered) / (2 * answered) : nil }
}

// In an extension, so that Swift still writes the memberwise initializer BeatCore uses.
extension SurveySummary {
    /// Round `r` summed up.
    public init(_ r: SurveyRound) {
        let safety = r.answers(to: .safety)
        var counts: [ThreatCategory: Int] = [:]
        for a in r.answers(to: .concerns) { if let c = ThreatCategory(rawValue: a.answer), a.count > 0 { counts[c, default: 0] += a.count } }
        self.init(round: r.id, day: r.day, respondents: r.respondents, answered: safety.reduce(0) { $0 + $1.count },
                  feelSafe: safety.filter { SafetyAnswer(rawValue: $0.answer)?.feelsSafe == true }.reduce(0) { $0 + $1.count },
                  concerns: Ranking.categories(counts).map { CategoryCount(category: $0.0, count: $0.1) })
    }
}

public struct CategoryCount: Codable, Hashable, Sendable {
    public var category: ThreatCategory
    public var count: Int
}

/// A concern's place in the ranking before and after (nil: not named in that round).
public struct ConcernRank: Hashable, Sendable {
    public var category: ThreatCategory
    public var rankBefore: Int?
    public var before: Int?
    public var rankAfter: Int?
    public var after: Int?
}
