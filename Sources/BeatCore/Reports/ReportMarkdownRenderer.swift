/// The Markdown form of a report, for e-mail and wikis: headings, lists and pipe tables as
/// GitHub and common viewers render them. Store text is made safe (`SafeText.line`) and
/// Markdown's own characters in it are escaped, so a title cannot turn into a link or break
/// a table.
struct ReportMarkdownRenderer {
    func render(_ doc: ReportDocument) -> String {
        var parts: [String] = ["# " + ReportMarkdownRenderer.escape(doc.title)]
        if !doc.header.isEmpty { parts.append(fields(doc.header)) }
        for block in doc.blocks {
            if let p = self.block(block) { parts.append(p) }
        }
        // A letter ends with its signature, not with where it came from.
        if !doc.isLetter {
            let f = doc.footer
            let generated = f.generated.map(L10n.reportMoment) ?? f.day.description
            let text = L10n.reportFooter(generated, path: f.source.path, id: f.source.id, seq: f.source.seq)
            parts.append("---")
            parts.append("_" + ReportMarkdownRenderer.escape(text) + "_  \n_"
                         + ReportMarkdownRenderer.escape(f.personalData ? L10n.reportHasPersonalData : L10n.reportNoPersonalData) + "_")
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    private func block(_ block: ReportBlock) -> String? {
        switch block {
        case .heading(let text, let level):
            return String(repeating: "#", count: min(6, level + 1)) + " " + ReportMarkdownRenderer.escape(text)
        case .paragraph(let text):
            return ReportMarkdownRenderer.escape(text, lineStart: true)
        case .fields(let fs):
            return fields(fs)
        case .progress(let p):
            return "**" + ReportMarkdownRenderer.escape(p.label) + ":** `" + ReportTextRenderer.bar(done: p.done, total: p.total) + "`"
                + (p.note.isEmpty ? "" : " " + ReportMarkdownRenderer.escape(p.note))
        case .list(let items):
            return items.map { "- " + ReportMarkdownRenderer.escape($0) }.joined(separator: "\n")
        case .lines(let lines):
            return lines.map { ReportMarkdownRenderer.escape($0, lineStart: true) }.joined(separator: "\\\n")
        case .table(let t):
            return t.columns.contains(where: { $0.role != .data }) ? table(t) : nil
        case .pageBreak:
            return nil
        }
    }

    private func fields(_ fs: [ReportField]) -> String {
        fs.map { "- **" + ReportMarkdownRenderer.escape($0.label) + ":** " + value($0.value) }.joined(separator: "\n")
    }

    private func value(_ v: ReportValue) -> String {
        if case .progress = v { return "`" + ReportTextRenderer.cell(v) + "`" }
        return ReportMarkdownRenderer.escape(ReportTextRenderer.cell(v))
    }

    private func table(_ t: ReportTable) -> String {
        if t.rows.isEmpty { return "_" + ReportMarkdownRenderer.escape(t.emptyText) + "_" }
        let cols = t.columns.indices.filter { t.columns[$0].role != .data }
        var lines = ["| " + cols.map { ReportMarkdownRenderer.escape(t.columns[$0].label) }.joined(separator: " | ") + " |"]
        lines.append("|" + cols.map { t.columns[$0].alignRight ? " ---: " : " :--- " }.joined(separator: "|") + "|")
        for row in t.rows + (t.total.map { [$0] } ?? []) {
            lines.append("| " + cols.map { $0 < row.count ? value(row[$0]) : "" }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    /// Escapes what Markdown would read as formatting; `lineStart` also a leading list or
    /// heading marker.
    static func escape(_ text: String, lineStart: Bool = false) -> String {
        var out = ""
        for ch in SafeText.line(text) {
            if "\\`*_[]<>|~&#".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        if lineStart, let first = out.first, "-+=".contains(first) { out = "\\" + out }
        if lineStart, let dot = out.firstIndex(where: { !$0.isNumber }), dot != out.startIndex,
           out[dot] == "." || out[dot] == ")" {
            out.insert("\\", at: dot)
        }
        return out
    }
}
