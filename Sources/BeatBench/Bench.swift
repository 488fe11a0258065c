import BeatCore
import BeatDemo
import Foundation

/// The measurements, in the order of the table.
final class Bench {
    let options: Options
    let beat: String
    let scratch: String
    let env: [String: String]
    var report = Report()

    /// Facts about the store, read once.
    var storeFiles: [String] = []
    var storeBytes = 0
    var officer = ""
    /// The coordination team of the officer's district (the meeting review).
    var team = ""
    var openTasks: [Int] = []

    init(_ options: Options) throws {
        self.options = options
        guard Store.exists(at: options.store) else { throw BenchError("\(options.store) is not a Beat store") }
        beat = try Bench.locateBeat(options.beat)
        scratch = NSTemporaryDirectory() + "beat-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        env = ["PATH": "/usr/bin:/bin", "HOME": scratch, "LANG": "C.UTF-8", "XDG_CONFIG_HOME": scratch + "/config", "BEAT_LANG": "en",
               "TERM": "xterm-256color"]
        report.store = options.store
        report.runs = options.runs
    }

    func cleanUp() {
        try? FileManager.default.removeItem(atPath: scratch)
    }

    /// The release `beat` next to this executable, built first so it is never stale.
    static func locateBeat(_ given: String?) throws -> String {
        if let given { return given }
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let sibling = exe.deletingLastPathComponent().appendingPathComponent("beat").path
        // The package root is above `.build`: build `beat` there (a no-op when it is up to date).
        var root = exe.deletingLastPathComponent()
        while root.path != "/" && root.lastPathComponent != ".build" { root = root.deletingLastPathComponent() }
        if root.lastPathComponent == ".build" {
            let pkg = root.deletingLastPathComponent().path
            progress("building beat (release) in \(pkg)")
            let swift = ["/usr/bin/swift", "/opt/swift/usr/bin/swift"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "swift"
            let p = Process()
            p.executableURL = URL(fileURLWithPath: swift)
            p.arguments = ["build", "-c", "release", "--product", "beat", "--package-path", pkg]
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            guard p.terminationStatus == 0 else { throw BenchError("swift build -c release --product beat failed") }
        }
        guard FileManager.default.isExecutableFile(atPath: sibling) else {
            throw BenchError("no release beat at \(sibling); build it (swift build -c release) or pass --beat PATH")
        }
        return sibling
    }

    /// The parts `--only` can pick, in the order they run.
    static let parts = ["floor", "check", "save", "desk", "writes", "list", "reports", "interface", "postgres"]

    func runAll() throws {
        try survey()
        let steps: [(String, () throws -> Void)] = [("floor", floorAndLoad), ("check", checkAsProcess), ("save", saveInProcess),
                                                    ("desk", desk), ("writes", writesAsProcess), ("list", taskList), ("reports", reports),
                                                    ("interface", interface), ("postgres", postgres)]
        for (name, step) in steps where options.only.isEmpty || options.only.contains(name) { try step() }
    }

    // MARK: The store

    func survey() throws {
        let fm = FileManager.default
        guard let e = fm.enumerator(atPath: options.store) else { throw BenchError("cannot list \(options.store)") }
        while let rel = e.nextObject() as? String {
            let p = options.store + "/" + rel
            var st = stat()
            guard stat(p, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { continue }
            storeFiles.append(p)
            storeBytes += Int(st.st_size)
        }
        report.storeBytes = storeBytes
        let store = try Store.open(at: options.store, scope: .reference)
        let m = store.model
        report.tasks = m.tasks.count
        guard let o = m.officers.first(where: { $0.active && $0.beat != nil }) else { throw BenchError("the store has no beat officer") }
        officer = o.id
        team = m.team(forDistrict: o.district)?.id ?? m.teams.first?.id ?? ""
        openTasks = m.tasks.filter { $0.isOpen }.map(\.id)
        progress("\(options.store): \(storeFiles.count) files, \(storeBytes / 1_000_000) MB, \(m.tasks.count) tasks")
    }

    // MARK: Floor and load

    /// Reads each store file whole into `buffer` in turn (plain reads, as much as fits) and
    /// hands `body` its bytes; a file that does not open is passed over.
    func eachFile(into buffer: UnsafeMutableRawBufferPointer, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let bound = buffer.bindMemory(to: UInt8.self)
        for f in storeFiles {
            let fd = open(f, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            var n = 0
            while true {
                let r = read(fd, buffer.baseAddress! + n, buffer.count - n)
                if r <= 0 { break }
                n += r
                if n == buffer.count { break }
            }
            close(fd)
            body(UnsafeBufferPointer(rebasing: bound[..<n]))
        }
    }

    /// Reads every byte of the store and counts its lines: what no parser can beat.
    func readAndScan(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
        var lines = 0
        eachFile(into: buffer) { bytes in
            for k in 0..<bytes.count where bytes[k] == 10 { lines += 1 }
        }
        return lines
    }

    /// Reads every byte and scans it as the least a JSON reader must do: one byte at a time,
    /// knowing whether it is inside a string (a dependency from byte to byte, as in any
    /// parser, which no vector unit removes). Returns the number of lines outside strings.
    func readAndTokenize(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
        var lines = 0
        eachFile(into: buffer) { bytes in
            var inString = false, escaped = false
            for k in 0..<bytes.count {
                let b = bytes[k]
                if escaped { escaped = false; continue }
                if inString {
                    if b == 0x5C { escaped = true } else if b == 0x22 { inString = false }
                } else if b == 0x22 {
                    inString = true
                } else if b == 10 {
                    lines += 1
                }
            }
        }
        return lines
    }

    func floorAndLoad() throws {
        let largest = storeFiles.map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0 }.max() ?? 0
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(largest, 1), alignment: 16)
        defer { buffer.deallocate() }
        var lines = 0
        progress("floor: reading and scanning every byte")
        let floor = measure(runs: options.runs) { lines = readAndScan(buffer) }
        _ = lines
        report.figures.append(Figure(name: "floor: read all store bytes + scan once", median: floor.median, p95: floor.p95, unit: .seconds,
                                     note: "the scan is a vectorised count of newlines"))
        let tokens = measure(runs: options.runs) { lines = readAndTokenize(buffer) }
        report.figures.append(Figure(name: "  read + scan byte by byte, tracking strings", median: tokens.median, p95: tokens.p95, unit: .seconds,
                                     note: "the least a JSON reader does; informative, not the issue's floor"))
        tokenFloor = tokens.median

        progress("load (in-process, everything)")
        // Every file read and checked (the contact segments against their digests); the
        // contacts themselves are decoded when first read, which the next figure adds.
        let load = try measure(runs: options.runs) { _ = try Store.open(at: options.store) }
        report.figures.append(Figure(name: "load everything (in-process)", median: load.median, p95: load.p95, unit: .seconds,
                                     note: "contacts decoded when first read"))
        report.figures.append(Figure(name: "load / floor", median: load.median / floor.median, p95: load.p95 / floor.median, unit: .ratio,
                                     target: "≤ 5×", met: load.median / floor.median <= 5))
        report.figures.append(Figure(name: "  load / byte-by-byte scan", median: load.median / tokens.median, p95: load.p95 / tokens.median,
                                     unit: .ratio))
        progress("load (in-process, everything, then read every contact)")
        var contacts = 0
        let decoded = try measure(runs: options.runs) { contacts = try Store.open(at: options.store).model.contacts.count }
        report.contacts = contacts
        report.figures.append(Figure(name: "  load everything, then read every contact", median: decoded.median, p95: decoded.p95,
                                     unit: .seconds))
        progress("load (in-process, reference data only)")
        let reference = try measure(runs: options.runs) { _ = try Store.open(at: options.store, scope: .reference) }
        report.figures.append(Figure(name: "load reference data only (in-process)", median: reference.median, p95: reference.p95, unit: .seconds))
        self.floor = floor.median
    }

    var floor = Double.nan
    var tokenFloor = Double.nan

    // MARK: beat check

    func checkAsProcess() throws {
        progress("beat check (whole process)")
        var rss: [Double] = []
        let t = try measure(runs: options.runs) {
            let c = try Spawn.run(beat, ["check", "--data", options.store], environment: env, peakMemory: true)
            guard c.status == 0 else { throw BenchError("beat check failed with \(c.status)") }
            rss.append(Double(c.maxRSS) / 1e6)
        }
        report.figures.append(Figure(name: "beat check, whole process", median: t.median, p95: t.p95, unit: .seconds,
                                     target: "≤ 0.5 s", met: t.median <= 0.5))
        report.figures.append(Figure(name: "beat check / floor", median: t.median / floor, p95: t.p95 / floor, unit: .ratio,
                                     target: "≤ 5×", met: t.median / floor <= 5))
        report.figures.append(Figure(name: "  beat check / byte-by-byte scan", median: t.median / tokenFloor, p95: t.p95 / tokenFloor,
                                     unit: .ratio))
        let m = Sample(values: rss)
        let limit = 2 * Double(storeBytes) / 1e6
        report.figures.append(Figure(name: "peak memory of beat check", median: m.median, p95: m.percentile(100), unit: .megabytes,
                                     target: String(format: "≤ %.0f MB (2× store)", limit), met: m.percentile(100) <= limit,
                                     note: "p95 column: the largest of all runs"))
    }

    // MARK: Saving in-process

    /// A scratch copy of the store: snapshot files are hard-linked (a snapshot is never
    /// changed in place), the manifest and journal copied.
    func scratchCopy(_ name: String) throws -> String {
        let target = scratch + "/" + name
        let fm = FileManager.default
        try fm.createDirectory(atPath: target, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        guard let e = fm.enumerator(atPath: options.store) else { throw BenchError("cannot list \(options.store)") }
        while let rel = e.nextObject() as? String {
            let from = options.store + "/" + rel, to = target + "/" + rel
            var st = stat()
            guard stat(from, &st) == 0 else { continue }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                try fm.createDirectory(atPath: to, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } else if rel.hasPrefix("snapshot-"), link(from, to) == 0 {
                continue
            } else {
                try fm.copyItem(atPath: from, toPath: to)
            }
        }
        return target
    }

    func saves(at path: String, label: String) throws -> Sample {
        let store = try Store.open(at: path)
        store.durable = false
        progress("save one change without fsync (in-process, \(label))")
        return try alternatingSaves(store)
    }

    /// 400 saves through an open store (after 20 unmeasured), alternately the two commonest
    /// changes: a resident contact and a progress note.
    func alternatingSaves(_ store: any ModelStore) throws -> Sample {
        guard let o = store.model.officers.first(where: { $0.active && $0.beat != nil }),
              let task = store.model.tasks.last(where: { $0.isOpen }) else { throw BenchError("no officer or open task") }
        var k = 0
        let at = Timestamp.now()
        return try measure(runs: 400, warmup: 20) {
            k += 1
            if k % 2 == 0 {
                try store.append(.addContact(ContactDraft(time: at, officer: o.id, district: o.district, beat: o.beat, place: "ul. Pomiarowa \(k)",
                                                          channel: .phone, category: .other, summary: "Pomiar czasu zapisu: kontakt nr \(k).")),
                                 by: o.id, at: at)
            } else {
                try store.append(.addNote(NoteAddition(task: task.id, text: "Pomiar czasu zapisu: notatka nr \(k).")), by: o.id, at: at)
            }
        }
    }

    func saveInProcess() throws {
        let big = try saves(at: try scratchCopy("save-komenda"), label: "this store")
        let small = try saves(at: try demoStore("save-demo"), label: "demo")
        report.figures.append(Figure(name: "save one change, no fsync (in-process)", median: big.median * 1000, p95: big.p95 * 1000,
                                     unit: .milliseconds, target: "≤ 1 ms", met: big.median <= 0.001))
        report.figures.append(Figure(name: "  same on the demo store", median: small.median * 1000, p95: small.p95 * 1000, unit: .milliseconds))
        report.figures.append(Figure(name: "  this store / demo", median: big.median / small.median, p95: big.p95 / small.p95, unit: .ratio,
                                     target: "≤ 1.2×", met: big.median / small.median <= 1.2))
    }

    // MARK: Whole-process writes

    func writesAsProcess() throws {
        let path = try scratchCopy("writes")
        progress("beat contact add (whole process)")
        let add = try measure(runs: options.runs) {
            let c = try Spawn.run(beat, ["contact", "add", "--data", path, "--officer", officer, "--as", officer, "--channel", "phone",
                                         "--category", "other", "--summary", "Pomiar czasu: kontakt telefoniczny w sprawie parkowania."],
                                  environment: env)
            guard c.status == 0 else { throw BenchError("beat contact add failed with \(c.status)") }
        }
        report.figures.append(Figure(name: "beat contact add, whole process", median: add.median * 1000, p95: add.p95 * 1000,
                                     unit: .milliseconds, target: "≤ 50 ms", met: add.median <= 0.05))
        progress("beat task add (whole process)")
        let taskAdd = try measure(runs: options.runs) {
            let c = try Spawn.run(beat, ["task", "add", "--data", path, "--title", "Pomiar czasu: zadanie", "--assignee", officer,
                                         "--as", officer], environment: env)
            guard c.status == 0 else { throw BenchError("beat task add failed with \(c.status)") }
        }
        report.figures.append(Figure(name: "beat task add, whole process", median: taskAdd.median * 1000, p95: taskAdd.p95 * 1000,
                                     unit: .milliseconds, target: "≤ 0.25× task add", note: "ratio: bench/vs-taskwarrior.sh"))
        progress("beat task status N done (whole process)")
        var open = openTasks.makeIterator()
        let done = try measure(runs: options.runs) {
            guard let id = open.next() else { throw BenchError("not enough open tasks") }
            let c = try Spawn.run(beat, ["task", "status", String(id), "done", "--data", path, "--as", officer], environment: env)
            guard c.status == 0 else { throw BenchError("beat task status \(id) done failed with \(c.status)") }
        }
        report.figures.append(Figure(name: "beat task status N done, whole process", median: done.median * 1000, p95: done.p95 * 1000,
                                     unit: .milliseconds, target: "≤ 0.25× task done", note: "ratio: bench/vs-taskwarrior.sh"))
    }

    func taskList() throws {
        progress("beat task list (whole process)")
        let t = try measure(runs: options.runs) {
            let c = try Spawn.run(beat, ["task", "list", "--data", options.store], environment: env)
            guard c.status == 0 else { throw BenchError("beat task list failed with \(c.status)") }
        }
        report.figures.append(Figure(name: "beat task list, whole process", median: t.median * 1000, p95: t.p95 * 1000, unit: .milliseconds,
                                     target: "≤ 0.1× task list", note: "ratio: bench/vs-taskwarrior.sh"))
    }

    // MARK: Reports

    func reports() throws {
        let probe = try Spawn.run(beat, ["report", "progress", "--data", options.store], environment: env)
        guard probe.status == 0 else {
            report.notes.append("beat report progress / contacts: not measurable yet (no `beat report` in this build)")
            return
        }
        for (kind, limit) in [("progress", 0.3), ("contacts", 0.6)] {
            progress("beat report \(kind) (whole process)")
            let t = try measure(runs: options.runs) {
                let c = try Spawn.run(beat, ["report", kind, "--data", options.store], environment: env)
                guard c.status == 0 else { throw BenchError("beat report \(kind) failed with \(c.status)") }
            }
            report.figures.append(Figure(name: "beat report \(kind), whole process", median: t.median, p95: t.p95, unit: .seconds,
                                         target: String(format: "≤ %.1f s", limit), met: t.median <= limit))
        }
        // The meeting review reads every contact of the district twice over (the period and the one before).
        guard !team.isEmpty else { return }
        progress("beat report meeting (whole process)")
        let t = try measure(runs: options.runs) {
            let c = try Spawn.run(beat, ["report", "meeting", "--team", team, "--data", options.store], environment: env)
            guard c.status == 0 else { throw BenchError("beat report meeting failed with \(c.status)") }
        }
        report.figures.append(Figure(name: "beat report meeting, whole process", median: t.median, p95: t.p95, unit: .seconds,
                                     target: "≤ 0.6 s", met: t.median <= 0.6))
    }

    // MARK: The interface

    func interface() throws {
        let probe = try Spawn.run(beat, ["--headless", "--size", "80x24", "--keys", "", "--data", options.store, "--as", officer], environment: env)
        guard probe.status == 0 else {
            report.notes.append("interface first frame and key press p99: not measurable yet (no `beat --headless` in this build)")
            return
        }
        progress("the interface's first frame (whole process, on a pseudo-terminal)")
        // One run to warm the page cache, as `measure` does.
        var firstFrames: [Double] = []
        for run in 0...options.runs {
            let r = try Pty.run(beat, ["--data", options.store, "--as", officer], environment: env, marker: "Quit")
            guard r.status == 0 else { throw BenchError("beat on a pseudo-terminal exited with \(r.status)") }
            if run > 0 { firstFrames.append(r.firstFrame) }
        }
        let frames = Sample(values: firstFrames)
        report.figures.append(Figure(name: "interface to its first frame, whole process", median: frames.median, p95: frames.p95,
                                     unit: .seconds, target: "≤ 0.15 s", met: frames.median <= 0.15,
                                     note: "`beat` on a pseudo-terminal, curses and all, from spawn until the frame's key bar is written"))
        progress("the interface with the contact log in (whole process, --headless)")
        let whole = try measure(runs: options.runs) {
            let c = try Spawn.run(beat, ["--headless", "--size", "80x24", "--keys", "", "--data", options.store, "--as", officer], environment: env)
            guard c.status == 0 else { throw BenchError("beat --headless failed with \(c.status)") }
        }
        report.figures.append(Figure(name: "  interface with the contact log in (--headless), whole process", median: whole.median,
                                     p95: whole.p95, unit: .seconds))
        try keyPresses()
    }

    /// Per-key times from `beat debug key-times`, when this build has it.
    func keyPresses() throws {
        let scenarios: [(String, String, Double)] = [
            ("key press in the task list", "2" + String(repeating: "j", count: 150) + String(repeating: "<PgDn>", count: 20), 0.005),
            ("key press in the contact list", "3" + String(repeating: "j", count: 150) + String(repeating: "<PgDn>", count: 20), 0.005),
            // Typing narrows; Backspace widens (the list is searched again from all contacts).
            ("filter over all contacts, per key", "3/" + "parkowanie" + String(repeating: "<BS>", count: 6) + " alko"
                + String(repeating: "<BS>", count: 10) + "Kradzież", 0.030),
            ("key press on the meeting screen", "6" + String(repeating: "]<Down><PgDn>", count: 4) + String(repeating: "[", count: 4), 0.005),
        ]
        for (name, keys, limit) in scenarios {
            progress(name)
            let c = try Spawn.run(beat, ["debug", "key-times", "--terminal", "80x24", "--press", keys, "--data", options.store, "--as", officer],
                                  environment: env, captureOutput: true)
            guard c.status == 0 else {
                report.notes.append("\(name): not measurable yet (no `beat debug key-times` in this build)")
                return
            }
            // One line per key: "KEY SECONDS"; the first key switches screens, so it is left out of list figures.
            var times = c.output.split(separator: "\n").compactMap { $0.split(separator: " ").last.flatMap { Double($0) } }
            var opening: Figure?
            if name.hasPrefix("key press") {
                times = Array(times.dropFirst())
            } else {
                // `/` opens the search line and indexes the contacts' text: once per session, shown on its own.
                if times.count > 1 {
                    opening = Figure(name: "  opening the filter (indexes all contacts, once)", median: times[1], p95: times[1], unit: .seconds)
                }
                times = Array(times.dropFirst(2))
            }
            let s = Sample(values: times)
            report.figures.append(Figure(name: name + " (p99 in p95 column)", median: s.median * 1000, p95: s.p99 * 1000, unit: .milliseconds,
                                         target: String(format: "p99 ≤ %.0f ms", limit * 1000), met: s.p99 <= limit))
            if let opening { report.figures.append(opening) }
        }
    }
}
