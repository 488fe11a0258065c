@testable import BeatTUI
import BeatCore
import XCTest

/// The threat register in the interface (issue 15): screen 4's section „Zagrożenia (KMZB)”
/// with the filters and forms of `beat threat list|add|status`, `!` past the deadline there
/// and on the dashboard, and a contact from the threat map offering to register its threat.
final class ThreatScreenTests: ScreenTestCase {
    var model: Model { store.model }

    func testTheRegisterMarksThoseOverdueAndFiltersAsTheCommandLineDoes() throws {
        let overdue = model.threats.filter { $0.isOverdue(on: Self.today) }
        XCTAssertFalse(overdue.isEmpty, "the demo has threats past their deadline")
        press("4]")
        var s = screen
        XCTAssertTrue(s.contains("[Zagrożenia (KMZB)]"), s)
        XCTAssertTrue(s.contains(L10n.threatCount(model.threats.count, overdue: overdue.count)), s)
        let lines = s.split(separator: "\n").map(String.init)
        for t in overdue {
            XCTAssertTrue(lines.contains { $0.hasPrefix("! nr \(t.id) ") }, "threat \(t.id) marked !\n\(s)")
        }
        for t in model.threats where !t.isOverdue(on: Self.today) {
            XCTAssertFalse(lines.contains { $0.hasPrefix("! nr \(t.id) ") }, "threat \(t.id) is not overdue\n\(s)")
        }
        // At 80 columns a category goes by its short name, so the place after it shows.
        if let t = overdue.first, let line = lines.first(where: { $0.hasPrefix("! nr \(t.id) ") }) {
            XCTAssertTrue(line.contains(L10n.categoryShortName(t.category) + " — " + String(t.place.prefix(8))), line)
        }
        // Only those past the deadline: the filter form's last field.
        press("f")
        XCTAssertTrue(screen.contains("Filtr rejestru zagrożeń"), screen)
        press("<Tab><Tab><Tab><Enter>")
        type("tak")
        press("<Enter><C-s>")
        s = screen
        XCTAssertTrue(s.contains(L10n.threatCount(overdue.count, overdue: overdue.count) + " · filtr: po terminie"), s)
        let rows = s.split(separator: "\n").filter { $0.contains(" nr ") }
        XCTAssertEqual(rows.count, overdue.count, s)
        XCTAssertTrue(rows.allSatisfy { $0.hasPrefix("! ") }, s)
        // The same as the command line's query.
        XCTAssertEqual(ThreatQuery(overdueOnly: true).run(model, today: Self.today).map(\.id), overdue.sorted { ($0.reported, $0.id) > ($1.reported, $1.id) }.map(\.id))

        // A district's, by the same form.
        press("f<Tab><Enter>")
        type("Widok")
        press("<Enter><Tab><Enter>")     // chosen: on to the category; then the overdue field
        type("nie")
        press("<Enter><C-s>")
        let widok = model.threats.filter { $0.district == "widok" }
        XCTAssertTrue(screen.contains(L10n.threatCount(widok.count, overdue: widok.filter { $0.isOverdue(on: Self.today) }.count)), screen)
    }

    func testTheDashboardMarksTheOfficersDistrictsThreatsPastTheirDeadline() throws {
        press("1")
        let s = screen
        let mine = model.threats.filter { $0.due != nil && $0.district == "dobrzec" }
        XCTAssertTrue(s.contains(L10n.dashThreats(mine.count, overdue: mine.filter { $0.isOverdue(on: Self.today) }.count)), s)
        for t in mine {
            let mark = t.isOverdue(on: Self.today) ? "! " : "  "
            XCTAssertTrue(s.contains(mark + t.due!.description + "  nr \(t.id)  "), "threat \(t.id)\n\(s)")
        }
    }

    func testRegisteringAThreatAndMovingItOnThroughTheFormsAreTakenBack() throws {
        let before = model.threats.count
        press("4]a")
        XCTAssertTrue(screen.contains("Nowe zagrożenie (KMZB)"), screen)
        type("ul. Łódzka 7")
        press("<C-s>")
        XCTAssertTrue(screen.contains("Wybierz kategorię zagrożenia"), "no default decides it\n\(screen)")
        press("<S-Tab><Enter>")
        type("wandal")
        press("<Enter><C-s>")
        XCTAssertTrue(screen.contains("Zaznacz, czy zgłoszenie jest anonimowe"), "no default decides it\n\(screen)")
        press("<Enter>")                 // the refusal put the cursor on the field it names
        type("nie")
        press("<Enter><C-s>")
        var t = try XCTUnwrap(try reopened().threats.last)
        XCTAssertEqual(try reopened().threats.count, before + 1)
        XCTAssertEqual([t.place, t.district, t.beat], ["ul. Łódzka 7", "dobrzec", "dobrzec-1"], "the street gives the district and beat")
        XCTAssertEqual(t.source, .map)
        XCTAssertEqual(t.category, .vandalism)
        XCTAssertFalse(t.anonymous)
        XCTAssertEqual(t.status, .new)
        XCTAssertEqual(t.reported, Self.today)

        // Moved on: only the statuses the rules allow are offered; a status must be chosen.
        press("g<C-s>")
        XCTAssertFalse(screen.contains("Wybierz status"), "no form was open")
        press("s")
        XCTAssertTrue(screen.contains("Zagrożenie nr \(t.id) (nowe) — zmiana statusu"), screen)
        press("<C-s>")
        XCTAssertTrue(screen.contains("Wybierz status"), screen)
        press("<Enter>")
        type("wery")
        press("<Enter>")                 // chosen: on to the note
        type("Obchód wieczorem")
        press("<C-s>")
        t = try XCTUnwrap(try reopened().threat(t.id))
        XCTAssertEqual(t.status, .verifying)
        XCTAssertEqual(t.history.last?.note, "Obchód wieczorem")
        XCTAssertEqual(t.history.last?.by, "wisniewski")

        // A threat past its last status: s says there is none.
        let done = try XCTUnwrap(model.threats.first { $0.status.next.isEmpty })
        press("g" + String(repeating: "<Down>", count: ThreatQuery().run(try reopened(), today: Self.today).firstIndex { $0.id == done.id }!) + "s")
        XCTAssertTrue(flat.contains(L10n.threatNoNextStatus(done.id, done.status)), screen)

        // u takes the step back (kept in the history); a threat that moved stays on the register.
        press("u")
        XCTAssertEqual(try reopened().threat(t.id)?.status, .new)
        XCTAssertEqual(try reopened().threat(t.id)?.history.map(\.to), [.verifying, .new])
        press("u")
        XCTAssertNotNil(try reopened().threat(t.id))
        XCTAssertTrue(flat.contains("nr \(t.id)"), screen)
    }

