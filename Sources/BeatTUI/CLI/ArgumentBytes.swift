import BeatCore
import Foundation

/// The command line's bytes as the system gave them. Swift's `CommandLine.arguments` turns
/// bytes that are not UTF-8 into U+FFFD, which a command would then store as typed: such an
/// argument is refused instead (64), naming its option.
enum ArgumentBytes {
    /// The refusal of the first argument that is not UTF-8; nil when all are.
    static func invalidUTF8(_ argv: [String?]) -> BeatError? {
        for (i, arg) in argv.enumerated() where arg == nil {
            return .usage(L10n.argumentNotUTF8(option(at: i, in: argv), position: i + 1))
        }
        return nil
    }

    /// The arguments (without the program's name) decoded strictly: nil for one that is not UTF-8.
    static var strict: [String?] {
        (1..<Int(CommandLine.argc)).map { k in CommandLine.unsafeArgv[k].flatMap { String(validatingCString: $0) } }
    }

    /// The option the argument at `i` belongs to: `--name=VALUE` itself, or `--name VALUE`.
    private static func option(at i: Int, in argv: [String?]) -> String? {
        if let raw = CommandLine.unsafeArgv[i + 1] {
            let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(raw).assumingMemoryBound(to: UInt8.self), count: strlen(raw)))
            if bytes.starts(with: [45, 45]), let eq = bytes.firstIndex(of: 61) { return String(decoding: bytes[..<eq], as: UTF8.self) }
        }
        if i > 0, let previous = argv[i - 1], previous.hasPrefix("-"), previous != "--" { return previous }
        return nil
    }
}
