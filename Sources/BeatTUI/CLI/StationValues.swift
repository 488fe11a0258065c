import ArgumentParser
import BeatCore

// The station's values typed on the command line (see `CommandLineValue`): Polish names too.

extension Gender: CommandLineValue, NamedValue {
    public static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.importBadGender(text), option: option) }
}

extension OfficerRole: CommandLineValue, NamedValue {
    public static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.importBadRole(text), option: option) }
}

extension PartnerRole: CommandLineValue, NamedValue {
    public static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.importBadMemberRole(text), option: option) }
}

extension OrganisationKind: CommandLineValue, NamedValue {
    public static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.badOrganisationKind(text), option: option) }
}

extension ImportKind: CommandLineValue {
    public static func parse(_ text: String) -> ImportKind? {
        ImportKind(rawValue: text.lowercased()) ?? [
            "funkcjonariusze": .officers, "ulice": .streets, "rejony": .streets, "członkowie": .members, "czlonkowie": .members,
        ][text.lowercased()]
    }
    public static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.badImportKind(text), option: option) }
}
