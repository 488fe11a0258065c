/// The JSON form of a report: the whole document with stable keys (README, "Printouts and
/// exports"). Store text is carried as it is, escaped: controls and bidirectional overrides
/// as `\uXXXX`.
///
/// ```
/// {"format": "beat-report", "version": 1, "kind", "title", "language",
///  "header": [field], "blocks": [block], "footer": {"generated", "store": {"path", "id", "seq"}, "personalData"}}
/// field:  {"key", "label", "value"}
/// block:  {"type": "heading", "level", "text"} | {"type": "paragraph", "text"} | {"type": "fields", "fields"}
///       | {"type": "progress", "key", "label", "done", "total", "percent", "note"} | {"type": "list", "items"}
///       | {"type": "lines", "lines"}
///       | {"type": "table", "id", "columns": [{"key", "label", "align", "role"}], "rows": [{key: value}], "total"}
///       | {"type": "pageBreak"}
/// value:  string | number | "YYYY-MM-DD" | {"done", "total", "percent"} | null
/// ```
struct ReportJSONRenderer {
    func render(_ doc: ReportDocument) -> String {
        let f = doc.footer
        let footer: JSONValue = [
            "generated": .string(f.generated?.description ?? f.day.description),
            "store": ["path": .string(f.source.path), "id": .string(f.source.id), "seq": .int(f.source.seq)],
            "personalData": .bool(f.personalData),
        ]
        let doc: JSONValue = [
            "format": "beat-report", "version": 1, "kind": .string(doc.kind), "title": .string(doc.title),
            "language": .string(doc.language.rawValue),
            "header": .array(doc.header.map(ReportJSONRenderer.field)),
            "blocks": .array(doc.blocks.map(ReportJSONRenderer.block)),
            "footer": footer,
        ]
        return doc.rendered(pretty: true) + "\n"
    }

    static func field(_ f: ReportField) -> JSONValue {
        ["key": .string(f.key), "label": .string(f.label), "value": value(f.value)]
    }

    static func value(_ v: ReportValue) -> JSONValue {
        switch v {
        case .text(let s): return .string(s)
        case .int(let i): return .int(i)
        case .day(let d): return .string(d.description)
        case .progress(let done, let total):
            return ["done": .int(done), "total": .int(total), "percent": .int(ReportValue.percent(done: done, total: total))]
        case .decimal(let d, _): return .double(d)
        case .none: return .null
        }
    }

    static func block(_ b: ReportBlock) -> JSONValue {
        switch b {
        case .heading(let text, let level): return ["type": "heading", "level": .int(level), "text": .string(text)]
        case .paragraph(let text): return ["type": "paragraph", "text": .string(text)]
        case .fields(let fs): return ["type": "fields", "fields": .array(fs.map(field))]
        case .progress(let p):
            return ["type": "progress", "key": .string(p.key), "label": .string(p.label), "done": .int(p.done),
                    "total": .int(p.total), "percent": .int(ReportValue.percent(done: p.done, total: p.total)), "note": .string(p.note)]
        case .list(let items): return ["type": "list", "items": .array(items.map { .string($0) })]
        case .lines(let lines): return ["type": "lines", "lines": .array(lines.map { .string($0) })]
        case .table(let t):
            func row(_ r: [ReportValue]) -> JSONValue {
                var o: [String: JSONValue] = [:]
                for (i, c) in t.columns.enumerated() { o[c.key] = i < r.count ? value(r[i]) : .null }
                return .object(o)
            }
            return ["type": "table", "id": .string(t.id),
                    "columns": .array(t.columns.map { ["key": .string($0.key), "label": .string($0.label),
                                                       "align": .string($0.alignRight ? "right" : "left"), "role": .string($0.role.rawValue)] }),
                    "rows": .array(t.rows.map(row)), "total": t.total.map(row) ?? .null]
        case .pageBreak: return ["type": "pageBreak"]
        }
    }
}
