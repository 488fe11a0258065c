/// A report as one structured value: what the builders make and the renderers print.
/// Builders put raw store text in it; every renderer makes that text safe for its form
/// (`SafeText` for text, Markdown and CSV; JSON escapes).
public struct ReportDocument: Sendable, Equatable {
    /// The report kind's id (`progress`, `officer` …).
    public var kind: String
    public var title: String
    /// What the report is about, under the title: which district or officer, which period.
    public var header: [ReportField]
    public var blocks: [ReportBlock]
    public var footer: ReportFooter
    /// The table the CSV form holds: every table with this id, rows in order.
    public var mainTable: String
    /// The short line repeated at the top of every printed page after the first.
    public var runningHead: String
    /// A letter (to residents, to partners): no rule under the header, no footer in text or
    /// Markdown (the JSON form keeps where it came from).
    public var isLetter: Bool
    /// The language it is written in; its renderers speak it too (page numbers, the JSON's `language`).
    public var language: Language

    /// A document in `language` (default: the one bound while it is built, see `Reports.build`).
    public init(kind: String, title: String, header: [ReportField], blocks: [ReportBlock], footer: ReportFooter,
                mainTable: String, runningHead: String? = nil, isLetter: Bool = false, language: Language = .current) {
        self.kind = kind
        self.title = title
        self.header = header
        self.blocks = blocks
        self.footer = footer
        self.mainTable = mainTable
        self.runningHead = runningHead ?? title
        self.isLetter = isLetter
        self.language = language
    }

    /// Every table of the document, in order.
    public var tables: [ReportTable] {
        blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }

    /// The report in a format. `width` (display columns) and `pageLength` (lines per page,
    /// pages separated by form feeds) apply to the text form only.
    public func render(_ format: ReportFormat, width: Int = 80, pageLength: Int? = nil) -> String {
        language.bind {
            switch format {
            case .text: return ReportTextRenderer(width: width, pageLength: pageLength).render(self)
            case .markdown: return ReportMarkdownRenderer().render(self)
            case .csv: return ReportCSVRenderer().render(self)
            case .json: return ReportJSONRenderer().render(self)
            }
        }
    }
}

/// The forms a report can be printed in.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, markdown, csv, json

    /// The usual file name extension of the form.
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .markdown: return "md"
        case .csv: return "csv"
        case .json: return "json"
        }
    }
}

/// One part of a report's body.
public enum ReportBlock: Sendable, Equatable {
    /// A section heading; level 1 is a main section, 2 a subsection.
    case heading(String, level: Int)
    case paragraph(String)
    /// Labelled values, one per line.
    case fields([ReportField])
    case table(ReportTable)
    /// A labelled progress bar.
    case progress(ReportProgress)
    case list([String])
    /// Lines printed as they are, one under another (an address, a signature).
    case lines([String])
    /// A good place for a new page when the text form is paginated.
    case pageBreak
}

/// A labelled value: `Dzielnica: Dobrzec`. `key` is the stable name in JSON.
public struct ReportField: Sendable, Equatable {
    public var key: String
    public var label: String
    public var value: ReportValue

    public init(_ key: String, _ label: String, _ value: ReportValue) {
        self.key = key
        self.label = label
        self.value = value
    }
}

/// A value in a report, typed so that CSV and JSON carry numbers and days as such.
public enum ReportValue: Sendable, Equatable {
    case text(String)
    case int(Int)
    case day(Day)
    /// `done` of `total` finished: a bar in text, a percentage in CSV.
    case progress(done: Int, total: Int)
    /// A number with `places` decimal places.
    case decimal(Double, places: Int)
    /// Nothing to show: `—` in text, empty in CSV, null in JSON.
    case none

    public static func text(_ s: String?) -> ReportValue { s.map { .text($0) } ?? .none }
    public static func day(_ d: Day?) -> ReportValue { d.map { .day($0) } ?? .none }
    public static func int(_ i: Int?) -> ReportValue { i.map { .int($0) } ?? .none }

    /// The whole percentage of a progress value (nil when there is nothing to do).
    public static func percent(done: Int, total: Int) -> Int? {
        total > 0 ? (done * 100) / total : nil
    }
}

/// A progress bar with a label and a note after it.
public struct ReportProgress: Sendable, Equatable {
    public var key: String
    public var label: String
    public var done: Int
    public var total: Int
    public var note: String = ""
}

/// A table. Rows hold one value per column.
public struct ReportTable: Sendable, Equatable {
    /// The stable name of the table (JSON, and the CSV main table).
    public var id: String
    public var columns: [ReportColumn]
    public var rows: [[ReportValue]] = []
    /// A totals row, printed under a rule (not part of CSV).
    public var total: [ReportValue]?
    /// What the text says instead of an empty table.
    public var emptyText: String
}

/// A column of a report table.
public struct ReportColumn: Sendable, Equatable {
    /// Where a column appears.
    public enum Role: String, Sendable {
        /// A column in every form.
        case normal
        /// Printed under its row, across the page, in the text form; a column elsewhere.
        case detail
        /// Only in CSV and JSON: data the text shows elsewhere (e.g. in a heading).
        case data
    }

    /// The stable name: CSV header, JSON key.
    public var key: String
    public var label: String
    public var alignRight: Bool
    /// Long free text that may wrap onto more lines.
    public var flexible: Bool
    /// The narrowest a flexible column gets before the table is split.
    public var minWidth: Int
    public var role: Role
    /// On a page too narrow for the table, this column moves under its row (like a
    /// `detail` column) before the table is split.
    public var canMoveUnder: Bool

    public init(_ key: String, _ label: String, alignRight: Bool = false, flexible: Bool = false, minWidth: Int = 12,
                role: Role = .normal, canMoveUnder: Bool = false) {
        self.key = key
        self.label = label
        self.alignRight = alignRight
        self.flexible = flexible
        self.minWidth = minWidth
        self.role = role
        self.canMoveUnder = canMoveUnder
    }

    /// The same column, allowed to move under its row on a narrow page.
    public var movable: ReportColumn {
        var c = self
        c.canMoveUnder = true
        return c
    }

    /// A right-aligned number column.
    public static func number(_ key: String, _ label: String, role: Role = .normal) -> ReportColumn {
        ReportColumn(key, label, alignRight: true, role: role)
    }

    /// A column of long text that wraps.
    public static func text(_ key: String, _ label: String, minWidth: Int = 12) -> ReportColumn {
        ReportColumn(key, label, flexible: true, minWidth: minWidth)
    }
}

/// Where a report came from, for its footer.
public struct ReportSource: Sendable, Equatable {
    /// The store folder.
    public var path: String
    /// The store's id (from its manifest).
    public var id: String
    /// The journal sequence the model reflects.
    public var seq: Int

    public init(path: String, id: String, seq: Int) {
        self.path = path
        self.id = id
        self.seq = seq
    }
}

/// The footer: when, from which store and journal sequence, whether personal data is in it.
public struct ReportFooter: Sendable, Equatable {
    /// The moment of generation; nil when "today" is pinned (`BEAT_TODAY`), so that the
    /// output depends on the data and the pinned day only.
    public var generated: Timestamp?
    public var day: Day
    public var source: ReportSource
    public var personalData: Bool
}
