@testable import BeatTUI
import BeatCore
import Foundation
import XCTest

/// `beat meeting` and `beat plan`, driven as a user or a script would, and the external
/// editor the interface runs for long minutes.
final class MeetingCommandTests: XCTestCase {
    func testMeetingListInTextAndJSON() throws {
        let beat = try demo()
        let model = try Store.open(at: beat.data).model
        let all = try beat.json(["meeting", "list"])
        XCTAssertEqual(all.count, model.meetings.count)
        for m in all {
            XCTAssertEqual(Set(m.keys), ["id", "team", "day", "attendees", "officers", "minutes", "decisions", "next"])
        }
        let days = all.map { $0["day"] as! String }
        XCTAssertEqual(days, days.sorted(), "oldest first")
        let dobrzec = try beat.json(["meeting", "list", "--team", "zespol-dobrzec"])
        XCTAssertEqual(dobrzec.map { $0["id"] as! Int }, model.meetings.filter { $0.team == "zespol-dobrzec" }.map(\.id))
        let decision = try XCTUnwrap((dobrzec.first?["decisions"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(decision.keys), ["text", "task", "closes", "adopts"])
        let text = try beat.ok(["meeting", "list"])
        XCTAssertTrue(text.contains("Dzielnicowy Zespół Koordynacyjny Widok"), text)
        XCTAssertTrue(text.contains("Posiedzeń: \(model.meetings.count)."), text)
        let shown = try beat.ok(["meeting", "show", "1"])
        XCTAssertTrue(shown.contains("Posiedzenie nr 1 — Dzielnicowy Zespół Koordynacyjny Dobrzec"), shown)
        XCTAssertTrue(shown.contains("Protokół:"), shown)
        let bad = try beat.run(["meeting", "list", "--team", "zespol-rypinek"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("zespol-rypinek"), bad.stderr)
    }

    func testPlanListShowsEachPlansPeriodStatusAndProgress() throws {
        let beat = try demo()
        let model = try Store.open(at: beat.data).model
        let text = try beat.ok(["plan", "list"])
        XCTAssertTrue(text.contains("Planów: \(model.plans.count)."), text)
        for line in text.split(separator: "\n") { XCTAssertLessThanOrEqual(DisplayWidth.of(String(line)), 80, String(line)) }
        let json = try JSONSerialization.jsonObject(with: Data(try beat.ok(["plan", "list", "--district", "widok", "--json"]).utf8)) as! [[String: Any]]
        let widok = model.plans.filter { $0.district == "widok" }
        XCTAssertEqual(json.map { $0["id"] as? Int }, widok.sorted { $0.start < $1.start }.map(\.id))
        for (row, plan) in zip(json, widok.sorted { $0.start < $1.start }) {
            let p = PlanProgress(plan: plan.id, model: model, today: Day("2026-11-22")!)
            XCTAssertEqual(row["tasksDone"] as? Int, p.done)
            XCTAssertEqual(row["tasksTotal"] as? Int, p.total)
            XCTAssertEqual(row["status"] as? String, plan.status.rawValue)
            XCTAssertEqual(row["outcome"] as? String, plan.evaluation?.outcome.rawValue)
        }
        XCTAssertTrue(text.contains("\(PlanProgress(plan: 3, model: model, today: Day("2026-11-22")!).done)/"), text)
        XCTAssertEqual(try beat.run(["plan", "list", "--district", "kalisz"]).status, 64)
    }

    func testEvidenceThenEvaluationClosesThePlan() throws {
        let beat = try demo()
        let model = try Store.open(at: beat.data).model
        let plan = try XCTUnwrap(model.plan(2))
        let e = PlanEvidence(plan: plan, model: model, today: Day("2026-11-22")!)
        let json = try JSONSerialization.jsonObject(with: Data(try beat.ok(["plan", "evidence", "2", "--json"]).utf8)) as! [String: Any]
        XCTAssertEqual((json["inCategory"] as! [String: Int])["now"], e.inCategory.now)
        XCTAssertEqual((json["inCategory"] as! [String: Int])["before"], e.inCategory.before)
        XCTAssertEqual((json["inDistrict"] as! [String: Int])["now"], e.inDistrict.now)
        XCTAssertEqual(json["from"] as? String, "2026-08-01")
        XCTAssertEqual(json["to"] as? String, "2026-11-22")

        let out = try beat.ok(["plan", "evaluate", "2", "--outcome", "reduced", "--note", "Mniej libacji na skwerze"])
        XCTAssertTrue(out.hasPrefix("Dowody do oceny planu nr 2:"), out)
        XCTAssertTrue(out.contains("Kontakty w kategorii planu:"), out)
        XCTAssertTrue(out.contains("Plan nr 2 zamknięty: zagrożenie ograniczone."), out)
        let closed = try Store.open(at: beat.data).model.plan(2)
        XCTAssertEqual(closed?.status, .closed)
        XCTAssertEqual(closed?.evaluation, Evaluation(outcome: .reduced, note: "Mniej libacji na skwerze", day: Day("2026-11-22")!,
                                                      evidence: e.figures))

        let again = try beat.run(["plan", "evaluate", "2", "--outcome", "reduced", "--note", "x"])
        XCTAssertEqual(again.status, 65)
        XCTAssertEqual(again.stdout, "", "nothing printed for a plan already closed")
        let wrong = try beat.run(["plan", "evaluate", "3", "--outcome", "maybe", "--note", "x"])
        XCTAssertEqual(wrong.status, 64)
        XCTAssertTrue(wrong.stderr.contains("eliminated, reduced, not-achieved"), wrong.stderr)
    }

    /// Issue 18: the evidence an evaluation was made on stays with it; `--now` shows today's beside it.
    func testAClosedPlansEvidenceIsTheRecordedOneAndNowIsLabelled() throws {
        let beat = try demo()
        let plan = try XCTUnwrap(try Store.open(at: beat.data).model.plan(2))
        try beat.ok(["plan", "evaluate", "2", "--outcome", "reduced", "--note", "Mniej", "--day", "2026-11-20"])
        let before = try beat.ok(["plan", "evidence", "2"])
        XCTAssertTrue(before.contains("dane zapisane przy ocenie z 2026-11-20"), before)
        XCTAssertTrue(before.contains("2026-08-01\u{00A0}– 2026-11-20"), before)
        let beforeJSON = try JSONSerialization.jsonObject(with: Data(try beat.ok(["plan", "evidence", "2", "--json"]).utf8)) as! [String: Any]
        XCTAssertEqual(beforeJSON["basis"] as? String, "recorded")
        XCTAssertTrue(beforeJSON["now"] is NSNull)

        // A late contact in the plan's district, category and period.
        try beat.ok(["contact", "add", "--summary", "Zgłoszenie spóźnione", "--category", plan.threat.category.rawValue,
                     "--district", plan.district, "--officer", "kaczmarek", "--time", "2026-11-19T20:00:00+01:00"])
        XCTAssertEqual(try beat.ok(["plan", "evidence", "2"]), before, "later data never changes a closed plan's evidence")
        let withNow = try beat.ok(["plan", "evidence", "2", "--now"])
        XCTAssertTrue(withNow.hasPrefix(before), withNow)
        XCTAssertTrue(withNow.contains("Według dzisiejszych danych"), withNow)
        XCTAssertTrue(withNow.split(separator: "\n").contains { $0.hasPrefix("Podstawa:") && $0.contains(" dzisiejsze dane") }, withNow)
        let json = try JSONSerialization.jsonObject(with: Data(try beat.ok(["plan", "evidence", "2", "--now", "--json"]).utf8)) as! [String: Any]
        let recordedNow = (json["inCategory"] as! [String: Int])["now"]!
        let now = try XCTUnwrap(json["now"] as? [String: Any])
        XCTAssertEqual(now["basis"] as? String, "today")
        XCTAssertEqual(now["to"] as? String, "2026-11-22")
        XCTAssertGreaterThanOrEqual((now["inCategory"] as! [String: Int])["now"]!, recordedNow + 1)

        // The recorded figures are in the journal line, the export and so the backup.
        let journal = try String(contentsOfFile: beat.data + "/journal.jsonl", encoding: .utf8)
        XCTAssertTrue(journal.split(separator: "\n").contains { $0.contains("evaluatePlan") && $0.contains("\"evidence\"") }, journal)
        let export = try beat.ok(["export", "json"])
        XCTAssertTrue(export.contains("\"evidence\""), "export json carries the recorded evidence")
        try beat.ok(["compact"])
        XCTAssertEqual(try beat.ok(["plan", "evidence", "2"]), before, "and so does the snapshot")
        XCTAssertEqual(try beat.run(["check"]).status, 0)
    }

    func testNextPeriodsPlanCarriesTheUnfinishedTasks() throws {
        let beat = try demo()
        let open = try beat.json(["task", "list", "--plan", "3", "--status", "open", "--status", "in-progress"]).map { $0["id"] as! Int }
        XCTAssertFalse(open.isEmpty)
        // Tasks due before the new period: Beat does not decide what becomes of their due days.
        let asked = try beat.run(["plan", "next", "3", "--as", "szymanski"])
        XCTAssertEqual(asked.status, 64)
        XCTAssertTrue(asked.stderr.contains("poza okresem nowego planu (2027-02-01\u{00A0}– 2027-07-31)"), asked.stderr)
        XCTAssertTrue(asked.stderr.contains("--outside-due nearest"), asked.stderr)
        // The next plan's number: the demo has four (the first one's second stage drafted).
        let next = try beat.json(["plan", "list"]).compactMap { $0["id"] as? Int }.max()! + 1
        let out = try beat.ok(["plan", "next", "3", "--as", "szymanski", "--outside-due", "none"])
        XCTAssertTrue(out.hasPrefix("Plan nr \(next) na okres 2027-02-01\u{00A0}– 2027-07-31; przeniesiono zadania: nr \(open[0]) → nr "), out)
        let carried = try beat.json(["task", "list", "--plan", String(next)])
        XCTAssertEqual(carried.map { $0["carriedFrom"] as! Int }.sorted(), open)
        XCTAssertTrue(carried.allSatisfy { $0["createdBy"] as? String == "szymanski" })
        let old = try beat.json(["task", "list", "--plan", "3", "--status", "not-done"])
        XCTAssertTrue(Set(open).isSubset(of: Set(old.map { $0["id"] as! Int })))
        XCTAssertTrue(old.filter { open.contains($0["id"] as! Int) }.allSatisfy { $0["reason"] as? String == "Przeniesione do planu na kolejny okres." })
        try beat.ok(["check"])
        let early = try beat.run(["plan", "next", "3", "--start", "2026-01-01", "--end", "2026-06-30", "--outside-due", "none"])
        XCTAssertEqual(early.status, 65)
        XCTAssertTrue(early.stderr.contains("musi zaczynać się po początku planu nr 3"), early.stderr)
    }

    // MARK: The external editor

    func script(_ body: String) throws -> String {
        let dir = temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/editor.sh"
        try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    func testTheEditorEditsAPrivateFileThatIsRemovedAfterwards() throws {
        let seen = temporaryFolder(self) + "-seen"
        let editor = try script("""
        printf '%s\\n' "$1" > '\(seen)'
        stat -c %a "$1" >> '\(seen)'
        printf 'Dopisane w edytorze: zażółć\\n' >> "$1"
        """)
        let result = ExternalEditor.edit("Protokół\n", environment: ["EDITOR": editor, "TMPDIR": NSTemporaryDirectory()])
        XCTAssertEqual(try result.get(), "Protokół\nDopisane w edytorze: zażółć")
        let lines = try String(contentsOfFile: seen, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.last, "600", "only the user may read the minutes")
        XCTAssertFalse(FileManager.default.fileExists(atPath: String(lines[0])), "the temporary file is removed")
        try? FileManager.default.removeItem(atPath: seen)
    }

    func testAnEditorThatFailsLeavesTheTextAndSaysSo() throws {
        let editor = try script("exit 3")
        guard case .failure(let e) = ExternalEditor.edit("x", environment: ["VISUAL": editor]) else { return XCTFail("no failure") }
        XCTAssertTrue(e.message.contains("kodem 3"), e.message)
        guard case .failure(let missing) = ExternalEditor.edit("x", environment: ["EDITOR": "/nonexistent/editor"]) else { return XCTFail() }
        XCTAssertTrue(missing.message.contains("Nie można uruchomić edytora"), missing.message)
        XCTAssertEqual(ExternalEditor.command(["EDITOR": "nano -R", "VISUAL": " "]), "nano -R")
        XCTAssertEqual(ExternalEditor.command([:]), "vi")
    }
}
