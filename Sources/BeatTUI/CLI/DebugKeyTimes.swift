import ArgumentParser
import BeatCore
import Foundation

extension DebugCommand {
    /// For the benchmark: the interface on a virtual terminal, timing each key press with the
    /// frame it leads to (what a person waits for), one line per key: `KEY SECONDS`.
    struct KeyTimes: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "key-times",
            abstract: "Press keys on a virtual terminal; print each key and the seconds its press and frame took.")
        @OptionGroup var common: CommonOptions
        // Not --size/--keys: the top command has those, and would take them.
        @Option(name: .customLong("terminal"), help: "The virtual terminal's size, COLSxROWS.") var size = "80x24"
        @Option(name: .customLong("press"), help: "Keys to press, as for --headless --keys.") var keys = ""

        func run(_ session: Session) throws {
            let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
            guard parts.count == 2, parts[0] > 0, parts[1] > 0 else { throw BeatError.usage(L10n.badSize(size)) }
            let parsed: [Key]
            do { parsed = try Key.parse(keys) } catch let e as Key.KeyParseError { throw BeatError.usage(L10n.badKeyName(e.name)) }
            // Opened as the interface opens it; the officer at work has the contact log in before the first key.
            let store = try Launcher.openStore(session)
            let terminal = VirtualTerminal(rows: parts[1], cols: parts[0], keys: parsed)
            let app = try Launcher.makeApp(session, store: store, terminal: terminal)
            _ = app.frame()
            store.loadRestInBackground()
            app.takeContactLog(wait: true)
            if let failure = app.failure { throw failure }
            var lines: [String] = []
            for key in parsed {
                terminal.keys.removeFirst()
                let start = DispatchTime.now().uptimeNanoseconds
                app.press(key)
                _ = app.frame()
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                lines.append("\(key) \(seconds)")
                if app.state.quit { break }
            }
            Output.lines(lines)
        }
    }
}
