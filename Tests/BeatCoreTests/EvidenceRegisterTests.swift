@testable import BeatCore
import BeatDemo
import Foundation
import XCTest

/// Police figures, surveys, themes and the programme (issue 15): the rules of each change, the
/// evidence beside a plan checked against an oracle written apart from the code, the evidence
/// recorded at evaluation, and taking changes back.
final class EvidenceRegisterTests: XCTestCase {
    let c = Fixture.ctx("nowicki", "2026-11-20")

    func figure(_ month: String, _ district: String = "dobrzec", _ category: ThreatCategory = .publicDrinking,
                _ kind: PoliceFigureKind = .intervention, count: Int, beat: String? = nil) -> PoliceFigure {
        PoliceFigure(month: Month(month)!, district: district, beat: beat, category: category, kind: kind, count: count)
    }

    func importing(_ m: Model, _ months: [String], _ figures: [PoliceFigure], file: String = "dane.csv") -> Change {
        .importFigures(FiguresImport(file: file, months: months.map { Month($0)! }, figures: figures, model: m))
    }

    // MARK: Months

    func testMonthsAPeriodMostlyCovers() {
        func covered(_ f: String, _ t: String) -> String? { MonthRange.covered(from: Day(f)!, to: Day(t)!)?.description }
        XCTAssertEqual(covered("2026-08-01", "2027-01-31"), "2026-08 – 2027-01")
        XCTAssertEqual(covered("2026-09-06", "2026-12-05"), "2026-09 – 2026-11", "25 of September's 30 days count it in; 5 of December's do not")
        XCTAssertNil(covered("2026-09-16", "2026-09-30"), "15 of 30 days is not more than half")
        XCTAssertEqual(covered("2026-09-15", "2026-09-30"), "2026-09", "16 of 30")
        XCTAssertEqual(covered("2026-02-15", "2026-03-31"), "2026-03", "14 of February's 28 days is not more than half")
        XCTAssertEqual(covered("2026-02-14", "2026-03-31"), "2026-02 – 2026-03", "15 of 28")
        XCTAssertNil(covered("2026-12-01", "2026-11-30"))
        let r = MonthRange(from: Month("2026-08")!, to: Month("2027-01")!)
        XCTAssertEqual(r.before.description, "2026-02 – 2026-07")
        XCTAssertEqual(r.count, 6)
        XCTAssertNil(Month("2026-13"))
        XCTAssertNil(Month("2026-1"))
        XCTAssertNil(Month("26-01-01"))
    }

    // MARK: Police figures

    func testAMonthIsReplacedWholeAndTheChangeSaysWhichMonths() throws {
        var m = Fixture.model()
        try m.apply(importing(m, ["2026-09", "2026-10"], [figure("2026-09", count: 5), figure("2026-10", count: 7),
                                                         figure("2026-10", "dobrzec", .publicDrinking, .call, count: 3)]), context: c)
        XCTAssertEqual(m.register.policeMonths.map(\.description), ["2026-09", "2026-10"])
        // Re-importing October replaces it whole: the call line is gone, September stays.
        let again = importing(m, ["2026-10"], [figure("2026-10", count: 9)])
        guard case .importFigures(let f) = again else { return XCTFail() }
        XCTAssertEqual(f.replaces.map(\.description), ["2026-10"], "the change names the month it replaces")
        XCTAssertTrue(Language.pl.bind { AuditLog.sentence(again, model: m) }.contains("zastąpione miesiące: 2026-10"))
        try m.apply(again, context: c)
        XCTAssertEqual(m.register.policeFigures.map(\.count), [5, 9])
        // A month imported with nothing in it is known to have nothing.
        try m.apply(importing(m, ["2026-11"], []), context: c)
        XCTAssertEqual(m.register.policeMonths.count, 3)
    }

