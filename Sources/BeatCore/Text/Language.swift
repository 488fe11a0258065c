import Foundation

/// The interface language. Polish by default; English when the locale or `--lang` asks.
///
/// A language is a value handed to what renders text (`ReportOptions.language`, the
/// interface's `App.language`, the command line's `Session.language`); the catalogue (`L10n`)
/// speaks the one bound around the work (`bind`), task by task and thread by thread — there is
/// no global to set, so two reports in two languages can be made at once.
public enum Language: String, Sendable, CaseIterable {
    case pl, en

    /// The language the catalogue speaks here: the nearest `bind`, else Polish.
    @TaskLocal public static var current: Language = .pl

    /// Runs `body` with the catalogue speaking this language (on this thread or task, and in
    /// the tasks it starts).
    public func bind<T>(_ body: () throws -> T) rethrows -> T {
        try Language.$current.withValue(self, operation: body)
    }

    /// `bind` for asynchronous work.
    public func bind<T: Sendable>(_ body: () async throws -> T) async rethrows -> T {
        try await Language.$current.withValue(self, operation: body)
    }

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

/// Picks the Polish or English form for the language bound. Only the catalogue (`L10n`)
/// calls this: every user-facing string lives there.
@inline(__always)
func tr(_ pl: String, _ en: String) -> String { Language.current == .pl ? pl : en }
