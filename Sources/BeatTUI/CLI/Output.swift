import BeatCore
import Foundation

/// Standard output and error for the command line. Every sentence goes through `SafeText`:
/// a path or a value the user typed (`--data $'\e[2J'`) reaches the terminal as visible
/// placeholders, never as an escape sequence — as text from the store does.
enum Output {
    static func line(_ s: String) {
        FileHandle.standardOutput.write(Data((SafeText.lines(s) + "\n").utf8))
    }

    /// Text written exactly as given (a report ends in its own newline).
    static func text(_ s: String) {
        FileHandle.standardOutput.write(Data(s.utf8))
    }

    static func lines(_ ls: [String]) {
        FileHandle.standardOutput.write(Data((SafeText.lines(ls.joined(separator: "\n")) + (ls.isEmpty ? "" : "\n")).utf8))
    }

    /// Bytes written as they are, in one write: a long list laid out into one buffer.
    static func bytes(_ b: [UInt8]) {
        b.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none))
        }
    }

    /// A table laid out for the page (`width`), then `footer` lines, in one write.
    static func table(_ t: TextTable, footer: [String] = []) {
        var out: [UInt8] = []
        t.render(width: width, into: &out)
        for line in footer {
            out.append(contentsOf: SafeText.line(line).utf8)
            out.append(10)
        }
        bytes(out)
    }

    static func error(_ s: String) {
        FileHandle.standardError.write(Data(("beat: " + SafeText.line(s) + "\n").utf8))
    }

    /// A second line under an error: what the user can do about it.
    static func hint(_ s: String) {
        FileHandle.standardError.write(Data(("beat: " + SafeText.line(s) + "\n").utf8))
    }

    /// A note on standard error that is neither an error nor a warning ("Written: FILE").
    static func note(_ s: String) {
        FileHandle.standardError.write(Data((SafeText.line(s) + "\n").utf8))
    }

    static func warn(_ s: String) {
        FileHandle.standardError.write(Data(("beat: " + L10n.warningPrefix + SafeText.line(s) + "\n").utf8))
    }

    /// JSON escapes every control character itself (`\u001b`): written as rendered.
    static func json(_ v: JSONValue) {
        FileHandle.standardOutput.write(Data((v.rendered(pretty: true) + "\n").utf8))
    }

    /// The width to lay text out in: `$COLUMNS`, else 80.
    static var width: Int {
        if let c = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), c >= 20 { return c }
        return 80
    }
}
