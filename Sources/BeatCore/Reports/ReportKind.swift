/// A kind of report: its id on the command line, what it takes, and its builder.
///
/// To add a kind, write its builder in its own file as
/// `extension ReportKind { public static let meeting = ReportKind(id: "meeting", …) }`
/// and list it in `Reports.kinds`; the command line and the tests that go over every kind
/// pick it up from there (add its line to the help in `ReportCommand`'s discussion).
public struct ReportKind: Sendable, Hashable, CustomStringConvertible {
    /// The name on the command line: `beat report ID`.
    public let id: String
    /// The options the kind uses; any other given is a usage error.
    public let accepts: ReportInputs
    /// The options it cannot do without (the officer may also come from `--as`).
    public let requires: ReportInputs
    let summary: @Sendable () -> String
    let make: @Sendable (ReportContext) throws -> ReportDocument

    public init(id: String, accepts: ReportInputs, requires: ReportInputs = [], summary: @escaping @Sendable () -> String,
                build: @escaping @Sendable (ReportContext) throws -> ReportDocument) {
        self.id = id
        self.accepts = accepts.union(requires)
        self.requires = requires
        self.summary = summary
        self.make = build
    }

    /// One line saying what the report is and for whom, in the current language.
    public var purpose: String { summary() }

    public var description: String { id }

    public static func == (a: ReportKind, b: ReportKind) -> Bool { a.id == b.id }
    public func hash(into h: inout Hasher) { h.combine(id) }
}
