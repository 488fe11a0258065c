import Foundation

/// A calendar day (`2026-11-22`): due dates, follow-ups and plan periods are days, not
/// instants, so no time zone can move them.
///
/// Beat keeps the days from 1900-01-01 to 2199-12-31 (`Day.earliest`…`Day.latest`): wide
/// enough for any record of a beat officer's work, narrow enough that every report over any
/// period in it works (the longest, 300 years by month, prints in seconds). A day outside
/// is refused wherever it enters — an option (exit 64), `BEAT_TODAY`, a stored file (65) —
/// and arithmetic stops at the ends instead of leaving the range, so no day outside it
/// ever exists.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The first and last years Beat keeps.
    public static let years = 1900...2199
    /// The first day Beat keeps.
    public static let earliest = Day(checked: 1900, 1, 1)
    /// The last day Beat keeps.
    public static let latest = Day(checked: 2199, 12, 31)

    /// Creates a day, or nil when it does not exist in the calendar (2026-02-30) or lies
    /// outside the days Beat keeps (`Day.years`).
    public init?(year: Int, month: Int, day: Int) {
        guard Day.years.contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    private init(checked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether `text` is a day of the calendar written `YYYY-MM-DD` that Beat does not keep
    /// (`0001-01-01`, `9999-12-31`): such a day is refused with the range in the message.
    public static func isOutOfRange(_ text: String) -> Bool {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == 45, u[7] == 45, Day(text) == nil else { return false }
        let digits = u[0..<4] + u[5..<7] + u[8..<10]
        guard digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
        let n = digits.map { Int($0 - 48) }
        let y = n[0] * 1000 + n[1] * 100 + n[2] * 10 + n[3], m = n[4] * 10 + n[5], d = n[6] * 10 + n[7]
        return !years.contains(y) && (1...12).contains(m) && d >= 1 && d <= daysIn(month: m, year: max(y, 1))
    }

    /// Parses `YYYY-MM-DD` strictly; nil for anything else, including impossible days.
    public init?(_ text: String) {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == 45, u[7] == 45 else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                let c = u[i]
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (may be negative).
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day `ordinal` days after 1970-01-01, or the first or last day Beat keeps when
    /// that lies beyond it.
    public init(ordinal: Int) {
        let z0 = min(max(ordinal, Day.earliestOrdinal), Day.latestOrdinal)
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Ordinals of `earliest` and `latest` (the constants `Day(ordinal:)` clamps to).
    private static let earliestOrdinal = -25_567, latestOrdinal = 84_005

    /// `n` days later (earlier when negative), stopping at the ends of the days Beat keeps.
    public func adding(days n: Int) -> Day {
        let (sum, overflow) = ordinal.addingReportingOverflow(n)
        return Day(ordinal: overflow ? (n < 0 ? Int.min : Int.max) : sum)
    }

    /// The same day of the month `n` months later, clamped to the month's length, stopping
    /// at the ends of the days Beat keeps.
    public func adding(months n: Int) -> Day {
        let first = Day.years.lowerBound * 12, last = Day.years.upperBound * 12 + 11
        let here = year * 12 + (month - 1)
        let total = n > 0 ? (n > last - here ? last + 1 : here + n) : (n < first - here ? first - 1 : here + n)
        if total > last { return Day.latest }
        if total < first { return Day.earliest }
        let y = total / 12, m = total % 12 + 1
        return Day(checked: y, m, min(day, Day.daysIn(month: m, year: y)))
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: Day) -> Int { other.ordinal - ordinal }

    /// 1 = Monday … 7 = Sunday.
    public var weekday: Int { ((ordinal % 7 + 7) % 7 + 3) % 7 + 1 }

    /// `YYYY-MM` of the day's month.
    public var monthKey: String {
        guard Day.fits(year, 4) else { return Day.pad(year, 4) + "-" + Day.pad(month, 2) }
        return String(unsafeUninitializedCapacity: 7) { b in
            Day.digits(year, 4, b, 0)
            b[4] = 0x2D
            Day.digits(month, 2, b, 5)
            return 7
        }
    }

    public var description: String {
        guard Day.fits(year, 4) else { return Day.pad(year, 4) + "-" + Day.pad(month, 2) + "-" + Day.pad(day, 2) }
        // Ten ASCII bytes written in place: a list or an export formats thousands of days.
        return String(unsafeUninitializedCapacity: 10) { b in
            write(b, 0)
            return 10
        }
    }

    /// Writes `YYYY-MM-DD` (ten bytes) into `b` from `at`; only for a year that `fits` four digits.
    @inline(__always)
    func write(_ b: UnsafeMutableBufferPointer<UInt8>, _ at: Int) {
        Day.digits(year, 4, b, at)
        b[at + 4] = 0x2D
        Day.digits(month, 2, b, at + 5)
        b[at + 7] = 0x2D
        Day.digits(day, 2, b, at + 8)
    }

    /// `22.11.2026`, the form familiar on Polish screens.
    public var polish: String {
        guard Day.fits(year, 4) else { return Day.pad(day, 2) + "." + Day.pad(month, 2) + "." + Day.pad(year, 4) }
        return String(unsafeUninitializedCapacity: 10) { b in
            Day.digits(day, 2, b, 0)
            b[2] = 0x2E
            Day.digits(month, 2, b, 3)
            b[5] = 0x2E
            Day.digits(year, 4, b, 6)
            return 10
        }
    }

    /// Whether `n` is written in exactly `width` digits with leading zeros (not negative, not wider).
    @inline(__always)
    static func fits(_ n: Int, _ width: Int) -> Bool {
        var limit = 1
        for _ in 0..<width { limit *= 10 }
        return n >= 0 && n < limit
    }

    /// Writes `n` (which `fits` `width`) as `width` ASCII digits into `b` from `at`.
    @inline(__always)
    static func digits(_ n: Int, _ width: Int, _ b: UnsafeMutableBufferPointer<UInt8>, _ at: Int) {
        var v = n
        var k = at + width - 1
        while k >= at {
            b[k] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
            v /= 10
            k -= 1
        }
    }

    /// `n` with leading zeros to `width` digits. Dates are formatted millions of times in a
    /// large export or snapshot, and `String(format:)` is many times slower.
    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.utf8.count >= width ? s : String(repeating: "0", count: width - s.utf8.count) + s
    }

    @inlinable public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let d = Day(s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: Day.isOutOfRange(s)
                ? "\"\(s)\" is outside the days Beat keeps (\(Day.earliest)…\(Day.latest))"
                : "\"\(s)\" is not a calendar day (YYYY-MM-DD)")
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
