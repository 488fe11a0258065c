import ArgumentParser
import BeatCore
import BeatDemo
import BeatPostgres
import Foundation

/// `beat`: the interface with no subcommand, and the commands for scripts and printouts.
struct BeatCommand: SessionCommand {
    static let configuration = CommandConfiguration(
        commandName: "beat",
        abstract: "Beat — the desk tool of a neighbourhood beat officer (dzielnicowy).",
        discussion: "Exit codes: 0 ok, 64 usage, 65 bad data, 66 no store or input file, 69 server unavailable, 73 cannot create, 75 store busy, 77 not permitted, 1 other.",
        subcommands: [InitCommand.self, CheckCommand.self, DistrictCommand.self, RejonCommand.self, OfficerCommand.self,
                      OrganisationCommand.self, TeamCommand.self, ImportCommand.self, TaskCommand.self,
                      ContactCommand.self, ThreatCommand.self, SurveyCommand.self, ProgrammeCommand.self, FiguresCommand.self,
                      PlanCommand.self, MeetingCommand.self, ReportCommand.self, ExportCommand.self,
                      CompactCommand.self, LogCommand.self, PrivacyCommand.self, BackupCommand.self, RestoreCommand.self,
                      CopyCommand.self, StoreCommand.self, DebugCommand.self, ManualCommand.self]
    )

    @OptionGroup var common: CommonOptions

    @OptionGroup var demoFlag: DemoFlag

    @Flag(help: "Run the interface on a virtual terminal and print the final screen (for tests, docs, bug reports).")
    var headless = false

    @Option(help: "With --headless: the virtual terminal's size, COLSxROWS.")
    var size = "80x24"

    @Option(help: "With --headless: keys to press, e.g. \"2s<Down><Enter>\" (<Enter> <Esc> <Tab> <Up> <C-s> …).")
    var keys = ""

    func run(_ session: Session) throws {
        var session = session
        var notice: String?
        if demoFlag.demo {
            session.storePath = try DemoStore.scratch(clock: session.clock)
            notice = L10n.demoAt(session.storePath)
        }
        if headless {
            Output.line(try Launcher.runHeadless(session, size: size, keys: keys))
        } else {
            try Launcher.runInteractive(session, notice: notice)
        }
    }
}

/// `--demo`, shared by `beat` and `beat init` (one definition, so the parser gives it to
/// whichever command runs).
struct DemoFlag: ParsableArguments {
    @Flag(help: "Use the demo pilot (Kalisz: Dobrzec and Widok), dated around today: `beat --demo` opens a scratch copy, `beat init --demo` creates it.")
    var demo = false
}

/// The bundled demo store, made fresh for today.
enum DemoStore {
    /// Creates the demo at `location` (a folder or a server schema).
    static func create(at location: StoreLocation, clock: Clock, lockTimeout: Double = 10, faults: FaultInjection? = nil,
                       group: String? = nil) throws {
        try DemoPilot.checkToday(clock.today)
        try location.create(model: DemoPilot.model(today: clock.today, offsetMinutes: clock.now.offsetMinutes), clock: clock,
                            lockTimeout: lockTimeout, faults: faults, group: group)
    }

    /// Creates a scratch copy in a new temporary folder and returns its path.
    static func scratch(clock: Clock) throws -> String {
        try DemoPilot.checkToday(clock.today)
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/beat-demo-XXXXXX").utf8CString)
        guard let p = mkdtemp(&template) else { throw BeatError.cannotCreate(L10n.cannotCreateFolder(base, "mkdtemp")) }
        let path = String(cString: p)
        do {
            try create(at: .folder(path), clock: clock)
        } catch {
            rmdir(path)  // ours, and empty: a failed create leaves the place as it was
            throw error
        }
        return path
    }
}
