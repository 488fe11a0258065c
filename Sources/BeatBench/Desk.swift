import BeatCore
import BeatDemo
import Foundation

/// Saving at the desk, as the officer meets it: contacts logged through the interface
/// (`3`, `a`, the summary, `Ctrl-S`) with the real store and fsync — not `Store.append` alone.
extension Bench {
    /// The keys that log `n` contacts from anywhere in the interface.
    static func deskKeys(_ n: Int) -> String {
        (0..<n).map { "3aZapis przy biurku \($0)<C-s>" }.joined()
    }

    struct DeskFigures {
        /// Each `Ctrl-S` that saved a contact, with the frame after it (`beat debug key-times`).
        var keyPress: [Double] = []
        /// Whole processes: (`wholeSaves` saves − opening) / `wholeSaves`.
        var perSave: [Double] = []
        /// Peak memory (MB) of `wholeSaves` saves over that of opening the contact list.
        var growth: [Double] = []
        /// Peak memory (MB) of `wholeSaves` saves over that of one: what grows with the number of saves.
        var perSaveGrowth: [Double] = []
        /// Appending a journal-sized line to a file on the same disk and fsyncing it: what no save can avoid.
        var fsync: [Double] = []
    }

    /// Saves a key-times run makes, and a whole process: enough that opening the store, which
    /// varies from run to run, does not swamp them.
    static let keySaves = 30, wholeSaves = 100

    func desk() throws {
        let stores = [("this store", try scratchCopy("desk-komenda")), ("demo", try demoStore("desk-demo"))]
        var figures = [DeskFigures(), DeskFigures()]
        // The two stores in turn, run after run: both meet the machine in the same state.
        for run in 0..<options.runs {
            for (k, (label, path)) in stores.enumerated() {
                progress("save through the interface, run \(run + 1) of \(options.runs) (\(label))")
                try deskRun(at: path, label: label, into: &figures[k])
            }
        }
        let big = figures[0], small = figures[1]
        let press = Sample(values: big.keyPress), pressDemo = Sample(values: small.keyPress)
        let perSave = Sample(values: big.perSave), perSaveDemo = Sample(values: small.perSave)
        let growth = Sample(values: big.growth), perSaveGrowth = Sample(values: big.perSaveGrowth)
        let fsync = Sample(values: big.fsync + small.fsync)
        let ms = 1000.0
        report.figures.append(Figure(name: "save through the interface, per Ctrl-S (p99 in p95 column)", median: press.median * ms,
                                     p95: press.p99 * ms, unit: .milliseconds, target: "≤ 5 ms", met: press.median <= 0.005,
                                     note: "`beat debug key-times`: 3 a, the summary, Ctrl-S, \(Bench.keySaves) times a run; the real store, fsync"))
        report.figures.append(Figure(name: "  same on the demo store (p99 in p95 column)", median: pressDemo.median * ms,
                                     p95: pressDemo.p99 * ms, unit: .milliseconds))
        report.figures.append(Figure(name: "  this store / demo", median: press.median / pressDemo.median, p95: press.p99 / pressDemo.p99,
                                     unit: .ratio, target: "≤ 2×", met: press.median / pressDemo.median <= 2))
        report.figures.append(Figure(name: "  of which no save escapes: a line appended and fsynced (p99 in p95 column)", median: fsync.median * ms,
                                     p95: fsync.p99 * ms, unit: .milliseconds,
                                     note: "\(Bench.keySaves) lines of 300 bytes a run, on the scratch stores' disk, between the saves"))
        report.figures.append(Figure(name: "save through the interface, whole process", median: perSave.median * ms, p95: perSave.p95 * ms,
                                     unit: .milliseconds, target: "≤ 5 ms", met: perSave.median <= 0.005,
                                     note: "`beat --headless --keys` logging \(Bench.wholeSaves) contacts, less opening the contact list, per save"))
        report.figures.append(Figure(name: "  same on the demo store", median: perSaveDemo.median * ms, p95: perSaveDemo.p95 * ms,
                                     unit: .milliseconds))
        report.figures.append(Figure(name: "peak memory, \(Bench.wholeSaves) saves over opening (whole process)", median: growth.median,
                                     p95: growth.percentile(100), unit: .megabytes, target: "≤ 10 MB", met: growth.median <= 10,
                                     note: "peak resident memory of `beat --headless` saving \(Bench.wholeSaves) contacts less that of opening the list; p95 column: the largest of all runs"))
        report.figures.append(Figure(name: "  peak memory, \(Bench.wholeSaves) saves over one", median: perSaveGrowth.median,
                                     p95: perSaveGrowth.percentile(100), unit: .megabytes, note: "p95 column: the largest of all runs"))
    }