    func testAnImportThatHidesWhatItReplacesOrRepeatsALineIsRefused() throws {
        var m = Fixture.model()
        try m.apply(importing(m, ["2026-09"], [figure("2026-09", count: 5)]), context: c)
        let before = m
        let hiding = Change.importFigures(FiguresImport(file: "x.csv", months: [Month("2026-09")!], replaces: [], figures: []))
        XCTAssertThrowsError(try m.apply(hiding, context: c)) { XCTAssertEqual($0 as? BeatError, .rejected(.figuresReplaceMismatch([Month("2026-09")!]))) }
        let twice = importing(m, ["2026-10"], [figure("2026-10", count: 1), figure("2026-10", count: 2)])
        XCTAssertThrowsError(try m.apply(twice, context: c)) {
            XCTAssertEqual($0 as? BeatError, .rejected(.figureRepeated(Month("2026-10")!, "dobrzec", nil, .publicDrinking, .intervention)))
        }
        XCTAssertThrowsError(try m.apply(importing(m, ["2026-10"], [figure("2026-11", count: 1)]), context: c))
        XCTAssertThrowsError(try m.apply(importing(m, ["2026-10"], [figure("2026-10", "rypinek", count: 1)]), context: c))
        XCTAssertThrowsError(try m.apply(importing(m, ["2026-10"], [figure("2026-10", count: -1)]), context: c))
        XCTAssertThrowsError(try m.apply(importing(m, ["2026-10"], [figure("2026-10", "widok", count: 1, beat: "dobrzec-1")]), context: c),
                             "a beat of another district")
        XCTAssertEqual(m, before, "nothing changed")
        // The same line for the district and for one of its beats are two lines.
        try m.apply(importing(m, ["2026-10"], [figure("2026-10", count: 4), figure("2026-10", count: 1, beat: "dobrzec-1")]), context: c)
    }

    // MARK: Surveys

    func safety(_ counts: [Int]) -> [SurveyAnswer] {
        zip(SafetyAnswer.allCases, counts).map { SurveyAnswer(question: .safety, answer: $0.rawValue, count: $1) }
    }

    func testOneRoundPerDistrictAndDayAndAnswersWithinTheRespondents() throws {
        var m = Fixture.model()
        let day = Day("2026-05-10")!
        let round = SurveyDraft(district: "dobrzec", day: day, respondents: 100, answers: safety([10, 40, 30, 15, 5])
                                + [SurveyAnswer(question: .concerns, answer: "public-drinking", count: 60),
                                   SurveyAnswer(question: .concerns, answer: "vandalism", count: 60)])
        XCTAssertEqual(try m.apply(.recordSurveys(SurveyRecording(rounds: [round])), context: c).created, .surveys([1]))
        // The same district and day again: refused unless it names the round it replaces.
        XCTAssertThrowsError(try m.apply(.recordSurveys(SurveyRecording(rounds: [round])), context: c)) {
            XCTAssertEqual($0 as? BeatError, .rejected(.surveyRoundExists("dobrzec", day, 1)))
        }
        XCTAssertEqual(try m.apply(.recordSurveys(SurveyRecording(rounds: [round], model: m)), context: c).created, .surveys([2]))
        XCTAssertEqual(m.register.surveys.map(\.id), [2], "replaced, under a new number")
        func refused(_ d: SurveyDraft, _ r: Rejection) {
            XCTAssertThrowsError(try m.apply(.recordSurveys(SurveyRecording(rounds: [d])), context: c)) { XCTAssertEqual($0 as? BeatError, .rejected(r)) }
        }
        let other = Day("2026-06-10")!
        refused(SurveyDraft(district: "dobrzec", day: other, respondents: 100, answers: safety([50, 40, 10, 5, 0])),
                .surveyCountAboveRespondents(.safety, nil, 105, 100))
        refused(SurveyDraft(district: "dobrzec", day: other, respondents: 100, answers: [SurveyAnswer(question: .concerns, answer: "vandalism", count: 101)]),
                .surveyCountAboveRespondents(.concerns, "vandalism", 101, 100))
        refused(SurveyDraft(district: "dobrzec", day: other, respondents: 100, answers: [SurveyAnswer(question: .safety, answer: "fine", count: 1)]),
                .unknownSurveyAnswer(.safety, "fine"))
        refused(SurveyDraft(district: "dobrzec", day: other, respondents: 0, answers: []), .surveyNoRespondents)
        refused(SurveyDraft(district: "dobrzec", day: other, respondents: 10, answers: safety([1]) + safety([2])),
                .surveyAnswerTwice(.safety, "very-safe"))
        XCTAssertEqual(SurveySummary(m.survey(2)!).feelSafeShare, 50)
    }

