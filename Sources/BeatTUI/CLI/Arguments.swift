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

    /// A partner organisation by its id or its name (Polish letters and case ignored).
    static func organisation(_ text: String, in model: Model) throws -> String {
        if let o = model.organisation(text) ?? model.organisations.first(where: { TextFold.key($0.name) == TextFold.key(text) }) {
            return o.id
        }
        throw BeatError.usage(L10n.unknownOrganisation(text))
    }

    /// A team member (by id, or by a name only one member has) or an organisation (by id or name).
    static func partner(_ text: String, in model: Model) throws -> PartnerRef {
        if model.partner(text) != nil { return .member(text) }
        if let id = try? organisation(text, in: model) { return .organisation(id) }
        let named = model.teams.flatMap(\.members).filter { TextFold.key($0.name) == TextFold.key(text) }
        if named.count == 1 { return .member(named[0].id) }
        throw BeatError.usage(L10n.unknownPartnerOrOrganisation(text))
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
