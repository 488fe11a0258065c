import ArgumentParser
import BeatCore
import BeatDemo
import Foundation

/// A value typed on the command line: parsed by its own type (Polish names too), its
/// identifiers listed for help and completion (`allValueStrings`), and — when a word does not
/// parse — refused with the catalogue's sentence naming the option and what it takes.
///
/// The argument parser's own message for a refused value is English; so `init?(argument:)`
/// notes the refusal (`CommandLineRefusal`) and `main` prints the catalogue's sentence instead.
public protocol CommandLineValue: ExpressibleByArgument {
    /// The value `text` names, or nil.
    static func parse(_ text: String) -> Self?
    /// Why `text` is refused, given to `option` (nil: a positional argument).
    static func refusal(_ text: String, option: String?) -> String
}

extension CommandLineValue {
    /// Every conformance's reading of a word: parsed, or the refusal noted.
    public init?(argument: String) { guard let v = Self.argument(argument) else { return nil }; self = v }

    /// What every conformance's `init?(argument:)` does: parse, or note the refusal.
    static func argument(_ text: String) -> Self? {
        guard let value = parse(text) else {
            CommandLineRefusal.note(text: text) { option in refusal(text, option: option) }
            return nil
        }
        return value
    }

    /// `--option: sentence`, or the sentence alone for an argument.
    static func prefixed(_ sentence: String, option: String?) -> String {
        option.map { $0 + ": " + sentence } ?? sentence
    }
}

/// A value BeatCore reads by its id or Polish name (`init?(named:)`): what it parses.
public protocol NamedValue {
    init?(named text: String)
}

extension CommandLineValue where Self: NamedValue {
    public static func parse(_ text: String) -> Self? { Self(named: text) }
}

extension CommandLineValue where Self: RawRepresentable, RawValue == String {
    /// The same for enums with string raw values, which the argument parser would otherwise
    /// read by the raw value alone (no Polish names, no refusal noted).
    public init?(argument: String) { guard let v = Self.argument(argument) else { return nil }; self = v }
}

/// The last value a `CommandLineValue` refused while the command line was parsed.
enum CommandLineRefusal {
    struct Refused: Sendable {
        let text: String
        let sentence: @Sendable (String?) -> String
    }

    private final class Box: @unchecked Sendable {
        let lock = NSLock()
        var refused: Refused?
    }
    private static let box = Box()

    static func note(text: String, sentence: @escaping @Sendable (String?) -> String) {
        box.lock.withLock { box.refused = Refused(text: text, sentence: sentence) }
    }

    /// The refusal behind the parser's `error`, as a usage error naming the option — or nil
    /// when the error is about something else (a missing option, an unknown flag …).
    static func usageError(for error: Error, arguments: [String]) -> BeatError? {
        guard BeatCommand.exitCode(for: error) == .validationFailure,
              let refused = box.lock.withLock({ box.refused }) else { return nil }
        // The parser's message quotes the refused word and the option's synopsis; checking
        // both keeps a flag just before a positional argument from being named for it.
        let message = BeatCommand.message(for: error)
        guard message.contains("'\(refused.text)'") else { return nil }
        let option = optionGiven(refused.text, in: arguments).flatMap { message.contains("'\($0) ") ? $0 : nil }
        return .usage(refused.sentence(option))
    }

    /// The option `value` was given to: `--status x`, `--status=x`, `-o x`; nil when it stood alone.
    static func optionGiven(_ value: String, in arguments: [String]) -> String? {
        for (i, a) in arguments.enumerated() {
            if a.hasPrefix("--"), let eq = a.firstIndex(of: "="), a[a.index(after: eq)...] == value { return String(a[..<eq]) }
            if a == value, i > 0, arguments[i - 1].hasPrefix("-"), arguments[i - 1] != "--" { return arguments[i - 1] }
        }
        return nil
    }
}

// MARK: The values

extension TaskStatus: CommandLineValue, NamedValue {
    public static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.badStatus(text), option: option) }
}

extension TaskPriority: CommandLineValue, NamedValue {
    public static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.badPriority(text), option: option) }
}

extension Evaluation.Outcome: CommandLineValue, NamedValue {
    public static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.badOutcome(text), option: option) }
}

extension ThreatCategory: CommandLineValue, NamedValue {
    public static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.badCategory(text), option: option) }
}

extension ContactChannel: CommandLineValue, NamedValue {
    public static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.badChannel(text), option: option) }
}

extension ReportKind: CommandLineValue {
    public static func parse(_ text: String) -> ReportKind? { Reports.kind(named: text) }
    public static func refusal(_ text: String, option: String?) -> String {
        prefixed(L10n.reportUnknownKind(text, Reports.kinds.map(\.id)), option: option)
    }
    public static var allValueStrings: [String] { Reports.kinds.map(\.id) }
    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
    public var defaultValueDescription: String { id }
}

extension ReportFormat: CommandLineValue {
    public static func parse(_ text: String) -> ReportFormat? { ReportFormat(rawValue: text.lowercased()) }
    public static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.reportBadFormat(text), option: option) }
}

extension DataExport.Kind: CommandLineValue {
    public static func parse(_ text: String) -> DataExport.Kind? { DataExport.Kind(rawValue: text.lowercased()) }
    // The sentence names --what itself.
    public static func refusal(_ text: String, option: String?) -> String { L10n.exportBadWhat(text) }
}

extension Synthetic.Size: CommandLineValue {
    public static func parse(_ text: String) -> Synthetic.Size? { Synthetic.Size(rawValue: text.lowercased()) }
    public static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.badSyntheticSize(text, sizes: allValueStrings), option: option) }
}

extension Language: CommandLineValue {
    public static func parse(_ text: String) -> Language? { Language(rawValue: text.lowercased()) }
    public static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.badLanguage(text), option: option) }
}

extension Day: CommandLineValue {
    public static func parse(_ text: String) -> Day? { Day(text) }
    // The sentence names the option itself.
    public static func refusal(_ text: String, option: String?) -> String { L10n.badDay(text, option: option ?? "DAY") }
    public var defaultValueDescription: String { description }
}

extension Timestamp: CommandLineValue {
    public static func parse(_ text: String) -> Timestamp? { Timestamp(text) }
    // The sentence names --time itself.
    public static func refusal(_ text: String, option: String?) -> String { L10n.badTime(text) }
}

extension RetentionPeriod: CommandLineValue {
    public static func parse(_ text: String) -> RetentionPeriod? { RetentionPeriod(text) }
    public static func refusal(_ text: String, option: String?) -> String { prefixed(L10n.badRetention(text), option: option) }
}
