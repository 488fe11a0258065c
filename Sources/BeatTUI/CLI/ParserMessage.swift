import BeatCore
import Foundation

/// The argument parser's own messages (an unknown option, a missing value, a word it did not
/// expect) in the catalogue's words: the parser writes them in English, and an officer
/// working in Polish would meet "Error: Unknown option" at a typo. Each line the parser
/// writes is matched against the forms it uses; a line of another form is left as it is.
enum ParserMessage {
    /// `message` (the parser's whole text for an error) line by line in the session's language.
    static func translated(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { line(String($0)) }.joined(separator: "\n")
    }

    private static func line(_ text: String) -> String {
        if let rest = after("Error: ", in: text) { return L10n.parserError(sentence(rest)) }
        if let rest = after("Usage: ", in: text) { return L10n.parserUsage(rest) }
        if let rest = after("Help:  ", in: text) { return L10n.parserHelp(rest) }
        if let command = match(text, #"^  See '(.+) --help' for more information\.$"#)?.first { return "  " + L10n.parserSeeHelp(command) }
        return text
    }

    /// One sentence after "Error: ".
    private static func sentence(_ s: String) -> String {
        if let m = match(s, #"^Unknown option '([^']*)'\. Did you mean '([^']*)'\?$"#) { return L10n.parserUnknownOption(m[0], suggestion: m[1]) }
        if let m = match(s, #"^Unknown option '([^']*)'$"#) { return L10n.parserUnknownOption(m[0], suggestion: nil) }
        if let m = match(s, #"^Unexpected argument '([^']*)'$"#) { return L10n.parserUnexpected(m[0]) }
        if let m = match(s, #"^Missing value for '([^']*)'$"#) { return L10n.parserMissingValue(m[0]) }
        if let m = match(s, #"^Missing expected argument '([^']*)'$"#) { return L10n.parserMissingArgument(m[0]) }
        if let m = match(s, #"^The option '([^']*)' does not take any value, but '([^']*)' was specified\.$"#) {
            return L10n.parserTakesNoValue(m[0], given: m[1])
        }
        return s
    }

    private static func after(_ prefix: String, in text: String) -> String? {
        text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : nil
    }

    /// The captured groups when `pattern` matches the whole of `text`.
    private static func match(_ text: String, _ pattern: String) -> [String]? {
        guard let re = try? NSRegularExpression(pattern: pattern),
              let m = re.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (1..<m.numberOfRanges).map { Range(m.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
    }
}
