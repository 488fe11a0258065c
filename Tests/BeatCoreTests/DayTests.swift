import BeatCore
import XCTest

final class DayTests: XCTestCase {
    func testParsesStrictlyAndRejectsImpossibleDays() {
        XCTAssertEqual(Day("2026-11-22")?.description, "2026-11-22")
        XCTAssertNil(Day("2026-02-30"))
        XCTAssertNil(Day("2026-13-01"))
        XCTAssertNil(Day("2026-1-01"))
        XCTAssertNil(Day("22.11.2026"))
        XCTAssertNotNil(Day("2028-02-29"))
        XCTAssertNil(Day("2027-02-29"))
    }

    func testOrdinalRoundTripAndArithmetic() {
        for o in stride(from: Day.earliest.ordinal, through: Day.latest.ordinal, by: 97) {
            XCTAssertEqual(Day(ordinal: o).ordinal, o)
        }
        XCTAssertEqual(Day("1970-01-01")!.ordinal, 0)
        XCTAssertEqual(Day("2026-12-31")!.adding(days: 1).description, "2027-01-01")
        XCTAssertEqual(Day("2026-01-31")!.adding(months: 1).description, "2026-02-28")
        XCTAssertEqual(Day("2026-11-22")!.weekday, 7) // a Sunday
        XCTAssertEqual(Day("2026-11-22")!.polish, "22.11.2026")
    }

    func testTimestampRoundTripsExactlyWithOffset() {
        let texts = ["2026-11-22T08:15:00+01:00", "2026-07-01T23:59:59+02:00", "2026-11-22T00:00:00-05:30", "1999-12-31T12:00:00+00:00"]
        for t in texts { XCTAssertEqual(Timestamp(t)?.description, t) }
        XCTAssertEqual(Timestamp("2026-11-22T08:15:00Z")?.description, "2026-11-22T08:15:00+00:00")
        XCTAssertEqual(Timestamp("2026-11-22T00:30:00+01:00")?.day.description, "2026-11-22")
        XCTAssertNil(Timestamp("2026-11-22 08:15:00"))
        XCTAssertNil(Timestamp("2026-11-22T25:15:00+01:00"))
    }

    func testTodayCanBePinned() throws {
        let clock = try Clock.system(environment: ["BEAT_TODAY": "2026-03-17"])
        XCTAssertEqual(clock.today.description, "2026-03-17")
        XCTAssertEqual(clock.now.day.description, "2026-03-17")
        XCTAssertThrowsError(try Clock.system(environment: ["BEAT_TODAY": "2026-02-30"]))
    }

    /// Days are kept from 1900-01-01 to 2199-12-31: outside, text is refused and arithmetic
    /// stops at the ends (it once trapped at the calendar's ends).
    func testTheDaysBeatKeepsAndArithmeticAtTheirEnds() throws {
        XCTAssertEqual(Day.earliest.description, "1900-01-01")
        XCTAssertEqual(Day.latest.description, "2199-12-31")
        XCTAssertEqual(Day.earliest.ordinal, -25_567)
        XCTAssertEqual(Day.latest.ordinal, 84_005)
        for text in ["0001-01-01", "1899-12-31", "2200-01-01", "9999-12-31"] {
            XCTAssertNil(Day(text), text)
            XCTAssertTrue(Day.isOutOfRange(text), text)
            XCTAssertTrue(L10n.badDay(text, option: "--from").contains("1900-01-01"), text)
        }
        for text in ["2026-02-30", "abcd-01-01", "1899-13-01"] { XCTAssertFalse(Day.isOutOfRange(text), text) }
        XCTAssertNil(Timestamp("9999-12-31T23:59:59-23:59"))
        XCTAssertEqual(Day(ordinal: .min), Day.earliest)
        XCTAssertEqual(Day(ordinal: .max), Day.latest)
        XCTAssertEqual(Day.latest.adding(days: 1), Day.latest)
        XCTAssertEqual(Day.latest.adding(days: .max), Day.latest)
        XCTAssertEqual(Day.earliest.adding(days: .min), Day.earliest)
        XCTAssertEqual(Day.earliest.adding(months: -1), Day.earliest)
        XCTAssertEqual(Day("2199-11-30")!.adding(months: 1).description, "2199-12-30")
        XCTAssertEqual(Day("2199-11-30")!.adding(months: 2), Day.latest)
        XCTAssertEqual(Day.latest.adding(months: .max), Day.latest)
        XCTAssertEqual(Day.earliest.adding(months: .min), Day.earliest)
        XCTAssertEqual(Day("1900-03-31")!.adding(months: -1).description, "1900-02-28")
        XCTAssertThrowsError(try Clock.system(environment: ["BEAT_TODAY": "0001-01-01"])) { e in
            XCTAssertEqual((e as? BeatError)?.exitCode, 64)
        }
        XCTAssertEqual(try Clock.system(environment: ["BEAT_TODAY": "2199-12-31"]).today, Day.latest)
    }
}