    /// One run on one store: the key times of a session logging contacts, and whole processes
    /// opening the list, logging one contact, and logging many.
    func deskRun(at path: String, label: String, into figures: inout DeskFigures) throws {
        let model = try Store.open(at: path, scope: .reference).model
        guard let who = model.officers.first(where: { $0.active && $0.beat != nil })?.id else { throw BenchError("\(label): no beat officer") }
        let c = try Spawn.run(beat, ["debug", "key-times", "--terminal", "80x24", "--press", Bench.deskKeys(Bench.keySaves), "--data", path,
                                     "--as", who], environment: env, captureOutput: true)
        guard c.status == 0 else { throw BenchError("beat debug key-times failed with \(c.status)") }
        let saves = c.output.split(separator: "\n").filter { $0.hasPrefix("Ctrl-S ") }.compactMap { $0.split(separator: " ").last.flatMap { Double($0) } }
        guard saves.count == Bench.keySaves else { throw BenchError("beat debug key-times: \(saves.count) saves, not \(Bench.keySaves)") }
        figures.keyPress += saves
        figures.fsync += try fsyncs(Bench.keySaves, in: path)
        func headless(_ keys: String) throws -> Child {
            let c = try Spawn.run(beat, ["--headless", "--size", "80x24", "--keys", keys, "--data", path, "--as", who], environment: env,
                                  captureOutput: true, peakMemory: true)
            guard c.status == 0 else { throw BenchError("beat --headless failed with \(c.status)") }
            guard keys == "3" || c.output.contains("Contact logged") else { throw BenchError("beat --headless did not log the contacts") }
            return c
        }
        let open = try headless("3")
        let one = try headless(Bench.deskKeys(1))
        let many = try headless(Bench.deskKeys(Bench.wholeSaves))
        figures.perSave.append((many.seconds - open.seconds) / Double(Bench.wholeSaves))
        figures.growth.append(Double(many.maxRSS - open.maxRSS) / 1e6)
        figures.perSaveGrowth.append(Double(many.maxRSS - one.maxRSS) / 1e6)
    }

    /// The seconds each of `n` appends of a journal-sized line, fsynced, takes in a file in `folder`.
    func fsyncs(_ n: Int, in folder: String) throws -> [Double] {
        let file = folder + "/bench-fsync"
        let fd = open(file, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw BenchError("cannot create \(file)") }
        defer { close(fd); unlink(file) }
        let line = [UInt8](repeating: 120, count: 299) + [10]
        return try (0..<n).map { _ in
            let t = now()
            guard line.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == line.count, fsync(fd) == 0 else {
                throw BenchError("cannot write \(file)")
            }
            return now() - t
        }
    }

    /// A demo-sized store (the generator's `demo` size), made once in the scratch folder.
    func demoStore(_ name: String) throws -> String {
        let path = scratch + "/" + name
        if Store.exists(at: path) { return path }
        let clock = Clock(today: Timestamp.now().day, now: Timestamp.now())
        try Store.create(at: path, model: Synthetic.model(.demo, seed: 1, today: clock.today, offsetMinutes: clock.now.offsetMinutes), clock: clock)
        return path
    }
}
