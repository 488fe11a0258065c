import Foundation

/// The interface language. Polish by default; English when the locale or `--lang` asks.
public enum Language: String, Sendable, CaseIterable {
    case pl, en

    /// Set once at start-up, before anything is shown.
    public nonisolated(unsafe) static var current: Language = .pl

    /// `BEAT_LANG`, then `LC_ALL`, `LC_MESSAGES`, `LANG`: English when the first one set
    /// starts with `en`, Polish otherwise.
    public static func from(environment env: [String: String]) -> Language {
        if let l = env["BEAT_LANG"], let lang = Language(rawValue: l.lowercased()) { return lang }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = env[key], !v.isEmpty {
                return v.lowercased().hasPrefix("en") ? .en : .pl
            }
        }
        return .pl
    }
}

/// Picks the Polish or English form for the current language. Only the catalogue
/// (`L10n`) calls this: every user-facing string lives there.
@inline(__always)
func tr(_ pl: String, _ en: String) -> String { Language.current == .pl ? pl : en }
