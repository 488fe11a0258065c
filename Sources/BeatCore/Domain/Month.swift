/// A calendar month, `YYYY-MM`: the unit police figures are exported in.
public struct Month: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    /// Nil unless `month` is 1…12 and the month's first day is a day Beat keeps.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), Day(year: year, month: month, day: 1) != nil else { return nil }
        self.year = year
        self.month = month
    }

    /// `2026-09`: four digits, a hyphen, two digits.
    public init?(_ text: String) {
        let u = Array(text.utf8)
        guard u.count == 7, u[4] == 0x2D, u.enumerated().allSatisfy({ $0.offset == 4 || (0x30...0x39).contains($0.element) }),
              let y = Int(String(decoding: u[0..<4], as: UTF8.self)), let m = Int(String(decoding: u[5..<7], as: UTF8.self))
        else { return nil }
        self.init(year: y, month: m)
    }

    /// The month `day` falls in.
    public init(_ day: Day) {
        year = day.year
        month = day.month
    }

    public var first: Day { Day(year: year, month: month, day: 1)! }
    public var last: Day { Day(year: year, month: month, day: Day.daysIn(month: month, year: year))! }
    public var days: Int { Day.daysIn(month: month, year: year) }

    /// The month `n` months later (earlier when negative).
    public func adding(_ n: Int) -> Month { Month(first.adding(months: n)) }

    /// Whole months from `self` to `other` (positive when `other` is later).
    public func months(to other: Month) -> Int { (other.year * 12 + other.month) - (year * 12 + month) }

    public var description: String { first.monthKey }

    public static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let m = Month(s) else { throw DecodingError.dataCorruptedError(in: c, debugDescription: "\"\(s)\" is not a month (YYYY-MM)") }
        self = m
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// Months from `from` to `to`, both included.
public struct MonthRange: Hashable, Sendable, Codable, CustomStringConvertible {
    public var from: Month
    public var to: Month

    public var count: Int { max(0, from.months(to: to) + 1) }
    public var months: [Month] { (0..<count).map { from.adding($0) } }
    public func contains(_ m: Month) -> Bool { m >= from && m <= to }

    /// `2026-09 – 2026-11`, or one month alone.
    public var description: String { from == to ? from.description : "\(from) – \(to)" }

    /// The months a period of days mostly covers: those with more than half of their days in
    /// `from…to` — police figures come by month, a plan's period by day. Nil when none is.
    public static func covered(from: Day, to: Day) -> MonthRange? {
        guard from <= to else { return nil }
        func mostly(_ m: Month) -> Bool { 2 * (max(m.first, from).days(to: min(m.last, to)) + 1) > m.days }
        var first = Month(from), last = Month(to)
        if !mostly(first) { first = first.adding(1) }
        if !mostly(last) { last = last.adding(-1) }
        return first <= last ? MonthRange(from: first, to: last) : nil
    }

    /// As many months just before this range.
    public var before: MonthRange { MonthRange(from: from.adding(-count), to: from.adding(-1)) }
}
