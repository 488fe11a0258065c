import ArgumentParser
import BeatCore

/// `beat privacy`: residents' personal data under RODO — the retention purge and access requests.
struct PrivacyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "privacy", abstract: "Residents' personal data (RODO).",
                                                    subcommands: [Purge.self, Find.self])

    struct Purge: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "purge",
            abstract: "Pseudonymise residents' personal data in contacts older than the retention period, in the snapshot and the journal history.")
        @OptionGroup var common: CommonOptions
        @Option(help: "The retention period: 24m (months), 2y (years), 90d (days).") var olderThan: RetentionPeriod
        @Flag(help: "Show what would change; change nothing.") var dryRun = false

        func run(_ session: Session) throws {
            let store = try session.openStore()
            let before = olderThan.cutoff(today: session.clock.today)
            let report = try store.purgePersonalData(before: before, by: try session.journalName(in: store.model),
                                                     at: session.clock.now, dryRun: dryRun)
            for name in report.leftovers { Output.warn(L10n.purgeLeftover((store as? Store).map { $0.path + "/" + name } ?? name)) }
            guard !report.isEmpty else { return Output.line(L10n.purgeNothing) }
            Output.line(L10n.purgeHeader(before: before, dryRun: dryRun))
            let names = L10n.residentPersonalDataNames
            for c in report.contacts {
                Output.line(L10n.purgeContactLine(c.id, c.day, c.category, fields: c.fields.map { names[$0] ?? $0.rawValue }, pseudonym: c.pseudonym))
            }
            for f in report.journal { Output.line(L10n.purgeJournalLine(f.file, lines: f.entries)) }
            if report.tornLines > 0 { Output.line(L10n.purgeTornLines(report.tornLines, dryRun: dryRun)) }
            Output.line(L10n.purgeSummary(contacts: report.contacts.count, entries: report.journalEntries, files: report.journal.count,
                                          people: report.people, dryRun: dryRun))
            if !report.vacuumed.isEmpty { Output.line(L10n.pgVacuumed(report.vacuumed)) }
        }
    }

    struct Find: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "find",
            abstract: "List every record holding data that matches NAME (case and Polish letters ignored): an access request.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "A name, phone number, e-mail or address (or part of one).") var name: String
        @Flag(help: "JSON output (keys: kind, id, place, fields, at, by).") var json = false

        func run(_ session: Session) throws {
            guard TextFold.key(name.trimmingCharacters(in: .whitespaces)).count >= 2 else { throw BeatError.usage(L10n.findNeedsText) }
            let store = try session.openStore()
            let records = try store.findPersonalData(name)
            if json {
                return Output.json(.array(records.map { r in
                    .object(["kind": .string(r.kind.rawValue), "id": .string(r.id), "place": .string(r.place),
                             "fields": .array(r.fields.map { .string($0) }),
                             "at": .string(r.at?.description), "by": .string(r.by)])
                }))
            }
            guard !records.isEmpty else { return Output.line(L10n.findNone(name)) }
            var table = TextTable([.init(L10n.colRecord), .init("ID", alignRight: true), .init(L10n.colWhen),
                                   .init(L10n.colFile, flexible: true, minWidth: 12), .init(L10n.colFields, flexible: true, minWidth: 10)])
            for r in records {
                table.add([L10n.recordKindName(r.kind), r.id, r.at.map { "\($0.day) \($0.hourMinute)" } ?? "",
                           r.place, r.fields.joined(separator: ", ")])
            }
            Output.table(table, footer: [L10n.findCount(records.count)])
        }
    }
}