    func testTheStandardQuestionsAreKnownByTheirWords() {
        XCTAssertEqual(SurveyQuestion(named: "jak ocenia pan/pani poczucie bezpieczenstwa w miejscu zamieszkania"), .safety)
        XCTAssertEqual(SurveyQuestion(named: "Safety"), .safety)
        XCTAssertEqual(SurveyQuestion(named: "concerns"), .concerns)
        XCTAssertEqual(SurveyQuestion(named: " Czy zna Pan/Pani dzielnicowego? "), .other("Czy zna Pan/Pani dzielnicowego?"))
        XCTAssertEqual(SafetyAnswer(named: "Raczej Bezpiecznie"), .ratherSafe)
        XCTAssertEqual(SafetyAnswer(named: "Trudno Powiedzieć"), .hardToSay)
        XCTAssertEqual(SafetyAnswer.allCases.map(\.polishName),
                       ["bardzo bezpiecznie", "raczej bezpiecznie", "raczej niebezpiecznie", "bardzo niebezpiecznie", "trudno powiedzieć"])
    }

    // MARK: The evidence against an oracle

    /// Police evidence computed the long way: every day of the period and of as long before,
    /// each month's days counted one by one; a month belongs to a period when more than half
    /// of its days do.
    struct PoliceOracle {
        var now: [PoliceFigureKind: Int] = [:], before: [PoliceFigureKind: Int] = [:]
        var district: [PoliceFigureKind: Int] = [:], districtBefore: [PoliceFigureKind: Int] = [:]
        var months: [String] = [], beforeMonths: [String] = []

        init?(figures: [PoliceFigure], imported: Set<String>, district: String, category: ThreatCategory, from: Day, to: Day) {
            var daysIn: [String: Int] = [:], inPeriod: [String: Int] = [:]
            // Every day from the first of `from`'s month to the last of `to`'s.
            var d = Day(year: from.year, month: from.month, day: 1)!
            while d <= to || (d.year == to.year && d.month == to.month) {
                daysIn[d.monthKey, default: 0] += 1
                if d >= from && d <= to { inPeriod[d.monthKey, default: 0] += 1 }
                d = d.adding(days: 1)
            }
            months = inPeriod.keys.sorted().filter { inPeriod[$0]! * 2 > daysIn[$0]! }
            guard let first = months.first else { return nil }
            // As many months, counted back one by one from the month before the first.
            var back: [String] = []
            var m = Day(first + "-01")!
            for _ in months { m = Day(year: m.month == 1 ? m.year - 1 : m.year, month: m.month == 1 ? 12 : m.month - 1, day: 1)!; back.insert(m.monthKey, at: 0) }
            beforeMonths = back
            guard (months + back).contains(where: imported.contains) else { return nil }
            for f in figures where f.district == district {
                let key = f.month.description
                if months.contains(key) {
                    self.district[f.kind, default: 0] += f.count
                    if f.category == category { now[f.kind, default: 0] += f.count }
                } else if back.contains(key) {
                    districtBefore[f.kind, default: 0] += f.count
                    if f.category == category { before[f.kind, default: 0] += f.count }
                }
            }
        }
    }

    func testPoliceEvidenceAgreesWithAnOracleOnRandomFiguresAndPeriods() throws {
        var rng = SeededRandom(seed: 15)
        let categories: [ThreatCategory] = [.publicDrinking, .vandalism, .speeding]
        for round in 0..<60 {
            var m = Fixture.model()
            var figures: [PoliceFigure] = []
            var months: [String] = []
            for k in 0..<18 where Int.random(in: 0..<5, using: &rng) > 0 {
                let month = Month("2025-11")!.adding(k)
                months.append(month.description)
                for district in ["dobrzec", "widok"] {
                    for cat in categories {
                        for kind in PoliceFigureKind.allCases where Bool.random(using: &rng) {
                            figures.append(PoliceFigure(month: month, district: district, category: cat, kind: kind,
                                                        count: Int.random(in: 0...40, using: &rng)))
                        }
                    }
                }
            }
            try m.apply(importing(m, months, figures), context: c)
            let from = Day("2026-03-01")!.adding(days: Int.random(in: 0...200, using: &rng))
            let to = from.adding(days: Int.random(in: 0...200, using: &rng))
            let cat = categories.randomElement(using: &rng)!
            let got = PoliceEvidence.compute(district: "dobrzec", category: cat, from: from, to: to, register: m.register)
            let want = PoliceOracle(figures: figures, imported: Set(months), district: "dobrzec", category: cat, from: from, to: to)
            XCTAssertEqual(got == nil, want == nil, "round \(round): \(from)…\(to)")
            guard let got, let want else { continue }
            XCTAssertEqual(got.months.months.map(\.description), want.months, "round \(round)")
            XCTAssertEqual(got.before.months.map(\.description), want.beforeMonths, "round \(round)")
            for k in got.inCategory {
                XCTAssertEqual(k.now, want.now[k.kind] ?? 0, "round \(round) \(k.kind)")
                XCTAssertEqual(k.before, want.before[k.kind] ?? 0, "round \(round) \(k.kind)")
            }
            for k in got.inDistrict {
                XCTAssertEqual(k.now, want.district[k.kind] ?? 0, "round \(round) \(k.kind)")
                XCTAssertEqual(k.before, want.districtBefore[k.kind] ?? 0, "round \(round) \(k.kind)")
            }
            XCTAssertEqual(got.missing.map(\.description).sorted(), (want.months + want.beforeMonths).filter { !months.contains($0) }.sorted())
        }
    }

