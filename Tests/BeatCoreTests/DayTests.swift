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
        for o in stride(from: -800_000, through: 800_000, by: 997) {
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
}
