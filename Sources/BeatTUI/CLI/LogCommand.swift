import ArgumentParser
import BeatCore

/// `beat log`: the audit trail — who changed what, when — in plain words.
struct LogCommand: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "log",
        abstract: "Show the journal (history and live) in plain words: who changed what, when.")

    @OptionGroup var common: CommonOptions
    @Option(help: "Only from this day on, YYYY-MM-DD.") var since: Day?
    @Option(help: "Only changes made by this officer (id, as recorded).") var officer: String?
    @Flag(help: "JSON output (keys: seq, at, by, change, text).") var json = false

    func run(_ session: Session) throws {
        let store = try session.openStore()
        let trail = try store.auditTrail()
        // An author as recorded: an officer of the store, or one the journal names (`user:NAME`).
        if let o = officer, store.model.officer(o) == nil, !trail.contains(where: { $0.by == o }) {
            throw BeatError.usage(L10n.unknownOfficer(o))
        }
        let entries = AuditLog.filter(trail, since: since, officer: officer)
        if json {
            return Output.json(.array(entries.map { e in
                .object(["seq": .int(e.seq), "at": .string(e.at.description), "by": .string(e.by),
                         "change": .string(e.change.name), "text": .string(AuditLog.sentence(e.change, model: store.model))])
            }))
        }
        guard !entries.isEmpty else { return Output.line(L10n.logNone()) }
        Output.lines(entries.map { AuditLog.line($0, model: store.model) })
        Output.line(L10n.logCount(entries.count))
    }
}
