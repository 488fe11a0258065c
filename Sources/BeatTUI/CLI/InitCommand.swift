import ArgumentParser
import BeatCore
import BeatDemo
import BeatPostgres

struct InitCommand: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create a store (never overwrites an existing one).")

    @OptionGroup var common: CommonOptions

    @OptionGroup var demoFlag: DemoFlag

    @Option(help: "Create a synthetic store for measuring speed: komenda (a whole city station, 300,000 contacts) or demo (the pilot's size).")
    var synthetic: Synthetic.Size?

    @Option(help: "The seed of the synthetic store's pseudo-random choices (same seed and day: the same store).")
    var seed: UInt64 = 1

    @Option(help: "Share the store with this Unix group: folders 2770 (set-group-ID), files 0660, kept by every write.")
    var group: String?

    func run(_ session: Session) throws {
        let location = try session.location
        let path = location.display
        if let size = synthetic {
            guard !demoFlag.demo else { throw BeatError.usage(L10n.syntheticWithDemo) }
            try DemoPilot.checkToday(session.clock.today)
            let model = Synthetic.model(size, seed: seed, today: session.clock.today, offsetMinutes: session.clock.now.offsetMinutes)
            try location.create(model: model, clock: session.clock, lockTimeout: session.lockTimeout, faults: session.faults, group: group)
            return Output.line(L10n.syntheticCreated(path, model))
        }
        if demoFlag.demo {
            try DemoStore.create(at: location, clock: session.clock, lockTimeout: session.lockTimeout, faults: session.faults, group: group)
        } else {
            try location.create(model: Model(), clock: session.clock, lockTimeout: session.lockTimeout, faults: session.faults, group: group)
        }
        Output.line(group.map { L10n.sharedStoreCreated(path, $0) } ?? L10n.storeCreated(path))
    }
}

struct CheckCommand: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Load and validate the whole store: exit 0, or 65 with file:line:column: reason.")

    @OptionGroup var common: CommonOptions

    func run(_ session: Session) throws {
        let store = try session.openStore()
        for p in (store as? Store)?.permissionProblems() ?? [] { Output.warn(p) }
        // The whole history, line by line; a folder's reference.json also against its digest.
        if let folder = store as? Store { try folder.checkEverything() } else { _ = try store.auditTrail() }
        if let why = store.readOnlyReason { Output.warn(L10n.readOnlyStore(store.location) + " " + why) }
        let m = store.model
        Output.line(L10n.checkSummary(path: store.location, seq: m.seq, districts: m.districts.count, officers: m.officers.count,
                                      plans: m.plans.count, tasks: m.tasks.count, contacts: m.contacts.count, meetings: m.meetings.count))
    }
}

struct CompactCommand: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "compact", abstract: "Write a new snapshot and rotate the journal into history/.")

    @OptionGroup var common: CommonOptions

    func run(_ session: Session) throws {
        let store = try session.openStore()
        let wrote = try store.compact(by: try session.journalName(in: store.model))
        Output.line(wrote ? L10n.compacted(store.model.seq) : L10n.nothingToCompact(store.model.seq))
    }
}
