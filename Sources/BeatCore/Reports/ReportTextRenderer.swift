/// The text form of a report, for paper: every line fits `width` display columns, tables
/// align by display width and wrap long text, and with `pageLength` the lines are cut into
/// pages separated by form feeds, each page opening with the running head and page number
/// and a table continued from the page before repeating its header.
struct ReportTextRenderer {
    let width: Int
    let pageLength: Int?

    init(width: Int, pageLength: Int?) {
        self.width = max(Reports.minWidth, width)
        self.pageLength = pageLength.flatMap { $0 > 0 ? max(Reports.minPageLength, $0) : nil }
    }

    /// Lines that belong together on a page.
    struct Chunk {
        var lines: [String]
        /// Keep on the same page as the next chunk (headings, table headers).
        var keepWithNext = false
        /// The table header to repeat when this chunk opens a page.
        var repeatHeader: [String]? = nil
        /// Start a new page here (only when paginating).
        var pageBreak = false

        static let blank = Chunk(lines: [""])
    }

    func render(_ doc: ReportDocument) -> String {
        var chunks = header(doc)
        for block in doc.blocks {
            let body = self.block(block)
            if body.isEmpty { continue }
            if !(chunks.last.map(isHeading) ?? true), !body[0].pageBreak { chunks.append(.blank) }
            chunks += body
        }
        // A letter goes to residents and partners: it ends with its signature, not with where it came from.
        if !doc.isLetter {
            chunks.append(.blank)
            chunks.append(footer(doc))
        }
        let lines = chunks.flatMap(\.lines)
        // One page needs no page heads.
        guard let pageLength, lines.count > pageLength else {
            return lines.joined(separator: "\n") + "\n"
        }
        return paginate(chunks, pageLength: pageLength, head: doc.runningHead)
    }

    private func isHeading(_ c: Chunk) -> Bool { c.keepWithNext && c.repeatHeader == nil }

    // MARK: Header and footer

    private func header(_ doc: ReportDocument) -> [Chunk] {
        var lines = DisplayWidth.wrap(SafeText.line(doc.isLetter ? doc.title : doc.title.uppercased()), width: width)
        if !doc.header.isEmpty {
            lines.append("")
            lines += fieldLines(doc.header)
        }
        if !doc.isLetter { lines.append(String(repeating: "=", count: width)) }
        return [Chunk(lines: lines)]
    }

    private func footer(_ doc: ReportDocument) -> Chunk {
        let f = doc.footer
        var lines = [String(repeating: "-", count: width)]
        let generated = f.generated.map(L10n.reportMoment) ?? f.day.description
        let text = L10n.reportFooter(generated, path: f.source.path, id: f.source.id, seq: f.source.seq)
        lines += DisplayWidth.wrap(SafeText.line(text), width: width)
        lines += DisplayWidth.wrap(f.personalData ? L10n.reportHasPersonalData : L10n.reportNoPersonalData, width: width)
        return Chunk(lines: lines)
    }

    // MARK: Blocks

    private func block(_ block: ReportBlock) -> [Chunk] {
        switch block {
        case .heading(let text, let level):
            // Level 1 in capitals over `=`, level 2 over `-`, deeper ones a caption with a colon.
            let lines = DisplayWidth.wrap(SafeText.line(level <= 1 ? text.uppercased() : text), width: width)
            guard level <= 2 else {
                return [Chunk(lines: DisplayWidth.wrap(SafeText.line(text) + ":", width: width), keepWithNext: true)]
            }
            let rule = String(repeating: level <= 1 ? "=" : "-", count: min(width, lines.map(DisplayWidth.of).max() ?? 0))
            return [Chunk(lines: lines + [rule], keepWithNext: true)]
        case .paragraph(let text):
            return [Chunk(lines: DisplayWidth.wrap(SafeText.line(text), width: width))]
        case .fields(let fields):
            return fieldLines(fields).map { Chunk(lines: [$0]) }
        case .progress(let p):
            return fieldLines([ReportField(p.key, p.label, .text(ReportTextRenderer.bar(done: p.done, total: p.total)
                                                               + (p.note.isEmpty ? "" : "  " + p.note)))]).map { Chunk(lines: [$0]) }
        case .list(let items):
            return items.map { Chunk(lines: hanging("- ", SafeText.line($0))) }
        case .lines(let lines):
            return [Chunk(lines: lines.flatMap { DisplayWidth.wrap(SafeText.line($0), width: width) })]
        case .table(let table):
            guard table.columns.contains(where: { $0.role != .data }) else { return [] }
            return ReportTextTable(table: table, width: width).chunks()
        case .pageBreak:
            return pageLength == nil ? [] : [Chunk(lines: [], pageBreak: true)]
        }
    }

