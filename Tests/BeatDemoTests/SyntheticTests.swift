@testable import BeatCore
import BeatDemo
import XCTest

/// The synthetic stores used to measure speed: the promised sizes, valid, reproducible.
final class SyntheticTests: XCTestCase {
    let today = Day("2026-11-22")!

    func testDemoSizeIsValidAndReproducible() {
        let a = Synthetic.model(.demo, seed: 1, today: today, offsetMinutes: 60)
        let b = Synthetic.model(.demo, seed: 1, today: today, offsetMinutes: 60)
        XCTAssertEqual(a, b, "the same seed and day give the same store")
        XCTAssertNotEqual(a, Synthetic.model(.demo, seed: 2, today: today, offsetMinutes: 60))
        XCTAssertTrue(a.problems().isEmpty)
        let scale = Synthetic.Size.demo.scale
        XCTAssertEqual(a.districts.count, scale.districts)
        XCTAssertEqual(a.officers.count, scale.officers)
        XCTAssertEqual(a.contacts.count, scale.contacts)
        XCTAssertEqual(a.meetings.count, scale.meetings)
        XCTAssertEqual(a.tasks.count, scale.tasks)
    }

    func testTheKomendaScaleIsTheIssuesWorkload() {
        let s = Synthetic.Size.komenda.scale
        XCTAssertEqual([s.districts, s.officers, s.plans, s.tasks, s.contacts, s.meetings], [12, 60, 48, 12_000, 300_000, 600])
        XCTAssertEqual(s.days, 1_826, "five years")
    }

    /// A smaller store shaped like the komenda one: every kind of record, realistic text.
    func testAMidSizeStoreHasEverythingTheKomendaOneHas() {
        var scale = Synthetic.Size.komenda.scale
        scale.districts = 3
        scale.tasksPerPlan = 20
        scale.contacts = 5_000
        scale.meetingsPerTeam = 10
        scale.selfSetTasksPerDistrict = 5
        let m = Synthetic.model(scale, seed: 7, today: today, offsetMinutes: 60)
        XCTAssertTrue(m.problems().isEmpty)
        XCTAssertEqual(m.contacts.count, 5_000)
        XCTAssertEqual(m.tasks.count, scale.tasks)
        XCTAssertEqual(m.teams.count, 3)
        XCTAssertTrue(m.teams.allSatisfy { (11...13).contains($0.members.count) })
        // A designated contact is of the organisation of whoever nominated them.
        for team in m.teams {
            for p in team.members where p.role == .designatedContact {
                let by = team.members.first { $0.id == p.nominatedBy }
                XCTAssertEqual(p.organisation, by?.organisation, p.name)
            }
        }
        // Five years of contacts, up to yesterday, and about a fifth with personal data.
        XCTAssertEqual(m.contacts.first!.time.day.year, 2021)
        XCTAssertTrue(m.contacts.allSatisfy { $0.time.day < today })
        let personal = Double(m.contacts.filter { $0.resident != nil }.count) / Double(m.contacts.count)
        XCTAssertEqual(personal, 0.2, accuracy: 0.02)
        // Tasks in every state, with progress notes; past plans closed with an evaluation, the last one active.
        let statuses = Set(m.tasks.map(\.status))
        XCTAssertEqual(statuses, Set(TaskStatus.allCases))
        XCTAssertGreaterThan(Double(m.tasks.map(\.notes.count).reduce(0, +)) / Double(m.tasks.count), 1.5)
        XCTAssertEqual(m.plans.filter { $0.status == .closed }.count, 9)
        XCTAssertTrue(m.plans.filter { $0.status == .closed }.allSatisfy { $0.evaluation != nil })
        XCTAssertGreaterThan(m.contacts.filter { $0.task != nil }.count, 100)
        XCTAssertGreaterThan(m.contacts.filter { $0.followUpDone != nil }.count, 100)
        // Realistic Polish text lengths.
        let meanSummary = m.contacts.map(\.summary.count).reduce(0, +) / m.contacts.count
        XCTAssertTrue((100...300).contains(meanSummary), "mean summary \(meanSummary)")
        XCTAssertTrue(m.contacts.contains { $0.summary.contains("ą") || $0.summary.contains("ż") })
    }
}
