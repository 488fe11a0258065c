@testable import BeatCore
@testable import BeatDemo
import Foundation
import XCTest

/// The `/` filter's index answers exactly what `ContactQuery.matches` answers, before and
/// after the log changes.
final class ContactSearchIndexTests: XCTestCase {
    /// Text the byte path lowercases: most of a real log.
    static let texts = [
        "Hałas przy Łódzkiej 12", "PARKOWANIE na chodniku", "zażółć gęślą jaźń", "Spożywanie alkoholu — „Żabka”",
        "ŁUKASZ Ślęzak", "Grupa młodzieży pod blokiem", "", "ß i ĳ", "tab\tparking", "wandale na placu",
    ]
    /// Text it does not (a CR, combining marks, emoji, separators): tested the careful way.
    static let odd = [
        "a\r\nb parkowanie", "e\u{301}mile", "\u{1B}[31mczerwony", "nul\u{0}w tekście", "jeden\u{1}dwa", "👮‍♀️ Policja",
        "Ωmega", "x\u{20DD}", "ﬁrma",
    ]
    static let names: [String?] = [nil, "Jan Kowalski", "ŻANETA Łęcka", "Anna\r\nNowak", nil, "Ółek"]
    static let queries = [
        "hałas", "HAŁAS", "łódz", "park", "parkowanie", "p", "a", "zażółć jaźń", "alkoh żab", "kowal", "łęck", "łukasz",
        "grupa młod", "spożywanie", "wandal", "młodzieży", "e", "czerw", "nowak", "dwa", "w", "ß", "firma", "ﬁr",
        "ωmega", "Ω", "zzz", "a b c", "p a r k", "1 2 3 4 5 6 7 8 9", "ół",
        "halas", "lodz", "zazolc jazn", "mlodziezy", "lukasz slezak", "leck", "zaneta", "ss",
    ]

    /// A log of `n` contacts, made from the samples in a fixed pseudo-random way.
    static func contacts(_ n: Int, seed: UInt64 = 7) -> [ResidentContact] {
        var g = SplitMix64(seed: seed)
        return (0..<n).map { k in
            // One text in twenty is odd.
            func text() -> String {
                g.next() % 20 == 0 ? odd[Int(g.next() % UInt64(odd.count))] : texts[Int(g.next() % UInt64(texts.count))]
            }
            let summary = (0..<Int(g.next() % 3 + 1)).map { _ in text() }.joined(separator: " ")
            let place = text()
            let name = names[Int(g.next() % UInt64(names.count))]
            let category = ThreatCategory.allCases[Int(g.next() % UInt64(ThreatCategory.allCases.count))]
            return ResidentContact(id: k + 1, time: Fixture.at("2026-10-01"), officer: k % 2 == 0 ? "nowicki" : "wisniewski",
                                   district: k % 3 == 0 ? "widok" : "dobrzec", place: place, channel: .phone, category: category,
                                   summary: summary, resident: name.map { ResidentData(name: $0) })
        }
    }

    func assertSame(_ index: ContactSearchIndex, _ contacts: [ResidentContact], version: Int, file: StaticString = #filePath, line: UInt = #line) {
        let everything = (0..<Int32(contacts.count)).reversed().map { $0 }
        let few = stride(from: 0, to: Int32(contacts.count), by: 17).map { $0 }
        for text in Self.queries {
            for officer in [nil, "nowicki"] {
                let q = ContactQuery(officer: officer, text: text)
                for order in [everything, few] {
                    let expected = order.filter { q.matches(contacts[Int($0)]) }
                    let got = index.filter(order, of: contacts, version: version, by: q)
                    XCTAssert(got == expected, "\(text) \(officer ?? "") over \(order.count): \(got.count) found, \(expected.count) expected; "
                              + "first difference at \(zip(got, expected).enumerated().first { $1.0 != $1.1 }?.offset ?? min(got.count, expected.count))",
                              file: file, line: line)
                }
            }
        }
    }

    func testTheIndexAnswersAsTheCarefulMatch() {
        // More than one chunk, so both workers and the chunk ends are exercised.
        let contacts = Self.contacts(ContactSearchIndex.chunkSize * 2 + 301)
        let index = ContactSearchIndex()
        assertSame(index, contacts, version: 1)
        XCTAssertEqual(index.count, contacts.count)
        // Some queries find many, some none: the test would notice a filter that keeps all or nothing.
        let q = ContactQuery(text: "łódz")
        let found = index.filter(Array(0..<Int32(contacts.count)), of: contacts, version: 1, by: q)
        XCTAssertGreaterThan(found.count, 100)
        XCTAssertLessThan(found.count, contacts.count - 100)
    }

    func testAnEmptyLogAndItsFirstContact() {
        let index = ContactSearchIndex()
        XCTAssertEqual(index.filter([], of: [], version: 1, by: ContactQuery(text: "park")), [])
        let one = Self.contacts(1).map { var c = $0; c.summary = "Parkowanie"; return c }
        XCTAssertEqual(index.filter([0], of: one, version: 2, by: ContactQuery(text: "park")), [0])
        XCTAssertEqual(index.filter([], of: [], version: 3, by: ContactQuery(text: "park")), [])
    }

    func testTheIndexCatchesUpWithNewEditedAndRemovedContacts() {
        var contacts = Self.contacts(1500)
        let index = ContactSearchIndex()
        assertSame(index, contacts, version: 1)
        // New contacts: appended to the index.
        contacts += Self.contacts(300, seed: 9).map { var c = $0; c.id += 1500; return c }
        assertSame(index, contacts, version: 2)
        XCTAssertEqual(index.count, 1800)
        // An edit: the old text no longer matches, the new one does.
        contacts[10].summary = "Zupełnie nowy opis: kradzież roweru"
        contacts[11].place = "Ostrowska"
        contacts[12].resident = ResidentData(name: "Bożena Ząbek")
        contacts[13].category = .vandalism
        assertSame(index, contacts, version: 3)
        let bike = ContactQuery(text: "rower")
        XCTAssertEqual(index.filter(Array(0..<Int32(contacts.count)), of: contacts, version: 3, by: bike).contains(10), true)
        // A removal: the log is shorter, the index is built again.
        contacts.remove(at: 5)
        assertSame(index, contacts, version: 4)
        XCTAssertEqual(index.count, contacts.count)
        // Many edits at once (a purge): still the same answers.
        for k in stride(from: 0, to: contacts.count, by: 2) { contacts[k].summary = "Pseudonim P-\(k)" }
        assertSame(index, contacts, version: 5)
    }
}
