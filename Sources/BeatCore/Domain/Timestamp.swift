import Foundation

/// An instant with the UTC offset it was recorded in, written as ISO 8601 with seconds and
/// offset (`2026-11-22T08:15:00+01:00`). Second precision round-trips exactly.
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let seconds: Int64
    /// Offset from UTC in minutes at the place of recording.
    public let offsetMinutes: Int

    public init(seconds: Int64, offsetMinutes: Int) {
        self.seconds = seconds
        self.offsetMinutes = offsetMinutes
    }

    /// The local day and time as the officer saw them.
    public var local: (day: Day, hour: Int, minute: Int, second: Int) {
        let s = seconds + Int64(offsetMinutes * 60)
        let days = Int((s >= 0 ? s : s - 86399) / 86400)
        let rem = Int(s - Int64(days) * 86400)
        return (Day(ordinal: days), rem / 3600, rem / 60 % 60, rem % 60)
    }

    /// The calendar day at the place of recording.
    public var day: Day { local.day }

    /// `HH:MM` local time.
    public var hourMinute: String {
        let l = local
        return Day.pad(l.hour, 2) + ":" + Day.pad(l.minute, 2)
    }

    /// Local day and hour, minute, second in the given offset.
    public init(day: Day, hour: Int = 0, minute: Int = 0, second: Int = 0, offsetMinutes: Int) {
        let local = Int64(day.ordinal) * 86400 + Int64(hour * 3600 + minute * 60 + second)
        self.init(seconds: local - Int64(offsetMinutes * 60), offsetMinutes: offsetMinutes)
    }

    public var description: String {
        let l = local
        let sign = offsetMinutes < 0 ? "-" : "+"
        let o = abs(offsetMinutes)
        guard Day.fits(l.day.year, 4), o / 60 < 100 else {
            return l.day.description + "T" + Day.pad(l.hour, 2) + ":" + Day.pad(l.minute, 2) + ":" + Day.pad(l.second, 2)
                + sign + Day.pad(o / 60, 2) + ":" + Day.pad(o % 60, 2)
        }
        // 25 ASCII bytes written in place: exports and JSON forms format many timestamps.
        return String(unsafeUninitializedCapacity: 25) { b in
            l.day.write(b, 0)
            b[10] = 0x54
            Day.digits(l.hour, 2, b, 11)
            b[13] = 0x3A
            Day.digits(l.minute, 2, b, 14)
            b[16] = 0x3A
            Day.digits(l.second, 2, b, 17)
            b[19] = offsetMinutes < 0 ? 0x2D : 0x2B
            Day.digits(o / 60, 2, b, 20)
            b[22] = 0x3A
            Day.digits(o % 60, 2, b, 23)
            return 25
        }
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS(Z|±HH:MM)`; nil for anything else.
    public init?(_ text: String) {
        let u = Array(text.utf8)
        guard u.count == 20 || u.count == 25, u[10] == 84 /* T */, u[13] == 58, u[16] == 58,
              let day = Day(String(decoding: u[0..<10], as: UTF8.self)) else { return nil }
        func num(_ a: Int, _ b: Int) -> Int? {
            var v = 0
            for i in a..<b { let c = u[i]; guard c >= 48, c <= 57 else { return nil }; v = v * 10 + Int(c - 48) }
            return v
        }
        guard let h = num(11, 13), let mi = num(14, 16), let s = num(17, 19), h < 24, mi < 60, s < 60 else { return nil }
        var offset = 0
        if u.count == 20 {
            guard u[19] == 90 /* Z */ else { return nil }
        } else {
            guard u[19] == 43 || u[19] == 45, u[22] == 58, let oh = num(20, 22), let om = num(23, 25), oh < 24, om < 60 else { return nil }
            offset = (oh * 60 + om) * (u[19] == 45 ? -1 : 1)
        }
        self.init(day: day, hour: h, minute: mi, second: s, offsetMinutes: offset)
    }

    /// Now, in this machine's time zone, truncated to the second.
    public static func now(_ date: Date = Date()) -> Timestamp {
        let secs = Int64(date.timeIntervalSince1970.rounded(.down))
        return Timestamp(seconds: secs, offsetMinutes: TimeZone.current.secondsFromGMT(for: date) / 60)
    }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.seconds < b.seconds }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let t = Timestamp(s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "\"\(s)\" is not a time (YYYY-MM-DDTHH:MM:SS+HH:MM)")
        }
        self = t
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// What "today" and "now" are. `BEAT_TODAY=YYYY-MM-DD` pins the day, for reproducible
/// reports and tests; the time of day stays the machine's.
public struct Clock: Sendable {
    public var today: Day
    public var now: Timestamp
    /// Whether "today" was pinned (`BEAT_TODAY`): output meant to be reproducible then
    /// shows the day only, never the wall-clock time.
    public var isPinned: Bool

    public init(today: Day, now: Timestamp, isPinned: Bool = false) {
        self.today = today
        self.now = now
        self.isPinned = isPinned
    }

    /// The clock from the environment (`BEAT_TODAY`) and the system time.
    public static func system(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Clock {
        let real = Timestamp.now()
        guard let pinned = environment["BEAT_TODAY"], !pinned.isEmpty else {
            return Clock(today: real.day, now: real)
        }
        guard let day = Day(pinned) else {
            throw BeatError.usage(L10n.badPinnedToday(pinned))
        }
        let l = real.local
        return Clock(today: day, now: Timestamp(day: day, hour: l.hour, minute: l.minute, second: l.second, offsetMinutes: real.offsetMinutes),
                     isPinned: true)
    }
}
