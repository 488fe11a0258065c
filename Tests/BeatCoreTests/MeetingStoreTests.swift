@testable import BeatCore
import Foundation
import XCTest

/// The meeting's and the plan cycle's records through the store: written to the journal,
/// compacted into a snapshot, read back on both decoding paths and in every load scope.
final class MeetingStoreTests: XCTestCase {
    var dir = ""
    let clock = Clock(today: MeetingFixture.today, now: Timestamp(day: MeetingFixture.today, hour: 18, offsetMinutes: 60))

    override func setUp() {
        dir = NSTemporaryDirectory() + "beat-meeting-store-\(UUID().uuidString)"
    }
    override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

    /// The fixture with a meeting that closed a plan and a next period's plan, through the journal.
    func storeWithTheCycle() throws -> Store {
        var model = MeetingFixture.model()
        let threat = Diagnosis(what: "psy", place: "", when: "", who: "", category: .strayDogs, sources: [])
        try model.apply(.addPlan(PlanDraft(district: "dobrzec", title: "Psy", start: Day("2026-09-01")!, end: Day("2027-02-28")!,
                                           threat: threat, goal: Goal(kind: .eliminate, description: "", measure: ""))),
                        context: MeetingFixture.ctx("2026-08-20"))
        let store = try Store.create(at: dir, model: model, clock: clock)
        try store.append(.addMeeting(MeetingDraft(team: "zespol-dobrzec", day: MeetingFixture.today, attendees: ["rada"], minutes: "Protokół",
                                                  decisions: [DecisionDraft(text: "Psy w schronisku", closes: PlanClosure(plan: 3, outcome: .eliminated)),
                                                              DecisionDraft(text: "Nowe", newTask: TaskDraft(plan: 1, title: "Z posiedzenia", assignee: "nowicki"))])),
                         by: "nowicki", at: clock.now)
        try store.append(.startNextPlan(NextPlanDraft(carryingAllOf: 1, in: store.model, start: Day("2027-02-01")!, end: Day("2027-07-31")!,
                                                      reason: "Przeniesione")), by: "nowicki", at: clock.now)
        return store
    }

    func testTheCycleSurvivesCompactionAndBothDecodingPaths() throws {
        let store = try storeWithTheCycle()
        let before = store.model
        XCTAssertEqual(before.plan(3)?.evaluation?.outcome, .eliminated)
        XCTAssertEqual(before.meetings.last?.decisions.first?.closes, PlanClosure(plan: 3, outcome: .eliminated))
        XCTAssertFalse(before.tasks.filter { $0.carriedFrom != nil }.isEmpty)
        try store.compact(by: "nowicki")
        let after = try Store.open(at: dir).model
        XCTAssertEqual(after.tasks, before.tasks)
        XCTAssertEqual(after.meetings, before.meetings)
        XCTAssertEqual(after.plans, before.plans)
        // The fast path reads the new fields exactly as JSONDecoder does.
        for t in before.tasks where t.carriedFrom != nil {
            let bytes = try JSONCoding.encode(t, pretty: true)
            XCTAssertEqual(FastJSON.decode(PlanTask.self, from: bytes), t)
        }
        let m = try XCTUnwrap(before.meetings.last)
        XCTAssertEqual(FastJSON.decode(Meeting.self, from: try JSONCoding.encode(m, pretty: false)), m)
    }

    func testAReaderOfTheHeadAloneNumbersTheNextRecordsAsTheWholeStore() throws {
        let store = try storeWithTheCycle()
        let head = try Store.open(at: dir, scope: .head)
        XCTAssertEqual(head.model.counters, store.model.counters, "the carried tasks are counted without reading them")
        let created = try head.append(.addTask(TaskDraft(title: "Po posiedzeniu", assignee: "nowicki")), by: "nowicki", at: clock.now).created
        XCTAssertEqual(created, .task(store.model.counters.task))
        XCTAssertEqual(try Store.open(at: dir).model.task(store.model.counters.task)?.title, "Po posiedzeniu")
        // Starting a next period from the head reads the tasks first.
        let head2 = try Store.open(at: dir, scope: .head)
        let model = try Store.open(at: dir).model
        let draft = NextPlanDraft(carryingAllOf: 4, in: model, start: Day("2027-08-01")!, end: Day("2028-01-31")!, reason: "dalej")
        XCTAssertFalse(draft.tasks.isEmpty)
        guard case .nextPlan(_, let tasks)? = try head2.append(.startNextPlan(draft), by: "nowicki", at: clock.now).created else { return XCTFail() }
        XCTAssertEqual(tasks.count, draft.tasks.count)
        XCTAssertTrue(try Store.open(at: dir).model.problems().isEmpty)
    }
}
