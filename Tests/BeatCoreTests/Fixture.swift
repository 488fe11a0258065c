import BeatCore
import XCTest
import Foundation

/// A small store with Polish names, built through `apply` like any real one.
enum Fixture {
    static let offset = 60
    static let today = Day("2026-11-22")!
    static func at(_ day: String, _ hour: Int = 10) -> Timestamp { Timestamp(day: Day(day)!, hour: hour, offsetMinutes: offset) }
    static func ctx(_ by: String = "nowicki", _ day: String = "2026-11-01") -> ChangeContext { ChangeContext(by: by, at: at(day)) }

    static func model() -> Model {
        var m = Model()
        let c = ctx("admin", "2026-10-01")
        let changes: [Change] = [
            .putDistrict(District(id: "dobrzec", name: "Dobrzec", city: "Kalisz", residents: 17_000, streets: ["Łódzka", "Dobrzecka"])),
            .putDistrict(District(id: "widok", name: "Widok", city: "Kalisz", residents: 13_000, streets: ["Żołnierska"])),
            .putBeat(Beat(id: "dobrzec-1", district: "dobrzec", name: "Dobrzec Północ", streets: ["Łódzka"])),
            .putOfficer(Officer(id: "nowicki", rank: "st. sierż.", name: "Łukasz Nowicki", badge: "12345", phone: "+48 600 000 101",
                                email: "l.nowicki@kalisz.policja.example", district: "dobrzec", beat: "dobrzec-1", gender: .male)),
            .putOfficer(Officer(id: "zielinska", rank: "mł. asp.", name: "Małgorzata Zielińska", badge: "23456", phone: "+48 600 000 102",
                                email: "m.zielinska@kalisz.policja.example", district: "widok", beat: nil, gender: .female)),
            .putTeam(CoordinationTeam(id: "zespol-dobrzec", district: "dobrzec", name: "Zespół Dobrzec", members: [
                Partner(id: "prezes-sm", name: "Grażyna Wójcik", role: .cooperativePresident, organisation: "SM „Dobrzec”"),
                Partner(id: "kontakt-sm", name: "Paweł Łęcki", role: .designatedContact, organisation: "SM „Dobrzec”", nominatedBy: "prezes-sm"),
            ])),
            .addPlan(PlanDraft(district: "dobrzec", officer: "nowicki", title: "Spożywanie alkoholu przy Łódzkiej",
                               start: Day("2026-08-01")!, end: Day("2027-01-31")!,
                               threat: Diagnosis(what: "picie alkoholu", place: "skwer przy ul. Łódzkiej", when: "piątki wieczorem", who: "grupa dorosłych",
                                              category: .publicDrinking, sources: [.residentInformation, .interventions]),
                               goal: Goal(kind: .reduce, description: "ograniczyć", measure: "liczba interwencji"), partners: ["Straż Miejska"])),
            .addTask(TaskDraft(plan: 1, title: "Patrole w piątki przy Łódzkiej", assignee: "nowicki", partners: ["kontakt-sm"], due: Day("2026-11-15"))),
            .addTask(TaskDraft(plan: 1, title: "Spotkanie z zarządem spółdzielni", assignee: "nowicki", due: Day("2026-11-25"), priority: .high)),
            .addTask(TaskDraft(title: "Karta samozadaniowania: oświetlenie", assignee: "zielinska", due: Day("2026-12-10"))),
        ]
        for ch in changes { try! m.apply(ch, context: c) }
        return m
    }
}

extension Model {
    /// Why `change` is refused (nil: it was applied); a refused change must leave the model as it was.
    mutating func rejection(of change: Change, context: ChangeContext, file: StaticString = #filePath, line: UInt = #line) -> Rejection? {
        let before = self
        do {
            try apply(change, context: context)
            return nil
        } catch BeatError.rejected(let r) {
            XCTAssertEqual(self, before, "a rejected change must leave the model as it was", file: file, line: line)
            return r
        } catch {
            XCTFail("not a rejection: \(error)", file: file, line: line)
            return nil
        }
    }
}
