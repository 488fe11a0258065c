import BeatCore
import XCTest

/// The column engine: columns measured from their content, the identifying text gets the
/// room, minor columns give way first, and no line is wider than its page.
final class ColumnLayoutTests: XCTestCase {
    let gap = 1

    func testEverythingAtItsIdealWidthWhenItFits() {
        let columns = [TableColumn("Nr", alignRight: true), TableColumn("Tytuł", role: .identity, minWidth: 8)]
        let fit = ColumnLayout.fit([3, 30], columns: columns, gap: gap, width: 80)
        XCTAssertEqual(fit.widths, [3, 30])
        XCTAssertEqual(fit.moved, [])
    }

    func testTheIdentityKeepsHalfTheLineWhileMinorTextGivesWay() {
        let columns = [TableColumn("Nr"), TableColumn("Miejsce", role: .text, minWidth: 8),
                       TableColumn("Kategoria", role: .text, minWidth: 8), TableColumn("Opis", role: .identity, minWidth: 12)]
        let fit = ColumnLayout.fit([3, 30, 24, 120], columns: columns, gap: gap, width: 79)
        XCTAssertEqual(fit.widths[3], 41, "the identity gets half the line and a column for its `…`: 40 columns of text")
        XCTAssertEqual(fit.total(gap: gap), 79)
        XCTAssertEqual(fit.widths[0], 3, "a fixed column keeps its width")
        XCTAssertGreaterThanOrEqual(fit.widths[1], 8)
        XCTAssertGreaterThanOrEqual(fit.widths[2], 8)
    }

    func testAnIdentityShorterThanItsShareLeavesTheRestToTheOthers() {
        let columns = [TableColumn("Nr"), TableColumn("Rejon", role: .text, minWidth: 6), TableColumn("Imię", role: .identity)]
        let fit = ColumnLayout.fit([10, 60, 20], columns: columns, gap: 2, width: 80)
        XCTAssertEqual(fit.widths, [10, 46, 20], "the name keeps all it needs, the beat gives way")
    }

    func testColumnsLeaveTheLineInTheirOrderBeforeAnythingIsCut() {
        let columns = [TableColumn("ID"), TableColumn("Imię", role: .identity), TableColumn("Dzielnica", leaves: 2),
                       TableColumn("Rejon", leaves: 1), TableColumn("Telefon")]
        let fit = ColumnLayout.fit([10, 20, 9, 29, 15], columns: columns, gap: 2, width: 80)
        XCTAssertEqual(fit.moved, [3], "the beat leaves first; then the rest fits")
        XCTAssertEqual(fit.widths[0], 10)
        XCTAssertEqual(fit.widths[1], 20)
        XCTAssertEqual(fit.widths[4], 15, "the phone is not cut")
        let narrow = ColumnLayout.fit([10, 20, 9, 29, 15], columns: columns, gap: 2, width: 55)
        XCTAssertEqual(narrow.moved, [2, 3])
        XCTAssertLessThanOrEqual(narrow.total(gap: 2), 55)
    }

    func testSpareRoomAfterAColumnLeftGoesBackToTheIdentity() {
        let columns = [TableColumn("!"), TableColumn("Dzielnica", leaves: 1), TableColumn("Tytuł", role: .identity)]
        let fit = ColumnLayout.fit([1, 30, 70], columns: columns, gap: 1, width: 60)
        XCTAssertEqual(fit.moved, [1])
        XCTAssertEqual(fit.widths[2], 58)
    }

    func testWhenTheShareCannotBeHadMinorTextIsAtItsMinimumAndTheIdentityHasTheRest() {
        let columns = [TableColumn("A", role: .text, minWidth: 6), TableColumn("B", role: .text, minWidth: 6),
                       TableColumn("C", role: .identity, minWidth: 6)]
        let fit = ColumnLayout.fit([40, 40, 80], columns: columns, gap: 1, width: 24)
        XCTAssertEqual(fit.widths, [6, 6, 10])
        let roomy = ColumnLayout.fit([40, 40, 80], columns: columns, gap: 1, width: 32)
        XCTAssertEqual(roomy.widths, [6, 7, 17], "with room for its share, the identity keeps it")
        let tight = ColumnLayout.fit([40, 40, 80], columns: columns, gap: 1, width: 17)
        XCTAssertEqual(tight.widths, [6, 6, 6], "no column below its minimum: the line is cut instead")
    }

    func testNoLineIsWiderThanItsPage() {
        let columns = [TableColumn("ID", alignRight: true), TableColumn("Status"), TableColumn("Rejon", role: .text, minWidth: 6, leaves: 1),
                       TableColumn("Miejsce", role: .text, minWidth: 8), TableColumn("Tytuł", role: .identity, minWidth: 12)]
        for width in [1, 5, 10, 20, 33, 40, 57, 80, 132] {
            for ideal in [[2, 11, 29, 30, 90], [6, 6, 6, 6, 6], [1, 1, 1, 1, 200]] {
                let fit = ColumnLayout.fit(ideal, columns: columns, gap: 2, width: width)
                XCTAssertTrue(zip(fit.widths, ideal).allSatisfy { $0 <= $1 }, "never wider than wanted: \(fit.widths)")
                let floors = columns.indices.map { min(columns[$0].minWidth, ideal[$0]) }
                let squeezed = columns.indices.filter { !fit.moved.contains($0) }.allSatisfy { fit.widths[$0] <= floors[$0] || fit.widths[$0] == ideal[$0] }
                XCTAssertTrue(fit.total(gap: 2) <= width || squeezed, "width \(width), \(ideal): \(fit)")
            }
        }
    }

    /// A table whose columns leave the line prints them under their row, `Label: value`.
    func testATableTooWideForItsPagePrintsTheColumnsThatLeftUnderTheRow() {
        var t = TextTable([.init("ID"), .init("Imię i nazwisko", role: .identity, minWidth: 12), .init("Rejon", leaves: 1),
                           .init("Telefon")])
        t.add(["kaczmarek", "Małgorzata Kaczmarek", "Dobrzec Południe (rejon nr 2)", "+48 600 000 102"])
        t.add(["szymanski", "Tomasz Szymański", "—", "+48 600 000 100"])
        let lines = t.render(width: 60)
        XCTAssertEqual(lines, [
            "ID         Imię i nazwisko       Telefon",
            String(repeating: "-", count: 48),
            "kaczmarek  Małgorzata Kaczmarek  +48 600 000 102",
            "           Rejon: Dobrzec Południe (rejon nr 2)",
            "szymanski  Tomasz Szymański      +48 600 000 100",
        ])
        var bytes: [UInt8] = []
        t.render(width: 60, into: &bytes)
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), lines.map { $0 + "\n" }.joined())
        XCTAssertEqual(t.render(width: 100).count, 4, "wide enough, one line a row")
    }

    /// The careful line (the interface's lists) and the table's byte lines agree.
    func testTheCarefulLineIsTheTablesLine() {
        let columns = [TableColumn("Nr", alignRight: true), TableColumn("Kategoria", role: .text, minWidth: 8),
                       TableColumn("Opis", role: .identity, minWidth: 10)]
        let rows = [["7", "nieprawidłowe parkowanie", "Samochody na trawniku przy Łódzkiej 5 — „znowu”"],
                    ["123", "inne", "Krótko"]]
        var t = TextTable(columns)
        for r in rows { t.add(r) }
        for width in [20, 33, 50, 80] {
            let fit = t.layout(fitting: width)
            XCTAssertEqual(Array(t.render(width: width, header: false)), rows.map { ColumnLayout.line($0, fit: fit, columns: columns, gap: t.gap, width: width) })
        }
    }
}