    func testSurveyEvidenceAgreesWithAnOracle() throws {
        var rng = SeededRandom(seed: 18)
        for round in 0..<40 {
            var m = Fixture.model()
            var drafts: [SurveyDraft] = []
            var days = Set<Day>()
            for _ in 0..<Int.random(in: 0...5, using: &rng) {
                let day = Day("2026-01-01")!.adding(days: Int.random(in: 0...500, using: &rng))
                guard days.insert(day).inserted else { continue }
                let counts = (0..<5).map { _ in Int.random(in: 0...30, using: &rng) }
                let concerns = [ThreatCategory.publicDrinking, .vandalism, .drugs].map {
                    SurveyAnswer(question: .concerns, answer: $0.rawValue, count: Int.random(in: 0...20, using: &rng))
                }
                drafts.append(SurveyDraft(district: "dobrzec", day: day, respondents: 150, answers: safety(counts) + concerns))
            }
            if !drafts.isEmpty { try m.apply(.recordSurveys(SurveyRecording(rounds: drafts)), context: c) }
            let from = Day("2026-04-01")!.adding(days: Int.random(in: 0...100, using: &rng))
            let to = from.adding(days: Int.random(in: 30...200, using: &rng))
            let asOf = to.adding(days: Int.random(in: -20...60, using: &rng))
            let got = SurveyEvidence.compute(district: "dobrzec", from: from, to: to, asOf: asOf, register: m.register)
            // The oracle: sort the rounds by day; before = the latest before `from`; after = the
            // earliest after `to` known by `asOf`, else the latest from `from` on known by `asOf`.
            let known = drafts.filter { $0.day <= asOf }.sorted { $0.day < $1.day }
            let before = known.filter { $0.day < from }.last
            let after = known.first { $0.day > to } ?? known.filter { $0.day >= from }.last
            XCTAssertEqual(got?.before?.day, before?.day, "round \(round)")
            XCTAssertEqual(got?.after?.day, after?.day, "round \(round)")
            func share(_ d: SurveyDraft?) -> Int? {
                guard let d else { return nil }
                let all = d.answers.filter { $0.question == .safety }.map(\.count).reduce(0, +)
                let safe = d.answers.filter { $0.question == .safety && ($0.answer == "very-safe" || $0.answer == "rather-safe") }.map(\.count).reduce(0, +)
                return all == 0 ? nil : Int((Double(safe) * 100 / Double(all)).rounded(.toNearestOrAwayFromZero))
            }
            XCTAssertEqual(got?.before?.feelSafeShare, share(before), "round \(round)")
            XCTAssertEqual(got?.after?.feelSafeShare, share(after), "round \(round)")
            if let b = share(before), let a = share(after) { XCTAssertEqual(got?.feelSafeChange, a - b) } else { XCTAssertNil(got?.feelSafeChange) }
            // Concerns ranked by count, ties by Polish name.
            if let after {
                let ranked = after.answers.filter { $0.question == .concerns && $0.count > 0 }
                    .sorted { $0.count != $1.count ? $0.count > $1.count : PolishCollation.less(ThreatCategory(rawValue: $0.answer)!.polishName,
                                                                                                  ThreatCategory(rawValue: $1.answer)!.polishName) }
                XCTAssertEqual(got?.after?.concerns.map(\.category.rawValue), ranked.map(\.answer), "round \(round)")
            }
        }
    }

    // MARK: Recorded at evaluation

