/// The evidence side of the store, kept apart from the reference data (the snapshot's
/// `register.json`): the threat register (KMZB), the police figures by month, the residents'
/// surveys and the programme record. Read with the reference data (`.reference`, `.all`); the
/// head and the task list never need it.
public struct Register: Codable, Hashable, Sendable {
    /// The threats, by id.
    public internal(set) var threats: [Threat]
    /// Police figures, by month, district, beat, category and kind.
    public internal(set) var policeFigures: [PoliceFigure]
    /// The months imported, in order: a month imported with no lines is known to have none.
    public internal(set) var policeMonths: [Month]
    /// Survey rounds, by id.
    public internal(set) var surveys: [SurveyRound]
    public internal(set) var programme: Programme?
    /// The next numbers to hand out; an undone addition never frees its number.
    public internal(set) var counters: RegisterCounters

    public init(threats: [Threat] = [], policeFigures: [PoliceFigure] = [], policeMonths: [Month] = [], surveys: [SurveyRound] = [],
                programme: Programme? = nil, counters: RegisterCounters? = nil) {
        self.threats = Model.sortedByID(threats)
        self.policeFigures = policeFigures
        self.policeMonths = policeMonths
        self.surveys = Model.sortedByID(surveys)
        self.programme = programme
        self.counters = counters ?? RegisterCounters(threat: (threats.map(\.id).max() ?? 0) + 1, survey: (surveys.map(\.id).max() ?? 0) + 1)
    }

    /// Nothing recorded: no register.json is written.
    public var isEmpty: Bool {
        threats.isEmpty && policeMonths.isEmpty && surveys.isEmpty && programme == nil && counters == RegisterCounters()
    }

    private enum CodingKeys: String, CodingKey { case threats, policeFigures, policeMonths, surveys, programme, counters }

    /// Files written before a part existed lack its key: it is empty. (Encoding is the
    /// synthesised one: every part, the programme left out while there is none.)
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(threats: try c.decodeIfPresent([Threat].self, forKey: .threats) ?? [],
                  policeFigures: try c.decodeIfPresent([PoliceFigure].self, forKey: .policeFigures) ?? [],
                  policeMonths: try c.decodeIfPresent([Month].self, forKey: .policeMonths) ?? [],
                  surveys: try c.decodeIfPresent([SurveyRound].self, forKey: .surveys) ?? [],
                  programme: try c.decodeIfPresent(Programme.self, forKey: .programme),
                  counters: try c.decodeIfPresent(RegisterCounters.self, forKey: .counters))
    }
}

/// The next number for each numbered kind of the register's records.
public struct RegisterCounters: Codable, Hashable, Sendable {
    public var threat: Int = 1
    public var survey: Int = 1
}

extension Model {
    /// Every broken rule of a loaded register (paths into register.json): repeated numbers,
    /// references to districts, beats, contacts or plans that do not exist, counters behind,
    /// numbers out of range. Empty for a register built only through `apply`.
    func registerProblems() -> [(path: [JSONLocator.PathElement], reason: String)] {
        var out: [(path: [JSONLocator.PathElement], reason: String)] = []
        func here(_ path: [JSONLocator.PathElement], _ reason: String) { out.append((path, reason)) }
        func range(_ v: Int, _ path: [JSONLocator.PathElement], from low: Int) {
            if v < low || v > Limits.number { here(path, L10n.numberOutOfRange(v)) }
        }
        func place(_ key: String, _ i: Int, district: String, beat: String?) {
            if self.district(district) == nil { here([.key(key), .index(i), .key("district")], L10n.unknownDistrict(district)) }
            if let b = beat, self.beat(b)?.district != district { here([.key(key), .index(i), .key("beat")], L10n.unknownBeat(b)) }
        }
        let r = register
        for (i, t) in r.threats.enumerated() {
            range(t.id, [.key("threats"), .index(i), .key("id")], from: 1)
            if i > 0, r.threats[i - 1].id == t.id { here([.key("threats"), .index(i), .key("id")], L10n.duplicateID("threats", String(t.id))) }
            place("threats", i, district: t.district, beat: t.beat)
        }
        var keys = Set<FigureKey>()
        let months = Set(r.policeMonths)
        for (i, f) in r.policeFigures.enumerated() {
            place("policeFigures", i, district: f.district, beat: f.beat)
            range(f.count, [.key("policeFigures"), .index(i), .key("count")], from: 0)
            if !months.contains(f.month) { here([.key("policeFigures"), .index(i), .key("month")], L10n.rejection(.figureOutsideMonths(f.month))) }
            if !keys.insert(FigureKey(f)).inserted {
                here([.key("policeFigures"), .index(i)], L10n.rejection(.figureRepeated(f.month, f.district, f.beat, f.category, f.kind)))
            }
        }
        for (i, s) in r.surveys.enumerated() {
            range(s.id, [.key("surveys"), .index(i), .key("id")], from: 1)
            if i > 0, r.surveys[i - 1].id == s.id { here([.key("surveys"), .index(i), .key("id")], L10n.duplicateID("surveys", String(s.id))) }
            place("surveys", i, district: s.district, beat: nil)
            range(s.respondents, [.key("surveys"), .index(i), .key("respondents")], from: 1)
            for (k, a) in s.answers.enumerated() { range(a.count, [.key("surveys"), .index(i), .key("answers"), .index(k), .key("count")], from: 0) }
        }
        range(r.counters.threat, [.key("counters"), .key("threat")], from: 1)
        range(r.counters.survey, [.key("counters"), .key("survey")], from: 1)
        for (maxID, next, key) in [(r.threats.last?.id ?? 0, r.counters.threat, "threat"), (r.surveys.last?.id ?? 0, r.counters.survey, "survey")]
        where next <= maxID {
            here([.key("counters"), .key(key)], L10n.counterBehind(key, next, maxID))
        }
        return out
    }
}
