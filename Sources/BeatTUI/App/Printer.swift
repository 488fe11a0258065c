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
        let options = ReportOptions(district: kind.accepts.contains(.district) ? request.district : nil,
                                    officer: kind.accepts.contains(.officer) ? request.officer : nil,
                                    plan: kind.accepts.contains(.plan) ? request.plan : nil,
                                    team: kind.accepts.contains(.team) ? request.team : nil,
                                    since: kind.accepts.contains(.since) ? request.since : nil, language: language)
        let folder = environment["BEAT_PRINT_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? FileManager.default.currentDirectoryPath
        do {
            let path = try Reports.save(kind: kind, model: model, options: options, clock: clock,
                                        source: ReportSource(path: storePath, id: storeID, seq: model.seq), folder: folder)
            guard pipe else { return .success(L10n.printedTo(path)) }
            guard let lpr = Printer.findLpr(environment) else { return .failure(.other(L10n.noLpr(path))) }
            let p = Process()
            p.executableURL = URL(fileURLWithPath: lpr)
            p.arguments = [path]
            p.standardInput = FileHandle.nullDevice
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            return p.terminationStatus == 0 ? .success(L10n.sentToPrinter(path)) : .failure(.other(L10n.lprFailed(path, p.terminationStatus)))
        } catch let e as BeatError {
            return .failure(e)
        } catch {
            return .failure(.other("\(error)"))
        }
    }

    static func findLpr(_ env: [String: String]) -> String? {
        (env["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { $0 + "/lpr" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
