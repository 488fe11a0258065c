@testable import BeatTUI
import BeatCore
import Foundation
import XCTest

/// The interface on a store whose server goes away and comes back (as a PostgreSQL store's
/// does when the network drops): the loss is shown, retried on the next idle tick, and what
/// the officer was typing stays.
final class LostServerTests: ScreenTestCase {
    /// A real store behind a switch: while `down`, every call fails as a lost server's does.
    final class SwitchedStore: ModelStore {
        let inner: Store
        var down = false
        var refreshes = 0
        init(_ inner: Store) { self.inner = inner }
        var model: Model { inner.model }
        var isReadOnly: Bool { inner.isReadOnly }
        var readOnlyReason: String? { inner.readOnlyReason }
        var lost: BeatError { .unavailable(L10n.pgUnavailable("postgresql://beat@db/beat?schema=kalisz", L10n.pgConnectionLost)) }
        func append(_ changes: [Change], by officer: String, at time: Timestamp) throws -> [Applied] {
            if down { throw lost }
            return try inner.append(changes, by: officer, at: time)
        }
        func refresh() throws -> Bool {
            refreshes += 1
            if down { throw lost }
            return try inner.refresh()
        }
    }

    func testALostServerIsShownRetriedAndTypedTextKept() throws {
        let switched = SwitchedStore(store)
        let c = clock
        app = App(store: switched, terminal: terminal, me: "wisniewski", clock: { c })
        let before = store.model.contacts.count
        press("3a")
        type("Rozmowa o parkowaniu przy szkole")
        switched.down = true
        app.refresh()
        XCTAssertTrue(flat.contains("niedostępny"), screen)
        XCTAssertTrue(flat.contains("Rozmowa o parkowaniu przy szkole"), screen)
        press("<C-s>")  // saving while the server is away: refused, said, the form stays
        XCTAssertTrue(flat.contains("niedostępny"), screen)
        XCTAssertTrue(flat.contains("Rozmowa o parkowaniu przy szkole"), screen)
        XCTAssertEqual(try reopened().contacts.count, before)
        app.refresh()  // the idle tick tries again
        XCTAssertEqual(switched.refreshes, 2)
        switched.down = false
        app.refresh()
        press("<C-s>")
        XCTAssertEqual(try reopened().contacts.count, before + 1)
        XCTAssertEqual(try reopened().contacts.last?.summary, "Rozmowa o parkowaniu przy szkole")
    }
}
