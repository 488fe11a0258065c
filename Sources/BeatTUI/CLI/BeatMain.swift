import ArgumentParser
import BeatCore
import Foundation

/// The `beat` executable's entry: parse the command line, run the command in its session,
/// and map what went wrong to one sentence on stderr and the README's exit code — the one
/// place for it, rather than a wrapper in every command.
@main
enum BeatMain {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // Parsed from the copy above; `ps` sees the command line with no password in it.
        HiddenPasswords.blankOutOfCommandLine()
        let environment = ProcessInfo.processInfo.environment
        if let refused = ArgumentBytes.invalidUTF8(ArgumentBytes.strict) {
            language(arguments, environment).bind { fail(refused) }
        }
        var command: ParsableCommand
        do {
            command = try BeatCommand.parseAsRoot(arguments)
        } catch {
            // `--lang` may not have been read: the parse stopped at the error.
            language(arguments, environment).bind { fail(CommandLineRefusal.usageError(for: error, arguments: arguments) ?? error) }
        }
        guard let sessionCommand = command as? any SessionCommand else {
            // A group without a subcommand: its help.
            do { try command.run() } catch { fail(error) }
            return
        }
        // The language is bound once, around the command and whatever it says, error or not.
        let session: Session
        do { session = try Session(sessionCommand.common, environment: environment) } catch {
            Session.language(sessionCommand.common, environment).bind { fail(error) }
        }
        session.language.bind {
            do { try sessionCommand.run(session) } catch { fail(error) }
        }
    }

    /// A `BeatError` as its sentence (a damaged file with what to do about it) and exit
    /// code; anything else — help asked for, a completion script, the parser's own
    /// errors, an exit code — as the argument parser shows it.
    static func fail(_ error: Error) -> Never {
        guard let e = error as? BeatError else {
            let code = BeatCommand.exitCode(for: error)
            if code == .success { BeatCommand.exit(withError: error) }
            // The parser's own message quotes what was typed: through SafeText, like every sentence.
            FileHandle.standardError.write(Data((SafeText.lines(ParserMessage.translated(BeatCommand.fullMessage(for: error))) + "\n").utf8))
            exit(code.rawValue)
        }
        // A file's bad lines, one `FILE:LINE: reason` each.
        if case .badInput(let lines) = e { lines.forEach(Output.error) } else { Output.error(e.message) }
        if case .badData = e { Output.hint(L10n.badDataWhatToDo) }
        exit(e.exitCode)
    }

    /// `--lang X` or `--lang=X` as typed, else the environment's language.
    static func language(_ arguments: [String], _ environment: [String: String]) -> Language {
        for (i, a) in arguments.enumerated() {
            let value = a == "--lang" && i + 1 < arguments.count ? arguments[i + 1] : a.hasPrefix("--lang=") ? String(a.dropFirst(7)) : nil
            if let value, let l = Language(rawValue: value.lowercased()) { return l }
        }
        return Language.from(environment: environment)
    }
}
