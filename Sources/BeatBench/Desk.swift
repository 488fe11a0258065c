import BeatCore
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
        var keyPress: Sample
        /// Whole processes: (30 saves − opening) / 30.
        var perSave: Sample
        /// Peak memory (MB) of 30 saves over that of opening the contact list.
        var growth: Sample
        /// Peak memory (MB) of 30 saves over that of one: what grows with the number of saves.
        var perSaveGrowth: Sample
    }

    func desk() throws {
        let komenda = try scratchCopy("desk-komenda")
        let demo = try demoStore("desk-demo")
        let big = try deskSaves(at: komenda, label: "this store")
        let small = try deskSaves(at: demo, label: "demo")
        let ms = 1000.0
        report.figures.append(Figure(name: "save through the interface, per Ctrl-S (p99 in p95 column)", median: big.keyPress.median * ms,
                                     p95: big.keyPress.p99 * ms, unit: .milliseconds, target: "≤ 5 ms", met: big.keyPress.median <= 0.005,
                                     note: "`beat debug key-times`: 3 a, the summary, Ctrl-S, 30 times a run; the real store, fsync"))
        report.figures.append(Figure(name: "  same on the demo store (p99 in p95 column)", median: small.keyPress.median * ms,
                                     p95: small.keyPress.p99 * ms, unit: .milliseconds))
        report.figures.append(Figure(name: "  this store / demo", median: big.keyPress.median / small.keyPress.median,
                                     p95: big.keyPress.p99 / small.keyPress.p99, unit: .ratio, target: "≤ 2×",
                                     met: big.keyPress.median / small.keyPress.median <= 2))
        report.figures.append(Figure(name: "save through the interface, whole process", median: big.perSave.median * ms,
                                     p95: big.perSave.p95 * ms, unit: .milliseconds, target: "≤ 5 ms", met: big.perSave.median <= 0.005,
                                     note: "`beat --headless --keys` logging 30 contacts, less opening the contact list, per save"))
        report.figures.append(Figure(name: "  same on the demo store", median: small.perSave.median * ms, p95: small.perSave.p95 * ms,
                                     unit: .milliseconds))
        report.figures.append(Figure(name: "peak memory, 30 saves over opening (whole process)", median: big.growth.median,
                                     p95: big.growth.percentile(100), unit: .megabytes, target: "≤ 10 MB", met: big.growth.median <= 10,
                                     note: "peak resident memory of `beat --headless` saving 30 contacts less that of opening the list; p95 column: the largest of all runs"))
        report.figures.append(Figure(name: "  peak memory, 30 saves over one", median: big.perSaveGrowth.median,
                                     p95: big.perSaveGrowth.percentile(100), unit: .megabytes, note: "p95 column: the largest of all runs"))
    }

    func deskSaves(at path: String, label: String) throws -> DeskFigures {
        let model = try Store.open(at: path, scope: .reference).model
        guard let who = model.officers.first(where: { $0.active && $0.beat != nil })?.id else { throw BenchError("\(label): no beat officer") }
        var presses: [Double] = []
        progress("save through the interface, in-process key times (\(label))")
        for _ in 0..<options.runs {
            let c = try Spawn.run(beat, ["debug", "key-times", "--terminal", "80x24", "--press", Bench.deskKeys(30), "--data", path, "--as", who],
                                  environment: env, captureOutput: true)
            guard c.status == 0 else { throw BenchError("beat debug key-times failed with \(c.status)") }
            let saves = c.output.split(separator: "\n").filter { $0.hasPrefix("Ctrl-S ") }.compactMap { $0.split(separator: " ").last.flatMap { Double($0) } }
            guard saves.count == 30 else { throw BenchError("beat debug key-times: \(saves.count) saves, not 30") }
            presses += saves
        }
        progress("save through the interface, whole processes (\(label))")
        var perSave: [Double] = [], growth: [Double] = [], perSaveGrowth: [Double] = []
        func headless(_ keys: String) throws -> Child {
            let c = try Spawn.run(beat, ["--headless", "--size", "80x24", "--keys", keys, "--data", path, "--as", who], environment: env,
                                  captureOutput: true)
            guard c.status == 0 else { throw BenchError("beat --headless failed with \(c.status)") }
            guard keys == "3" || c.output.contains("Contact logged") else { throw BenchError("beat --headless did not log the contacts") }
            return c
        }
        for _ in 0..<options.runs {
            let open = try headless("3")
            let one = try headless(Bench.deskKeys(1))
            let thirty = try headless(Bench.deskKeys(30))
            perSave.append((thirty.seconds - open.seconds) / 30)
            growth.append(Double(thirty.maxRSS - open.maxRSS) / 1e6)
            perSaveGrowth.append(Double(thirty.maxRSS - one.maxRSS) / 1e6)
        }
        return DeskFigures(keyPress: Sample(values: presses), perSave: Sample(values: perSave), growth: Sample(values: growth),
                           perSaveGrowth: Sample(values: perSaveGrowth))
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
