import Foundation

/// Repeated measurements of one figure, in seconds (or bytes, for memory).
struct Sample {
    var values: [Double]

    var sorted: [Double] { values.sorted() }
    /// The nearest-rank percentile.
    func percentile(_ p: Double) -> Double {
        let s = sorted
        guard !s.isEmpty else { return .nan }
        let rank = Int((p / 100 * Double(s.count)).rounded(.up))
        return s[min(max(rank, 1), s.count) - 1]
    }
    var median: Double { percentile(50) }
    var p95: Double { percentile(95) }
    var p99: Double { percentile(99) }
}

/// Monotonic time in seconds.
func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Runs `body` `runs` times after `warmup` unmeasured runs; returns the durations.
func measure(runs: Int, warmup: Int = 1, _ body: () throws -> Void) rethrows -> Sample {
    for _ in 0..<warmup { try body() }
    var out: [Double] = []
    out.reserveCapacity(runs)
    for _ in 0..<runs {
        let t = now()
        try body()
        out.append(now() - t)
    }
    return Sample(values: out)
}