    func testAMapReportContactOffersToRegisterItsThreat() throws {
        let before = model.threats.count
        press("3a")
        type("Zgłoszenie z KMZB: picie alkoholu przy sklepie")
        press("<Tab><Enter>")
        type("spożyw")
        press("<Enter><Enter>")          // chosen: on to the channel
        type("zgłosz")
        press("<Enter>")                 // chosen: on to the place
        type("ul. Harcerska 3")
        press("<C-s>")
        XCTAssertTrue(screen.contains("Zarejestrować zagrożenie"), screen)
        let contact = try XCTUnwrap(try reopened().contacts.last)
        XCTAssertEqual(contact.channel, .mapReport)
        press("t")
        XCTAssertTrue(screen.contains("Zagrożenie z kontaktu nr \(contact.id)"), screen)
        press("<C-s>")
        let t = try XCTUnwrap(try reopened().threats.last)
        XCTAssertEqual(try reopened().threats.count, before + 1)
        XCTAssertEqual(t.contact, contact.id)
        XCTAssertTrue(t.anonymous, "a map report is anonymous")
        XCTAssertEqual(t.source, .map)
        XCTAssertEqual([t.category.rawValue, t.place, t.district], [ThreatCategory.publicDrinking.rawValue, "ul. Harcerska 3", "dobrzec"])

        // Registered and nothing else done: u takes the registration back.
        press("u")
        XCTAssertNil(try reopened().threat(t.id))
        XCTAssertNotNil(try reopened().contact(contact.id))

        // Another channel offers nothing.
        press("3a")
        type("Rozmowa na obchodzie")
        press("<Tab><Tab><Enter>")
        type("telef")
        press("<Enter><C-s>")
        XCTAssertEqual(try reopened().contacts.last?.channel, .phone)
        XCTAssertFalse(screen.contains("Zarejestrować zagrożenie"), screen)
        XCTAssertEqual(try reopened().threats.count, before)
    }
}

/// A plan's diagnosis names threats from the register: the plan's district's confirmed ones
/// offered first, then those being verified or new; not confirmed ones, jokes and mistakes never.
final class PlanThreatsTests: ScreenTestCase {
    func testThePlanFormOffersTheDistrictsConfirmedThreatsFirstAndNamesThePicked() throws {
        let m = store.model
        let plan = try XCTUnwrap(m.plans.first { $0.district == "dobrzec" && $0.status == .active })
        let choices = PlanForms.threatChoices(m, district: plan.district, today: Self.today).map { Int($0.id)! }.compactMap(m.threat)
        let first = try XCTUnwrap(choices.first)
        XCTAssertEqual([first.district, first.status.rawValue], ["dobrzec", ThreatStatus.confirmed.rawValue])
        let order: [ThreatStatus: Int] = [.confirmed: 0, .verifying: 1, .new: 2, .referred: 3, .eliminated: 4]
        let ranks = choices.map { ($0.district == "dobrzec" ? 0 : 1) * 10 + order[$0.status]! }
        XCTAssertEqual(ranks, ranks.sorted(), "the district's first, confirmed before the rest")
        XCTAssertFalse(choices.contains { [.notConfirmed, .jokeOrMistake].contains($0.status) })

        press("4")
        XCTAssertTrue(screen.contains("[Plany]"), screen)
        press("e")
        press(String(repeating: "<Tab>", count: 12) + "<Enter>")
        XCTAssertTrue(flat.contains("nr \(first.id) · potwierdzone"), screen)
        press("<Down><Enter><C-s>")        // the first offered
        XCTAssertEqual(try reopened().plan(plan.id)?.threat.threats, plan.threat.threats + [first.id])
        XCTAssertTrue(ThreatDetailText.lines(first.id, store: try reopened()).contains { $0.contains("P\(plan.id)") || $0.contains("nr \(plan.id)") })
    }
}

/// The threat as `beat threat show` and the interface show it.
private enum ThreatDetailText {
    static func lines(_ id: Int, store m: Model) -> [String] {
        ThreatDetail.lines(m.threat(id)!, model: m, today: ScreenTestCase.today)
    }
}
