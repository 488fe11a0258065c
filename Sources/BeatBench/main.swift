import BeatCore
import Foundation

// beat-bench: every figure of the performance issue, measured on a store (release build).
//
//   swift run -c release beat-bench --store DIR [--postgres URL] [--json] [--runs N] [--beat PATH] [--only PART,…]
//
// With --postgres postgresql://…/DB the `postgres` part copies DIR onto that server (a
// schema of its own, dropped afterwards) and measures it beside the folder (issue 16).
//
// DIR is normally a komenda store (`beat init --synthetic komenda --seed 1 --data DIR`).
// Figures that write (saving changes, `contact add`, `task add`, `task status`) run on a
// scratch copy, so DIR is only read. Whole-process figures spawn the release `beat` binary.

struct Options {
    var store = ""
    var json = false
    var runs = 10
    var beat: String?
    /// A PostgreSQL server to measure a copy of the store on, beside the folder (`postgres` part).
    var postgres: String?
    /// Only these parts (see `Bench.parts`); all when empty.
    var only: Set<String> = []

    static func parse(_ args: [String]) throws -> Options {
        var o = Options()
        var it = args.makeIterator()
        while let a = it.next() {
            switch a {
            case "--store": o.store = it.next() ?? ""
            case "--json": o.json = true
            case "--runs":
                guard let n = it.next().flatMap(Int.init), n >= 1 else { throw BenchError("--runs needs a number of at least 1") }
                o.runs = n
            case "--beat": o.beat = it.next()
            case "--postgres": o.postgres = it.next()
            case "--only":
                o.only = Set((it.next() ?? "").split(separator: ",").map(String.init))
                let unknown = o.only.subtracting(Bench.parts)
                guard unknown.isEmpty, !o.only.isEmpty else {
                    throw BenchError("--only takes some of \(Bench.parts.joined(separator: ",")), separated by commas")
                }
            case "-h", "--help":
                print("usage: beat-bench --store DIR [--postgres URL] [--json] [--runs N] [--beat PATH] [--only PART,…]")
                exit(0)
            default: throw BenchError("unknown argument \(a); usage: beat-bench --store DIR [--json] [--runs N] [--beat PATH] [--only PART,…]")
            }
        }
        guard !o.store.isEmpty else { throw BenchError("--store DIR is required (make one: beat init --synthetic komenda --seed 1 --data DIR)") }
        return o
    }
}

func progress(_ s: String) {
    FileHandle.standardError.write(Data(("beat-bench: " + s + "\n").utf8))
}

if CommandLine.arguments.count > 3, CommandLine.arguments[1] == Spawn.trampolineFlag {
    Spawn.trampoline(report: CommandLine.arguments[2], Array(CommandLine.arguments.dropFirst(3)))
}

do {
    let options = try Options.parse(Array(CommandLine.arguments.dropFirst()))
    let bench = try Bench(options)
    defer { bench.cleanUp() }
    try bench.runAll()
    if options.json {
        print(bench.report.json())
    } else {
        print(bench.report.table())
    }
} catch {
    FileHandle.standardError.write(Data("beat-bench: \(error)\n".utf8))
    exit(1)
}
