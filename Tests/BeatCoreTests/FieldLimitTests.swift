@testable import BeatCore
import XCTest

/// Field limits are enforced with a rejection naming the field and the limit — never by
/// cutting the text. At the limit a value is accepted.
final class FieldLimitTests: XCTestCase {
    let ctx = Fixture.ctx()

    func expectLimit(_ field: Rejection.Field, _ limit: Int, file: StaticString = #filePath, line: UInt = #line,
                     _ make: (String) -> Change) {
        var model = Fixture.model()
        let before = model
        XCTAssertThrowsError(try model.apply(make(String(repeating: "ą", count: limit + 1)), context: ctx), file: file, line: line) { e in
            XCTAssertEqual(e as? BeatError, .rejected(.tooLong(field, limit, limit + 1)), file: file, line: line)
        }
        XCTAssertEqual(model, before, "a rejected change changes nothing", file: file, line: line)
        XCTAssertNoThrow(try model.apply(make(String(repeating: "ą", count: limit)), context: ctx), "\(field) at the limit", file: file, line: line)
    }

    func contact(_ r: ResidentData) -> Change {
        .addContact(ContactDraft(time: Fixture.at("2026-11-01"), officer: "nowicki", district: "dobrzec", channel: .phone,
                                 category: .other, summary: "s", resident: r))
    }

    func testResidentsPersonalData() {
        expectLimit(.phone, Limits.phone) { contact(ResidentData(name: "Jan", phone: $0)) }
        expectLimit(.email, Limits.email) { contact(ResidentData(name: "Jan", email: $0)) }
        expectLimit(.address, Limits.address) { contact(ResidentData(name: "Jan", address: $0)) }
        expectLimit(.name, Limits.name) { contact(ResidentData(name: $0)) }
    }

    func testOfficersPartnersAndDistricts() {
        let m = Fixture.model()
        func officer(_ f: (inout Officer) -> Void) -> Change { var o = m.officers[0]; f(&o); return .putOfficer(o) }
        expectLimit(.rank, Limits.label) { v in officer { $0.rank = v } }
        expectLimit(.badge, Limits.label) { v in officer { $0.badge = v } }
        expectLimit(.phone, Limits.phone) { v in officer { $0.phone = v } }
        expectLimit(.email, Limits.email) { v in officer { $0.email = v } }
        func partner(_ f: (inout Partner) -> Void) -> Change { var t = m.teams[0]; f(&t.members[0]); return .putTeam(t) }
        expectLimit(.organisation, Limits.label) { v in partner { $0.organisation = v } }
        expectLimit(.phone, Limits.phone) { v in partner { $0.phone = v } }
        expectLimit(.email, Limits.email) { v in partner { $0.email = v } }
        func district(_ f: (inout District) -> Void) -> Change { var d = m.districts[0]; f(&d); return .putDistrict(d) }
        expectLimit(.city, Limits.label) { v in district { $0.city = v } }
        expectLimit(.street, Limits.label) { v in district { $0.streets = ["Łódzka", v] } }
        expectLimit(.street, Limits.label) { v in var b = m.beats[0]; b.streets = [v]; return .putBeat(b) }
    }

    func testPlanDiagnosisAndGoal() {
        let p = Fixture.model().plans[0]
        func plan(_ f: (inout SafetyPlan) -> Void) -> Change { var x = p; f(&x); return .editPlan(x) }
        expectLimit(.threat, Limits.detail) { v in plan { $0.threat.who = v } }
        expectLimit(.threat, Limits.detail) { v in plan { $0.threat.place = v } }
        expectLimit(.goal, Limits.detail) { v in plan { $0.goal.description = v } }
        expectLimit(.measure, Limits.detail) { v in plan { $0.goal.measure = v } }
        expectLimit(.partners, Limits.label) { v in plan { $0.partners = [v] } }
    }

    func testListsAndNumbers() {
        var model = Fixture.model()
        var d = model.districts[0]
        d.streets = Array(repeating: "ulica", count: Limits.listItems + 1)
        XCTAssertThrowsError(try model.apply(.putDistrict(d), context: ctx)) {
            XCTAssertEqual($0 as? BeatError, .rejected(.tooMany(.street, Limits.listItems, Limits.listItems + 1)))
        }
        d.streets = []
        d.residents = Limits.number + 1
        XCTAssertThrowsError(try model.apply(.putDistrict(d), context: ctx)) {
            XCTAssertEqual($0 as? BeatError, .rejected(.numberOutOfRange(Limits.number + 1)))
        }
    }
}
