import ArgumentParser
import BeatCore

// The station's values typed on the command line (see `CommandLineValue`): Polish names too.

extension Gender: CommandLineValue {
    public init?(argument: String) { guard let v = Self.argument(argument) else { return nil }; self = v }
    static func parse(_ text: String) -> Gender? { Gender(named: text) }
    static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.importBadGender(text), option: option) }
}

extension OfficerRole: CommandLineValue {
    public init?(argument: String) { guard let v = Self.argument(argument) else { return nil }; self = v }
    static func parse(_ text: String) -> OfficerRole? { OfficerRole(named: text) }
    static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.importBadRole(text), option: option) }
}

extension PartnerRole: CommandLineValue {
    public init?(argument: String) { guard let v = Self.argument(argument) else { return nil }; self = v }
    static func parse(_ text: String) -> PartnerRole? { PartnerRole(named: text) }
    static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.importBadMemberRole(text), option: option) }
}

extension OrganisationKind: CommandLineValue {
    public init?(argument: String) { guard let v = Self.argument(argument) else { return nil }; self = v }
    static func parse(_ text: String) -> OrganisationKind? { OrganisationKind(named: text) }
    static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.badOrganisationKind(text), option: option) }
}

extension ImportKind: CommandLineValue {
    public init?(argument: String) { guard let v = Self.argument(argument) else { return nil }; self = v }
    static func parse(_ text: String) -> ImportKind? {
        ImportKind(rawValue: text.lowercased()) ?? [
            "funkcjonariusze": .officers, "ulice": .streets, "rejony": .streets, "członkowie": .members, "czlonkowie": .members,
        ][text.lowercased()]
    }
    static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.badImportKind(text), option: option) }
}
