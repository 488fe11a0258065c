import BeatCore

/// Checking ids typed on the command line against the store, with a usage error that says what to type.
enum Arguments {
    static func district(_ id: String, in model: Model) throws -> String {
        guard model.district(id) != nil else { throw BeatError.usage(L10n.unknownDistrict(id)) }
        return id
    }

    static func officer(_ id: String, in model: Model) throws -> String {
        guard model.officer(id) != nil else { throw BeatError.usage(L10n.unknownOfficer(id)) }
        return id
    }

    /// Every id a list is filtered by must name something in the store: a typo would list
    /// nothing and say nothing, so it is a usage error (64), for every list alike.
    static func checkFilters(officer: String? = nil, district: String? = nil, plan: Int? = nil, team: String? = nil,
                             in model: Model) throws {
        if let o = officer { _ = try self.officer(o, in: model) }
        if let d = district { _ = try self.district(d, in: model) }
        if let p = plan, model.plan(p) == nil { throw BeatError.usage(L10n.unknownPlan(p)) }
        if let t = team, model.team(t) == nil { throw BeatError.usage(L10n.unknownTeam(t, among: model.teams)) }
    }
}
