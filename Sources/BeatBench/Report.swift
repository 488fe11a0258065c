import Foundation

/// One line of the benchmark's table.
struct Figure {
    enum Unit: String { case seconds = "s", milliseconds = "ms", megabytes = "MB", ratio = "×" }

    var name: String
    var median: Double
    var p95: Double
    var unit: Unit
    /// The issue's target, as text, and whether the median meets it (nil: no target).
    var target: String = ""
    var met: Bool?
    var note: String = ""

    func format(_ v: Double) -> String {
        guard v.isFinite else { return "—" }
        switch unit {
        case .seconds: return String(format: "%.3f s", v)
        case .milliseconds: return v < 1 ? String(format: "%.3f ms", v) : String(format: "%.1f ms", v)
        case .megabytes: return String(format: "%.0f MB", v)
        case .ratio: return String(format: "%.2f×", v)
        }
    }
}

struct Report {
    var store = ""
    var storeBytes = 0
    var contacts = 0
    var tasks = 0
    var runs = 0
    var figures: [Figure] = []
    var notes: [String] = []

    func table() -> String {
        let header = ["figure", "median", "p95", "target", "met"]
        var rows = figures.map { f in
            [f.name, f.format(f.median), f.format(f.p95), f.target, f.met.map { $0 ? "yes" : "NO" } ?? ""]
        }
        rows.insert(header, at: 0)
        var widths = Array(repeating: 0, count: header.count)
        for r in rows { for (k, c) in r.enumerated() { widths[k] = max(widths[k], c.count) } }
        func line(_ r: [String]) -> String {
            "| " + r.enumerated().map { k, c in c + String(repeating: " ", count: widths[k] - c.count) }.joined(separator: " | ") + " |"
        }
        var out = ["store: \(store) — \(String(format: "%.0f", Double(storeBytes) / 1e6)) MB on disk, \(contacts) contacts, \(tasks) tasks; \(runs) runs per figure", ""]
        out.append(line(rows[0]))
        out.append("| " + widths.map { String(repeating: "-", count: $0) }.joined(separator: " | ") + " |")
        for r in rows.dropFirst() { out.append(line(r)) }
        for f in figures where !f.note.isEmpty { out.append("- \(f.name): \(f.note)") }
        out += notes.map { "- " + $0 }
        return out.joined(separator: "\n")
    }

    func json() -> String {
        func esc(_ s: String) -> String {
            var o = "\""
            for u in s.unicodeScalars {
                switch u {
                case "\"": o += "\\\""
                case "\\": o += "\\\\"
                case "\n": o += "\\n"
                default: o.unicodeScalars.append(u)
                }
            }
            return o + "\""
        }
        func num(_ v: Double) -> String { v.isFinite ? String(format: "%.6g", v) : "null" }
        let figs = figures.map { f in
            "    {\"name\": \(esc(f.name)), \"median\": \(num(f.median)), \"p95\": \(num(f.p95)), \"unit\": \(esc(f.unit.rawValue)), " +
                "\"target\": \(esc(f.target)), \"met\": \(f.met.map { $0 ? "true" : "false" } ?? "null"), \"note\": \(esc(f.note))}"
        }
        return """
        {
          "store": \(esc(store)),
          "storeBytes": \(storeBytes),
          "contacts": \(contacts),
          "tasks": \(tasks),
          "runs": \(runs),
          "figures": [
        \(figs.joined(separator: ",\n"))
          ],
          "notes": [\(notes.map(esc).joined(separator: ", "))]
        }
        """
    }
}
