import BeatCore
import Foundation

/// `p` and `P` in the interface: the current screen's report written to a file in the
/// current folder (or `$BEAT_PRINT_DIR`), and with `P` also sent to `lpr`.
struct Printer {
    let storePath: String
    let storeID: String
    let environment: [String: String]
    /// The printout's language: the interface's.
    let language: Language

    func print(_ request: ReportRequest, pipe: Bool, model: Model, clock: Clock) -> Result<String, BeatError> {
        let kind = request.kind
        // Only what the kind takes: a screen's filter may name more than one report needs.
        var options = ReportOptions(district: kind.accepts.contains(.district) ? request.district : nil,
                                    officer: kind.accepts.contains(.officer) ? request.officer : nil,
                                    plan: kind.accepts.contains(.plan) ? request.plan : nil,
                                    team: kind.accepts.contains(.team) ? request.team : nil,
                                    since: kind.accepts.contains(.since) ? request.since : nil, language: language)
        if kind.accepts.contains(.threatFilter), let q = request.threats {
            options.threatStatuses = q.statuses
            options.category = q.category
            options.overdueOnly = q.overdueOnly
        }
        let folder = environment["BEAT_PRINT_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? FileManager.default.currentDirectoryPath
        do {
            let path = try Reports.save(kind: kind, model: model, options: options, clock: clock,
                                        source: ReportSource(path: storePath, id: storeID, seq: model.seq), folder: folder)
            guard pipe else { return .success(L10n.printedTo(path)) }
            guard let lpr = Printer.findLpr(environment) else { return .failure(.other(L10n.noLpr(path))) }
            let status = Printer.run(lpr, path, environment: environment)
            return status == 0 ? .success(L10n.sentToPrinter(path)) : .failure(.other(L10n.lprFailed(path, status)))
        } catch let e as BeatError {
            return .failure(e)
        } catch {
            return .failure(.other("\(error)"))
        }
    }

    /// Runs `lpr FILE` with no terminal (curses has it) and returns its exit status (127 when
    /// it cannot start, 128+N when signal N ended it). posix_spawn, not Foundation's `Process`,
    /// whose `run()` on this toolchain can crash the process (swift-corelibs-foundation #5472).
    static func run(_ lpr: String, _ file: String, environment: [String: String]) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in 0...2 { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0) }
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(lpr), strdup(file), nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0.key + "=" + $0.value) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, lpr, &actions, nil, argv, envp) == 0 else { return 127 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    static func findLpr(_ env: [String: String]) -> String? {
        (env["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { $0 + "/lpr" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
