import ArgumentParser
import BeatCore
import BeatDemo

struct InitCommand: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create a store (never overwrites an existing one).")

    @OptionGroup var common: CommonOptions

    @OptionGroup var demoFlag: DemoFlag

    @Option(help: "Create a synthetic store for measuring speed: komenda (a whole city station, 300,000 contacts) or demo (the pilot's size).")
    var synthetic: Synthetic.Size?

    @Option(help: "The seed of the synthetic store's pseudo-random choices (same seed and day: the same store).")
    var seed: UInt64 = 1

    func run(_ session: Session) throws {
        let path = session.storePath
        if let size = synthetic {
            guard !demoFlag.demo else { throw BeatError.usage(L10n.syntheticWithDemo) }
            try DemoPilot.checkToday(session.clock.today)
            let model = Synthetic.model(size, seed: seed, today: session.clock.today, offsetMinutes: session.clock.now.offsetMinutes)
            try Store.create(at: path, model: model, clock: session.clock, faults: session.faults)
            return Output.line(L10n.syntheticCreated(path, model))
        }
        if demoFlag.demo {
            try DemoStore.create(at: path, clock: session.clock, faults: session.faults)
        } else {
            try Store.create(at: path, model: Model(), clock: session.clock, faults: session.faults)
        }
        Output.line(L10n.storeCreated(path))
    }
}

struct CheckCommand: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Load and validate the whole store: exit 0, or 65 with file:line:column: reason.")

    @OptionGroup var common: CommonOptions

    func run(_ session: Session) throws {
        let store = try session.openStore()
        for p in store.permissionProblems() { Output.warn(p) }
        try store.checkEverything()  // the whole history, line by line; reference.json against its digest
        if let why = store.readOnlyReason { Output.warn(L10n.readOnlyStore(store.path) + " " + why) }
        let m = store.model
        Output.line(L10n.checkSummary(path: store.path, seq: m.seq, districts: m.districts.count, officers: m.officers.count,
                                      plans: m.plans.count, tasks: m.tasks.count, contacts: m.contacts.count, meetings: m.meetings.count))
    }
}

struct CompactCommand: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "compact", abstract: "Write a new snapshot and rotate the journal into history/.")

    @OptionGroup var common: CommonOptions

    func run(_ session: Session) throws {
        let store = try session.openStore()
        try store.compact(by: try session.journalName(in: store.model))
        Output.line(L10n.compacted(store.model.seq))
    }
}
