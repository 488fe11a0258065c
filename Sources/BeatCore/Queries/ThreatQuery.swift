/// A filter over the threat register, as the list and the interface apply it: by status,
/// district, category and overdue; newest report first (then the higher number).
public struct ThreatQuery: Sendable, Equatable {
    public var statuses: Set<ThreatStatus>
    public var district: String?
    public var category: ThreatCategory?
    public var overdueOnly: Bool
    /// Reported on or after this day, and on or before `reportedTo` (nil: no bound).
    public var reportedFrom: Day?
    public var reportedTo: Day?

    public init(statuses: Set<ThreatStatus> = [], district: String? = nil, category: ThreatCategory? = nil, overdueOnly: Bool = false,
                reportedFrom: Day? = nil, reportedTo: Day? = nil) {
        self.statuses = statuses
        self.district = district
        self.category = category
        self.overdueOnly = overdueOnly
        self.reportedFrom = reportedFrom
        self.reportedTo = reportedTo
    }

    public func matches(_ t: Threat, today: Day) -> Bool {
        (statuses.isEmpty || statuses.contains(t.status)) && (district.map { t.district == $0 } ?? true)
            && (category.map { t.category == $0 } ?? true) && (!overdueOnly || t.isOverdue(on: today))
            && (reportedFrom.map { t.reported >= $0 } ?? true) && (reportedTo.map { t.reported <= $0 } ?? true)
    }

    public func run(_ model: Model, today: Day) -> [Threat] {
        model.threats.filter { matches($0, today: today) }.sorted { ($0.reported, $0.id) > ($1.reported, $1.id) }
    }
}
