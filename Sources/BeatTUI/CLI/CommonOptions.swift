import ArgumentParser
import BeatCore
import BeatPostgres
import Foundation

/// Options every command takes: where the store is, who is acting, which language.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: "The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).")
    var data: String?

    @Option(name: .customLong("as"), help: "The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).")
    var actingOfficer: String?

    @Option(name: .customLong("lang"), help: "Language of messages (default: from the locale; $BEAT_LANG).")
    var lang: Language?
}

/// A command that runs in a `Session`. `BeatMain` makes the session from the command's
/// common options, runs the command, and turns a `BeatError` into its sentence and exit code.
protocol SessionCommand: ParsableCommand {
    var common: CommonOptions { get }
    func run(_ session: Session) throws
}

/// What a command runs in: the environment, the clock, the store's place, the officer acting.
struct Session {
    let options: CommonOptions
    let environment: [String: String]
    let clock: Clock
    /// The language the command speaks (`BeatMain` binds it around the command).
    let language: Language
    /// The store every command opens (`openStore`); `beat --demo` points it at a scratch copy.
    var storePath: String

    init(_ options: CommonOptions, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        self.options = options
        self.environment = environment
        self.language = Session.language(options, environment)
        self.clock = try Clock.system(environment: environment)
        self.storePath = options.data ?? Store.defaultPath(environment: environment)
    }

    /// `--lang`, else `$BEAT_LANG` and the locale.
    static func language(_ options: CommonOptions, _ environment: [String: String]) -> Language {
        options.lang ?? Language.from(environment: environment)
    }

    /// Stores stay open until the process ends: freeing a city station's model record by
    /// record would cost a command more time than its own work.
    nonisolated(unsafe) static var keptOpen: [any BeatStore] = []

    /// Where the store is: a folder, or a schema on a PostgreSQL server (`postgresql://…`
    /// never becomes a folder of that name).
    var location: StoreLocation { get throws { try StoreLocation(storePath, environment: environment) } }

    var lockTimeout: Double { environment["BEAT_LOCK_TIMEOUT"].flatMap(Double.init) ?? 10 }

    /// The fault to inject into store writes (`BEAT_FAULT`, e.g. `ENOSPC@0`): for Beat's own tests.
    var faults: FaultInjection? { environment["BEAT_FAULT"].flatMap { FaultInjection(spec: $0) } }

    /// Opens the store — the one way every command and the interface open it. Commands that
    /// never look at the contact log pass `.reference`; the interface shows the store's
    /// warnings itself (`printWarnings: false`). `live`: the interface, which shows other
    /// writers' changes as they come (a server store listens for them).
    func openStore(_ scope: LoadScope = .all, tasks: Set<Int> = [], printWarnings: Bool = true, live: Bool = false) throws -> any BeatStore {
        let store = try location.open(lockTimeout: lockTimeout, scope: scope, tasks: tasks, live: live)
        switch store {
        case let folder as Store: folder.faults = faults
        case let server as PostgresStore:
            // `BEAT_FAULT=kill@STEP`: the process dies at that step of a write (Beat's own tests).
            if let spec = environment["BEAT_FAULT"], spec.hasPrefix("kill@") {
                let step = String(spec.dropFirst(5))
                server.faultStep = { if $0 == step { kill(getpid(), SIGKILL) } }
            }
        default: break
        }
        Session.keptOpen.append(store)
        if printWarnings { for w in store.warnings { Output.warn(w) } }
        return store
    }

    /// The acting officer's id: `--as`, `$BEAT_OFFICER`, the saved choice — checked against
    /// the store and, when officers have logins, against the Unix account (`Authority`).
    func actingOfficer(in model: Model) throws -> String? {
        let requested = options.actingOfficer ?? environment["BEAT_OFFICER"].flatMap { $0.isEmpty ? nil : $0 }
        return try Authority.acting(requested: requested, saved: Config.load(environment).officer, account: Session.account, in: model)
    }

    /// Who the journal records: the acting officer, else (without logins) the Unix account.
    func journalName(in model: Model) throws -> String {
        try Authority.journalName(actor: try actingOfficer(in: model), account: Session.account, in: model)
    }

    /// Writes `changes` as the officer acting, if they may make them (`Authority.check`):
    /// the one way commands change a store.
    @discardableResult
    func write(_ store: any BeatStore, _ changes: [Change]) throws -> [Created?] {
        let actor = try actingOfficer(in: store.model)
        for c in changes { try Authority.check(c, by: actor, in: store.model) }
        return try store.append(changes, by: try Authority.journalName(actor: actor, account: Session.account, in: store.model),
                                at: clock.now).map(\.created)
    }

    @discardableResult
    func write(_ store: any BeatStore, _ change: Change) throws -> Created? { try write(store, [change]).first ?? nil }

    /// The Unix account running Beat, from the system (not from `$USER`, which anyone can set).
    static var account: String {
        if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return "uid-\(geteuid())"
    }

    /// `user:ACCOUNT`, for changes made without an officer named (stores without logins).
    static func systemUser() -> String { "user:" + account }
}
