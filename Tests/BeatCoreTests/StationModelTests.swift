import BeatCore
import XCTest

/// The station's own data through `Model.apply`: what it accepts, what it refuses and why,
/// and that a refusal changes nothing.
final class StationModelTests: XCTestCase {
    let ctx = Fixture.ctx("admin")

    func refuses(_ m: Model, _ change: Change, _ why: Rejection, file: StaticString = #filePath, line: UInt = #line) {
        var copy = m
        XCTAssertThrowsError(try copy.apply(change, context: ctx), file: file, line: line) { e in
            XCTAssertEqual(e as? BeatError, .rejected(why), file: file, line: line)
        }
        XCTAssertEqual(copy, m, "a refused change left the model changed", file: file, line: line)
    }

    func testAStreetBelongsToOneBeatWhateverItsSpelling() throws {
        let m = Fixture.model()
        refuses(m, .putBeat(Beat(id: "dobrzec-2", district: "dobrzec", name: "Południe", streets: ["ul. ŁÓDZKA"])),
                .streetInOtherBeat("Łódzka", "dobrzec-1"))
        refuses(m, .putBeat(Beat(id: "dobrzec-2", district: "dobrzec", name: "Południe", streets: ["Polna", "polna"])), .streetListedTwice("polna"))
        refuses(m, .putBeat(Beat(id: "dobrzec-2", district: "dobrzec", name: "Południe", streets: ["ul."])), .empty(.street))
        var ok = m
        try ok.apply(.putBeat(Beat(id: "dobrzec-2", district: "dobrzec", number: 2, name: "Południe", streets: ["Polna"])), context: ctx)
        // The same beat may list its own streets again (an edit).
        try ok.apply(.putBeat(Beat(id: "dobrzec-1", district: "dobrzec", number: 1, name: "Północ", streets: ["Łódzka", "Legionów"])), context: ctx)
        refuses(ok, .putBeat(Beat(id: "dobrzec-3", district: "dobrzec", number: 2, name: "Trzeci", streets: [])),
                .beatNumberTaken(2, "dobrzec", "dobrzec-2"))
    }

    func testLoginsAreAccountNamesHeldByOnePerson() throws {
        var m = Fixture.model()
        var o = m.officer("nowicki")!
        o.login = "lnowicki"
        try m.apply(.putOfficer(o), context: ctx)
        var z = m.officer("zielinska")!
        z.login = "lnowicki"
        refuses(m, .putOfficer(z), .loginTaken("lnowicki", "nowicki"))
        for bad in ["Nowicki", "-x", "a b", String(repeating: "a", count: 33), ""] {
            z.login = bad
            refuses(m, .putOfficer(z), .badLogin(bad))
        }
    }

    func testAnOfficerLeavesOnlyWithSomeoneTakingOverTheirOpenTasks() throws {
        var m = Fixture.model()
        try m.apply(.setTaskStatus(TaskStatusUpdate(task: 2, status: .done)), context: ctx)
        refuses(m, .deactivateOfficer(OfficerDeactivation(officer: "nowicki")), .handoverNeeded("nowicki", 1))
        refuses(m, .deactivateOfficer(OfficerDeactivation(officer: "nowicki", handover: "nowicki")), .handoverToSelf("nowicki"))
        refuses(m, .deactivateOfficer(OfficerDeactivation(officer: "nowicki", handover: "kowalski")), .unknownOfficer("kowalski"))
        var off = m.officer("nowicki")!
        off.active = false
        refuses(m, .putOfficer(off), .handoverNeeded("nowicki", 1))

        let before = m
        let applied = try m.apply(.deactivateOfficer(OfficerDeactivation(officer: "nowicki", handover: "zielinska")), context: ctx)
        XCTAssertEqual(m.officer("nowicki")?.active, false)
        XCTAssertEqual(m.task(1)?.assignee, "zielinska", "the open task moved")
        XCTAssertEqual(m.task(2)?.assignee, "nowicki", "a closed task stays with whoever did it")
        refuses(m, .deactivateOfficer(OfficerDeactivation(officer: "nowicki", handover: "zielinska")), .officerAlreadyInactive("nowicki"))
        refuses(m, .deactivateOfficer(OfficerDeactivation(officer: "zielinska", handover: "nowicki")), .inactiveOfficer("nowicki"))

        // Undone, everything is as it was.
        var undone = m
        for c in try XCTUnwrap(applied.undo) { try undone.apply(c, context: ctx) }
        XCTAssertEqual(undone.officer("nowicki"), before.officer("nowicki"))
        XCTAssertEqual(undone.task(1)?.assignee, "nowicki")

        // Without open tasks no one needs to take over.
        var z = Fixture.model()
        try z.apply(.setTaskStatus(TaskStatusUpdate(task: 3, status: .cancelled, reason: "r")), context: ctx)
        try z.apply(.deactivateOfficer(OfficerDeactivation(officer: "zielinska")), context: ctx)
        XCTAssertEqual(z.officer("zielinska")?.active, false)
    }

