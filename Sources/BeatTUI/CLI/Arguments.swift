import BeatCore

/// Turning command-line words into domain values, with a usage error that says what to type.
enum Arguments {
    static func day(_ text: String, option: String) throws -> Day {
        guard let d = Day(text) else { throw BeatError.usage(L10n.badDay(text, option: option)) }
        return d
    }

    static func category(_ text: String) throws -> ThreatCategory {
        guard let c = ThreatCategory(named: text) else { throw BeatError.usage(L10n.badCategory(text)) }
        return c
    }

    static func channel(_ text: String) throws -> ContactChannel {
        guard let c = ContactChannel(named: text) else { throw BeatError.usage(L10n.badChannel(text)) }
        return c
    }

    static func status(_ text: String) throws -> TaskStatus {
        guard let s = TaskStatus(named: text) else { throw BeatError.usage(L10n.badStatus(text)) }
        return s
    }

    static func priority(_ text: String) throws -> TaskPriority {
        guard let p = TaskPriority(rawValue: text.lowercased()) ?? TaskPriority.allCases.first(where: {
            L10n.priorityName($0) == text.lowercased()
        }) else { throw BeatError.usage(L10n.badPriority(text)) }
        return p
    }

    static func district(_ id: String, in model: Model) throws -> String {
        guard model.district(id) != nil else { throw BeatError.usage(L10n.unknownDistrict(id)) }
        return id
    }

    static func officer(_ id: String, in model: Model) throws -> String {
        guard model.officer(id) != nil else { throw BeatError.usage(L10n.unknownOfficer(id)) }
        return id
    }
}
