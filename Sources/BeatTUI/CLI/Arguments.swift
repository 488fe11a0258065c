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
}