    func testTheEvaluationRecordsPoliceFiguresAndSurveysAndLaterImportsNeverChangeThem() throws {
        var m = Fixture.model()
        try m.apply(importing(m, ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"],
                              [figure("2026-05", count: 10), figure("2026-08", count: 4), figure("2026-09", count: 3),
                               figure("2026-09", "dobrzec", .vandalism, count: 8)]), context: c)
        try m.apply(.recordSurveys(SurveyRecording(rounds: [
            SurveyDraft(district: "dobrzec", day: Day("2026-06-01")!, respondents: 100, answers: safety([10, 30, 40, 10, 10])),
            SurveyDraft(district: "dobrzec", day: Day("2026-10-20")!, respondents: 100, answers: safety([20, 40, 20, 10, 10])),
        ])), context: c)
        let plan = try XCTUnwrap(m.plan(1))
        try m.apply(.evaluatePlan(PlanEvaluation(plan: plan, outcome: .reduced, note: "Mniej interwencji", day: Day("2026-10-31")!, model: m)),
                    context: Fixture.ctx("nowicki", "2026-10-31"))
        let recorded = try XCTUnwrap(m.plan(1)?.evaluation?.evidence)
        // The plan ran 2026-08-01…10-31: August to October against May to July.
        let police = try XCTUnwrap(recorded.police)
        XCTAssertEqual(police.months.description, "2026-08 – 2026-10")
        XCTAssertEqual(police.inCategory.first { $0.kind == .intervention }.map { [$0.now, $0.before] }, [7, 10])
        XCTAssertEqual(police.inDistrict.first { $0.kind == .intervention }.map { [$0.now, $0.before] }, [15, 10])
        XCTAssertEqual(recorded.survey?.before?.feelSafeShare, 40)
        XCTAssertEqual(recorded.survey?.after?.feelSafeShare, 60)
        XCTAssertEqual(recorded.survey?.feelSafeChange, 20)
        // A month re-imported later, and a new survey, do not move the recorded figures.
        try m.apply(importing(m, ["2026-09"], [figure("2026-09", count: 30)]), context: c)
        try m.apply(.recordSurveys(SurveyRecording(rounds: [
            SurveyDraft(district: "dobrzec", day: Day("2026-11-10")!, respondents: 50, answers: safety([0, 5, 40, 5, 0]))])), context: c)
        let shown = PlanEvidence(plan: m.plan(1)!, model: m, today: Fixture.today)
        XCTAssertEqual(shown.basis, .recorded)
        XCTAssertEqual(shown.figures, recorded)
        let now = PlanEvidence.now(plan: m.plan(1)!, model: m, today: Fixture.today)
        XCTAssertEqual(now.police?.inCategory.first?.now, 34, "today's data: September re-imported")
        XCTAssertEqual(now.survey?.after?.day, Day("2026-11-10"), "today's data: the first round after the plan")
        // The recorded figures go through the store's own reader, fast or not.
        let json = try JSONEncoder().encode(m.plan(1)!)
        XCTAssertEqual(try JSONDecoder().decode(SafetyPlan.self, from: json), m.plan(1)!)
        // Lines with figures in the printouts.
        let keys = Language.pl.bind { shown.keyedFields.map(\.key) }
        XCTAssertTrue(["policeMonths", "police", "policeDistrict", "survey"].allSatisfy(keys.contains), "\(keys)")
        let summary = Language.pl.bind { shown.summary }
        XCTAssertTrue(summary.contains("interwencje 7 wobec 10 (−3, −30%)"), summary)
        XCTAssertTrue(summary.contains("+20 pkt proc."), summary)
    }

    func testEvidenceThatCannotBeThePlansIsRefused() throws {
        var m = Fixture.model()
        let plan = try XCTUnwrap(m.plan(1))
        var e = PlanEvaluation(plan: plan, outcome: .reduced, note: "x", day: Day("2026-10-31")!, model: m)
        e.evaluation.evidence?.police = PoliceEvidence(months: MonthRange(from: Month("2026-01")!, to: Month("2026-02")!),
                                                       before: MonthRange(from: Month("2025-11")!, to: Month("2025-12")!),
                                                       inCategory: [], inDistrict: [], missing: [])
        XCTAssertThrowsError(try m.apply(.evaluatePlan(e), context: c)) { XCTAssertEqual($0 as? BeatError, .rejected(.evidenceNotThePlans(1))) }
    }

    // MARK: Taking back