    func testMembersOneAtATimeAndNotRemovedWhileNamed() throws {
        var m = Fixture.model()
        let chair = Partner(id: "rada", name: "Elżbieta Wróblewska", role: .estateCouncilChair, organisation: "", gender: .female)
        try m.apply(.putMember(MemberPut(team: "zespol-dobrzec", member: chair)), context: ctx)
        XCTAssertEqual(m.team("zespol-dobrzec")?.members.count, 3)
        refuses(m, .putMember(MemberPut(team: "zespol-x", member: chair)), .unknownTeam("zespol-x"))
        let orphan = Partner(id: "k2", name: "K", role: .designatedContact, organisation: "", nominatedBy: "nikt")
        refuses(m, .putMember(MemberPut(team: "zespol-dobrzec", member: orphan)), .nominatorMissing("k2"))
        refuses(m, .removeMember(MemberRemoval(team: "zespol-dobrzec", member: "kontakt-sm")),
                .memberStillLinked("kontakt-sm", tasks: [1], meetings: [], contacts: [], nominated: []))
        refuses(m, .removeMember(MemberRemoval(team: "zespol-dobrzec", member: "prezes-sm")),
                .memberStillLinked("prezes-sm", tasks: [], meetings: [], contacts: [], nominated: ["kontakt-sm"]))
        try m.apply(.removeMember(MemberRemoval(team: "zespol-dobrzec", member: "rada")), context: ctx)
        XCTAssertNil(m.partner("rada"))
        refuses(m, .editTeam(TeamEdit(team: "zespol-dobrzec", name: "Z", district: "widok")),
                .teamStillLinked("zespol-dobrzec", meetings: [], tasks: [1]))
        try m.apply(.editTeam(TeamEdit(team: "zespol-dobrzec", name: "Dzielnicowy Zespół Koordynacyjny Dobrzec", district: "dobrzec")), context: ctx)
        XCTAssertEqual(m.team("zespol-dobrzec")?.name, "Dzielnicowy Zespół Koordynacyjny Dobrzec")
    }

    func testATaskHeldByAPartnerAndAContactWithOne() throws {
        var m = Fixture.model()
        try m.apply(.putOrganisation(PartnerOrganisation(id: "sm-dobrzec", name: "SM „Dobrzec”", kind: .housingCooperative)), context: ctx)
        refuses(m, .putOrganisation(PartnerOrganisation(id: "X", name: "x", kind: .other)), .badID("X"))
        refuses(m, .putOrganisation(PartnerOrganisation(id: "x", name: " ", kind: .other)), .empty(.name))
        refuses(m, .putOrganisation(PartnerOrganisation(id: "x", name: "x", kind: .other, district: "nowhere")), .unknownDistrict("nowhere"))
        let created = try m.apply(.addTask(TaskDraft(plan: 1, title: "Ławki", assignee: "nowicki", holder: .organisation("sm-dobrzec"))), context: ctx).created
        guard case .task(let id)? = created else { return XCTFail() }
        XCTAssertEqual(m.task(id)?.holder, .organisation("sm-dobrzec"))
        refuses(m, .addTask(TaskDraft(plan: 1, title: "x", assignee: "nowicki", holder: .organisation("mzd"))), .unknownOrganisation("mzd"))
        refuses(m, .addTask(TaskDraft(title: "x", assignee: "zielinska", holder: .member("prezes-sm"))), .partnerNotInTeam("prezes-sm", "widok"))
        var edit = TaskEdit(of: m.task(id)!)
        edit.holder = .member("prezes-sm")
        try m.apply(.editTask(edit), context: ctx)
        XCTAssertEqual(m.task(id)?.holder, .member("prezes-sm"))

        let draft = ContactDraft(time: Fixture.at("2026-11-02"), officer: "nowicki", district: "dobrzec", channel: .officeHours,
                                 category: .other, summary: "Rozmowa o ławkach", with: .organisation("sm-dobrzec"))
        guard case .contact(let c)? = try m.apply(.addContact(draft), context: ctx).created else { return XCTFail() }
        XCTAssertEqual(m.contact(c)?.with, .organisation("sm-dobrzec"))
        var bad = draft
        bad.with = .member("nikt")
        refuses(m, .addContact(bad), .unknownPartner("nikt"))
        XCTAssertEqual(m.name(of: .organisation("sm-dobrzec")), "SM „Dobrzec”")
        XCTAssertEqual(m.organisationName("sm-dobrzec"), "SM „Dobrzec”")
        XCTAssertEqual(m.organisationName("Rada Osiedla"), "Rada Osiedla", "a name from before organisations were records")
    }