    /// `Label:  value`, the values aligned; a value too long wraps under itself, and when the
    /// labels would take more than half the line, each value goes under its label.
    func fieldLines(_ fields: [ReportField]) -> [String] {
        let labelWidth = (fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 3
        var out: [String] = []
        for f in fields {
            let value = ReportTextRenderer.cell(f.value)
            if labelWidth <= width / 2 {
                let pad = DisplayWidth.pad(f.label + ":", to: labelWidth)
                let wrapped = ReportTextRenderer.wrap(value, width: width - labelWidth)
                for (i, l) in wrapped.enumerated() {
                    out.append(trimRight((i == 0 ? pad : String(repeating: " ", count: labelWidth)) + l))
                }
            } else {
                out += DisplayWidth.wrap(f.label + ":", width: width)
                out += ReportTextRenderer.wrap(value, width: width - 2).map { "  " + $0 }
            }
        }
        return out
    }

    /// `text` wrapped after `marker`, continuation lines indented under the text.
    private func hanging(_ marker: String, _ text: String) -> [String] {
        let indent = DisplayWidth.of(marker)
        return DisplayWidth.wrap(text, width: width - indent).enumerated().map {
            ($0.offset == 0 ? marker : String(repeating: " ", count: indent)) + $0.element
        }
    }

    // MARK: Pages

    private func paginate(_ chunks: [Chunk], pageLength: Int, head: String) -> String {
        let capacity = pageLength - 2
        var pages: [[String]] = []
        var page: [String] = []
        func newPage() {
            pages.append(page)
            page = []
        }
        for (i, c) in chunks.enumerated() {
            if c.pageBreak {
                if !page.isEmpty { newPage() }
                continue
            }
            if page.isEmpty, c.lines.allSatisfy(\.isEmpty) { continue }
            // What must go on this page with the chunk: the chunks it is kept with.
            var unit = c.lines.count
            var j = i
            while chunks[j].keepWithNext, j + 1 < chunks.count {
                j += 1
                unit += chunks[j].lines.count
            }
            if !page.isEmpty, page.count + unit > capacity, unit <= capacity { newPage() }
            let opening = page.isEmpty ? (c.repeatHeader ?? []) : []
            for line in opening + c.lines {
                if page.count == capacity {
                    newPage()
                    if let h = c.repeatHeader, h.count < capacity { page += h }
                }
                if page.isEmpty, line.isEmpty { continue }
                page.append(line)
            }
        }
        if !page.isEmpty || pages.isEmpty { pages.append(page) }
        pages = pages.map { p in
            var p = p
            while p.last?.isEmpty == true { p.removeLast() }
            return p
        }.filter { !$0.isEmpty }
        let n = pages.count
        return pages.enumerated().map { i, body in
            let label = L10n.reportPage(i + 1, of: n)
            let room = width - DisplayWidth.of(label) - 2
            let left = room >= 8 ? DisplayWidth.pad(SafeText.line(head), to: room) + "  " : ""
            let headLine = DisplayWidth.truncate(left + (room >= 8 ? label : DisplayWidth.pad(label, to: width, alignRight: true)), to: width)
            return ([headLine, String(repeating: "-", count: width)] + body).joined(separator: "\n")
        }.joined(separator: "\n\u{0C}") + "\n"
    }

    // MARK: Values

    /// `text` as one line when it fits (spaces kept, as in a progress bar), else wrapped.
    static func wrap(_ text: String, width: Int) -> [String] {
        !text.contains("\n") && DisplayWidth.of(text) <= width ? [text] : DisplayWidth.wrap(text, width: width)
    }

    /// A value as text: store text made safe, numbers grouped the Polish or English way,
    /// days ISO, progress as a bar, nothing as `—`.
    static func cell(_ v: ReportValue) -> String {
        switch v {
        case .text(let s): return SafeText.line(s)
        case .int(let i): return L10n.reportNumber(i)
        case .day(let d): return d.description
        case .progress(let done, let total): return bar(done: done, total: total)
        case .decimal(let d, let places): return L10n.reportDecimal(d, places: places)
        case .none: return "—"
        }
    }

    /// `[######----]  60%` (`ProgressBar`): whole percent, rounded down, so only a finished
    /// list shows 100%.
    static func bar(done: Int, total: Int) -> String { ProgressBar.text(done: done, total: total) }
}

func trimRight(_ s: String) -> String {
    var t = Substring(s)
    while t.last == " " { t.removeLast() }
    return String(t)
}
