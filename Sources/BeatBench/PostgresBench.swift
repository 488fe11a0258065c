import BeatCore
import BeatPostgres
import Foundation

/// The PostgreSQL figures (issue 16), each beside the folder's from the same run: the store
/// given with `--store DIR` is copied onto the server `--postgres URL` names (a schema of the
/// benchmark's own, dropped afterwards) and both are measured alike. Writes go to scratch
/// copies on both sides.
extension Bench {
    func postgres() throws {
        guard let url = options.postgres else {
            report.notes.append("PostgreSQL figures: not measured (give --postgres postgresql://…)")
            return
        }
        let schema = "bench_\(getpid())"
        let serverURL = Bench.withSchema(url, schema)
        let address = try PostgresAddress(serverURL)
        let server = StoreLocation.postgres(address)
        progress("copying \(options.store) onto \(address.display)")
        let copyTime = try measure(runs: 1, warmup: 0) { _ = try server.copy(from: .folder(options.store), lockTimeout: 120) }
        defer { try? PostgresStore.drop(at: address, lockTimeout: 60) }
        report.figures.append(Figure(name: "PostgreSQL: beat copy of the store onto the server", median: copyTime.median, p95: copyTime.p95,
                                     unit: .seconds, note: "once"))

        // Opening everything and reading every contact, in-process: the same work on both
        // sides (a folder store opened whole decodes its contacts when they are first read).
        progress("PostgreSQL: open everything and read every contact (in-process), folder and server")
        let folderOpen = try measure(runs: options.runs) { _ = try Store.open(at: options.store).model.contacts.count }
        let serverOpen = try measure(runs: options.runs) {
            let store = try PostgresStore.open(at: address, lockTimeout: 60)
            _ = store.model.contacts.count
            store.close()
        }
        pair("open everything, read every contact (in-process)", folderOpen, serverOpen, unit: .seconds, limit: 2)

        // One save as the interface makes it: through an open store, durable on both sides.
        let folderCopy = try scratchCopy("pg-folder")
        progress("PostgreSQL: one save, durable (in-process), folder and server")
        let folderSave = try alternatingSaves(try Store.open(at: folderCopy))
        // Live, as the interface opens it (it hears others' commits, so it saves in one round trip).
        let serverSave = try alternatingSaves(try PostgresStore.open(at: address, lockTimeout: 60, live: true))
        report.figures.append(Figure(name: "save one change, durable: folder (fsync)", median: folderSave.median * 1000,
                                     p95: folderSave.p99 * 1000, unit: .milliseconds, note: "p99 in the p95 column"))
        report.figures.append(Figure(name: "save one change, durable: PostgreSQL (commit)", median: serverSave.median * 1000,
                                     p95: serverSave.p99 * 1000, unit: .milliseconds, target: "p99 ≤ 5 ms", met: serverSave.p99 <= 0.005,
                                     note: "p99 in the p95 column"))

        // Whole processes, as an officer meets them.
        progress("PostgreSQL: beat contact add (whole process), folder and server")
        let addArgs = ["contact", "add", "--officer", officer, "--as", officer, "--channel", "phone", "--category", "other",
                       "--summary", "Pomiar czasu: kontakt telefoniczny w sprawie parkowania."]
        let folderAdd = try measure(runs: options.runs) { try spawnOK(addArgs + ["--data", folderCopy]) }
        let serverAdd = try measure(runs: options.runs) { try spawnOK(addArgs + ["--data", serverURL]) }
        pair("beat contact add, whole process", folderAdd, serverAdd, unit: .milliseconds, limit: 2)
        progress("PostgreSQL: beat task list (whole process), folder and server")
        let folderList = try measure(runs: options.runs) { try spawnOK(["task", "list", "--data", folderCopy]) }
        let serverList = try measure(runs: options.runs) { try spawnOK(["task", "list", "--data", serverURL]) }
        pair("beat task list, whole process", folderList, serverList, unit: .milliseconds, limit: 1.5)

        // Writers at once.
        for (label, data) in [("folder", folderCopy), ("PostgreSQL", serverURL)] {
            progress("PostgreSQL: 8 writers × 500 changes at once on the \(label) store")
            let result = try writersAtOnce(data: data, location: try StoreLocation(data), writers: 8, each: 500)
            report.figures.append(Figure(name: "8 writers × 500 changes: \(label), changes a second", median: result.perSecond,
                                         p95: result.perSecond, unit: .ratio,
                                         target: "0 lost, 0 twice", met: result.lost == 0 && result.twice == 0,
                                         note: "lost \(result.lost), twice \(result.twice), \(String(format: "%.1f", result.seconds)) s in all"))
        }
    }

    /// `url` with `schema=NAME` (replacing one given).
    static func withSchema(_ url: String, _ schema: String) -> String {
        var base = url
        if let r = base.range(of: #"[?&]schema=[^&]*"#, options: .regularExpression) { base.removeSubrange(r) }
        return base + (base.contains("?") ? "&" : "?") + "schema=" + schema
    }

    /// Server and folder side by side, and their ratio against `limit`.
    private func pair(_ name: String, _ folder: Sample, _ server: Sample, unit: Figure.Unit, limit: Double) {
        let scale = unit == .milliseconds ? 1000.0 : 1
        report.figures.append(Figure(name: name + ": folder", median: folder.median * scale, p95: folder.p95 * scale, unit: unit))
        report.figures.append(Figure(name: name + ": PostgreSQL", median: server.median * scale, p95: server.p95 * scale, unit: unit))
        report.figures.append(Figure(name: "  PostgreSQL / folder", median: server.median / folder.median, p95: server.p95 / folder.p95,
                                     unit: .ratio, target: String(format: "≤ %.1f×", limit), met: server.median / folder.median <= limit))
    }

    private func spawnOK(_ args: [String]) throws {
        let c = try Spawn.run(beat, args, environment: env)
        guard c.status == 0 else { throw BenchError("beat \(args.prefix(2).joined(separator: " ")) failed with \(c.status)") }
    }

    /// `writers` processes append `each` notes at once (`beat debug write-loop`); then the
    /// journal is read: every note acknowledged must be there exactly once.
    private func writersAtOnce(data: String, location: StoreLocation, writers: Int, each: Int) throws
        -> (lost: Int, twice: Int, seconds: Double, perSecond: Double) {
        guard let task = openTasks.first else { throw BenchError("no open task") }
        let tag = "bench\(getpid())"
        let start = now()
        var children: [Process] = []
        for w in 0..<writers {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: beat)
            p.arguments = ["debug", "write-loop", "--task", String(task), "--count", String(each), "--tag", "\(tag)w\(w)",
                           "--as", officer, "--data", data]
            p.environment = env.merging(["BEAT_LOCK_TIMEOUT": "120"]) { $1 }
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            children.append(p)
        }
        var failed = 0
        for p in children {
            p.waitUntilExit()
            if p.terminationStatus != 0 { failed += 1 }
        }
        let seconds = now() - start
        guard failed == 0 else { throw BenchError("\(failed) of \(writers) writers failed") }
        var seen: [String: Int] = [:]
        for entry in try location.open(lockTimeout: 120, scope: .reference).auditTrail() {
            if case .addNote(let n) = entry.change, n.text.hasPrefix(tag) { seen[n.text, default: 0] += 1 }
        }
        var lost = 0, twice = 0
        for w in 0..<writers {
            for n in 1...each {
                switch seen["\(tag)w\(w)-\(n)"] ?? 0 {
                case 0: lost += 1
                case 1: break
                default: twice += 1
                }
            }
        }
        return (lost, twice, seconds, Double(writers * each) / seconds)
    }
}