    func testSupportIsAskedForThenGiven() throws {
        var m = Fixture.model()
        let asked = SupportReceived(unit: "WRD KMP Kalisz", what: "pomiar prędkości", day: Day("2026-11-10")!, open: true, asked: Day("2026-11-10")!)
        try m.apply(.addSupport(SupportAddition(task: 1, support: asked)), context: ctx)
        XCTAssertTrue(m.task(1)!.support[0].isOpen)
        refuses(m, .giveSupport(SupportGiven(task: 1, index: 0, day: Day("2026-11-09")!)),
                .supportGivenBeforeAsked(Day("2026-11-09")!, Day("2026-11-10")!))
        refuses(m, .giveSupport(SupportGiven(task: 1, index: 1, day: Fixture.today)), .unknownSupport(1, 1))
        try m.apply(.giveSupport(SupportGiven(task: 1, index: 0, day: Day("2026-11-12")!)), context: ctx)
        let given = m.task(1)!.support[0]
        XCTAssertFalse(given.isOpen)
        XCTAssertEqual(given.day, Day("2026-11-12"))
        XCTAssertEqual(given.asked, Day("2026-11-10"))
        refuses(m, .giveSupport(SupportGiven(task: 1, index: 0, day: Fixture.today)), .supportNotOpen(1, 0))
    }

    func testAnImportIsAllOrNothing() throws {
        let m = Fixture.model()
        let good = Officer(id: "nowak", rank: "sierż.", name: "Anna Nowak", badge: "1", phone: "", email: "", district: "dobrzec",
                           beat: nil, gender: .female)
        let bad = Officer(id: "kowal", rank: "", name: "Jan Kowal", badge: "2", phone: "", email: "", district: "nigdzie", beat: nil)
        refuses(m, .importRecords(RecordImport(kind: .officers, file: "o.csv", changes: [.putOfficer(good), .putOfficer(bad)])),
                .unknownDistrict("nigdzie"))
        refuses(m, .importRecords(RecordImport(kind: .officers, file: "o.csv", changes: [.putOfficer(good), .removeTask(Removal(id: 1))])),
                .notImportable("removeTask"))
        var ok = m
        try ok.apply(.importRecords(RecordImport(kind: .officers, file: "o.csv", changes: [.putOfficer(good)])), context: ctx)
        XCTAssertEqual(ok.officer("nowak"), good)
    }

    func testRolesAndLoginsConfigured() throws {
        var m = Fixture.model()
        XCTAssertFalse(m.rolesConfigured)
        XCTAssertFalse(m.loginsConfigured)
        var z = m.officer("zielinska")!
        z.role = .supervisor
        z.login = "zielinska"
        try m.apply(.putOfficer(z), context: ctx)
        XCTAssertTrue(m.rolesConfigured)
        XCTAssertTrue(m.loginsConfigured)
        XCTAssertEqual(m.officer(login: "zielinska")?.id, "zielinska")
        XCTAssertEqual(m.supervisors.map(\.id), ["zielinska"])
    }
}