    func testThreatChangesAndSurveysAreTakenBack() throws {
        var m = Fixture.model()
        let add = Change.addThreat(ThreatDraft(category: .vandalism, place: "ul. Łódzka 3", district: "dobrzec", source: .patrol, anonymous: false,
                                               reported: Day("2026-11-19")!))
        var undo = try XCTUnwrap(try m.apply(add, context: c).undo)
        var back = m
        for u in undo { try back.apply(u, context: c) }
        XCTAssertTrue(back.threats.isEmpty)
        XCTAssertEqual(back.register.counters.threat, 2, "the number stays used")

        let step = Change.setThreatStatus(ThreatStatusUpdate(threat: 1, status: .verifying, note: "obchód"))
        undo = try XCTUnwrap(try m.apply(step, context: c).undo)
        for u in undo { try m.apply(u, context: c) }
        XCTAssertEqual(m.threat(1)?.status, .new)
        XCTAssertEqual(m.threat(1)?.history.map(\.to), [.verifying, .new], "the way back is in the history")
        XCTAssertThrowsError(try m.apply(.removeThreat(Removal(id: 1)), context: c), "a threat that moved stays") {
            XCTAssertEqual($0 as? BeatError, .rejected(.threatStillUsed(1, plans: [])))
        }
        XCTAssertThrowsError(try m.apply(.revertThreatStatus(ThreatStatusUpdate(threat: 1, status: .confirmed)), context: c))

        let survey = Change.recordSurveys(SurveyRecording(rounds: [SurveyDraft(district: "widok", day: Day("2026-11-01")!, respondents: 10,
                                                                               answers: safety([1, 2, 3, 4, 0]))]))
        for u in try XCTUnwrap(try m.apply(survey, context: c).undo) { try m.apply(u, context: c) }
        XCTAssertTrue(m.register.surveys.isEmpty)
    }

    func testAPlanNamesOnlyThreatsOnTheRegister() throws {
        var m = Fixture.model()
        var plan = try XCTUnwrap(m.plan(1))
        plan.threat.threats = [7]
        XCTAssertThrowsError(try m.apply(.editPlan(plan), context: c)) { XCTAssertEqual($0 as? BeatError, .rejected(.unknownThreat(7))) }
        plan.theme = .publicSpace
        plan.threat.threats = []
        try m.apply(.editPlan(plan), context: c)
        XCTAssertEqual(m.plan(1)?.theme, .publicSpace)
    }

    // MARK: The store

    func testTheRegisterIsKeptAndABrokenOneIsReportedWhereItIs() throws {
        let dir = try temporaryStoreFolder()
        let store = try Store.create(at: dir, model: Fixture.model(), clock: Clock(today: Fixture.today, now: Fixture.at("2026-11-22")))
        var m = store.model
        try store.append(importing(m, ["2026-10"], [figure("2026-10", count: 3)]), by: "nowicki", at: Fixture.at("2026-11-22"))
        try store.append(.recordSurveys(SurveyRecording(rounds: [SurveyDraft(district: "dobrzec", day: Day("2026-11-01")!, respondents: 10,
                                                                             answers: safety([1, 2, 3, 4, 0]))])), by: "nowicki", at: Fixture.at("2026-11-22"))
        try store.append(.putProgramme(Programme(name: "Bezpieczne Dzielnice", agreed: Day("2026-01-15"), signatories: ["Prezydent Miasta Kalisza"],
                                                 pilotFrom: Day("2026-02-01"), pilotTo: Day("2027-01-31"))), by: "nowicki", at: Fixture.at("2026-11-22"))
        try store.compact(by: "nowicki")
        m = try Store.open(at: dir).model
        XCTAssertEqual(m.register, store.model.register)
        XCTAssertEqual(try Store.open(at: dir, scope: .reference).model.register, store.model.register)
        // A figure of a district the store does not know: file, line and column.
        let snapshot = try FileManager.default.contentsOfDirectory(atPath: dir).first { $0.hasPrefix("snapshot-") }!
        let file = dir + "/" + snapshot + "/register.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"district\" : \"dobrzec\"", with: "\"district\" : \"rypinek\"").write(toFile: file, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Store.open(at: dir)) { e in
            let message = (e as? BeatError)?.message ?? ""
            XCTAssertTrue(message.contains("register.json:") && message.contains("rypinek"), message)
        }
    }

    func temporaryStoreFolder() throws -> String {
        let dir = NSTemporaryDirectory() + "beat-evidence-" + UUID().uuidString
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return dir + "/store"
    }
}
