import ArgumentParser
import BeatCore
import Foundation

/// `beat export ics|csv|json`: the store's data for calendars, spreadsheets and backups.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export: a calendar, CSV, or the whole store as JSON.",
                                                    subcommands: [ICS.self, CSV.self, JSON.self])

    struct ICS: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "ics",
            abstract: "Open tasks with due days as an iCalendar file (VTODO; --events: all-day VEVENTs).")
        @OptionGroup var common: CommonOptions
        @Option(help: "Only this officer's tasks.") var officer: String?
        @Flag(help: "All-day events on the due days instead of to-dos (for calendar apps that show no to-dos).") var events = false
        @Option(name: .customShort("o"), help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
        var output: String?

        func run(_ session: Session) throws {
            let store = try session.openStore()
            try Arguments.checkFilters(officer: officer, in: store.model)
            try Output.deliver(TaskCalendar.ics(model: store.model, storeID: store.id, officer: officer, asEvents: events), to: output)
        }
    }

    struct CSV: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "csv", abstract: "Tasks, contacts or plans as CSV (RFC 4180, UTF-8).")
        @OptionGroup var common: CommonOptions
        @Option(help: "What to export.") var what: DataExport.Kind
        @Flag(name: .customLong("with-personal-data"), help: "Include residents' names and contact details (contacts).")
        var withPersonalData = false
        @Option(name: .customShort("o"), help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
        var output: String?

        func run(_ session: Session) throws {
            if withPersonalData, what != .contacts { throw BeatError.usage(L10n.exportPersonalDataOnlyContacts) }
            let store = try session.openStore()
            if withPersonalData { Output.warn(L10n.exportPersonalDataWarning) }
            try Output.deliver(DataExport.csv(what, model: store.model, today: session.clock.today, personalData: withPersonalData),
                               to: output)
        }
    }

    struct JSON: SessionCommand {
        static let configuration = CommandConfiguration(commandName: "json",
            abstract: "The whole store as one JSON document (for backups and other tools; includes personal data).")
        @OptionGroup var common: CommonOptions
        @Option(name: .customShort("o"), help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
        var output: String?

        func run(_ session: Session) throws {
            let store = try session.openStore()
            Output.warn(L10n.exportPersonalDataWarning)
            try Output.deliver(try StoreExport.json(model: store.model, storeID: store.id, clock: session.clock), to: output)
        }
    }
}
