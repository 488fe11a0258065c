import ArgumentParser
import BeatCore
import Foundation

/// Tools for Beat's own tests (hidden from help): a writer that appends in a loop and says
/// which changes were acknowledged, for the crash and concurrency tests of the store.
struct DebugCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "debug", abstract: "Tools for Beat's own tests.",
                                                    shouldDisplay: false, subcommands: [WriteLoop.self, HoldLock.self, KeyTimes.self])

    struct WriteLoop: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "write-loop",
            abstract: "Append notes to a task in a loop; print `ack N TEXT` after each durable append.")
        @OptionGroup var common: CommonOptions
        @Option(help: "The task to note on.") var task: Int
        @Option(help: "How many notes (0: until killed).") var count = 0
        @Option(help: "A tag put in each note, to tell writers apart.") var tag = "w"

        func run(_ session: Session) throws {
            let store = try session.openStore()
            let who = try session.journalName(in: store.model)
            var n = 0
            while count == 0 || n < count {
                n += 1
                let text = "\(tag)-\(n)"
                try store.append(.addNote(NoteAddition(task: task, text: text)), by: who, at: Timestamp.now())
                Output.line("ack \(store.model.seq) \(text)")  // unbuffered: one write(2)
            }
        }
    }

    struct HoldLock: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "hold-lock",
            abstract: "Hold the store's write lock for a while, as a slow writer would; print `locked` once it is held.")
        @OptionGroup var common: CommonOptions
        @Option(help: "How long to hold it, in seconds.") var seconds: Double = 5

        func run(_ session: Session) throws {
            let store = try session.openStore()
            try store.holdingWriteLock(by: try session.journalName(in: store.model)) {
                Output.line("locked")
                usleep(useconds_t(seconds * 1_000_000))
            }
        }
    }
}
