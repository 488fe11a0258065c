@testable import BeatTUI
import BeatCore
import Foundation
import XCTest

/// The one key table holds the interface to its word: every binding's keys reach its action
/// where the binding says, the help lists exactly the table, the key bar of every scope comes
/// from it, and a key that is not in it never becomes text and says it does nothing.
final class KeyTableTests: ScreenTestCase {
    /// Keys that bring the interface to where a binding applies (from the dashboard).
    func setup(for b: Binding) -> String {
        switch (b.scope, b.action) {
        case (.always, _): return ""
        case (.global, .back): return "2/Wniosek<Enter>"  // Esc clears a kept search
        case (.global, _), (.list, _): return "2"
        case (.screen, .addTask), (.screen, .evaluate), (.screen, .nextPlan): return "4"
        case (.screen, .followUpDone): return "3"
        case (.screen, .deactivate): return "5]]"
        case (.screen, .nextSection), (.screen, .previousSection), (.screen, .reviewScope), (.screen, .recordMeeting): return "6]"
        case (.screen, .toggle): return "6]]]]<Down>"
        case (.screen, .goalDealtWith): return "6]]]"
        case (.screen, .showSummaries): return "6]]"
        case (.screen, .adoptPlan): return "6]]]"
        case (.screen, .remove): return "6]]]aDecyzja do usunięcia<Enter><End>"
        case (.screen, _): return "2"
        case (.form, _), (.textField, _), (.editing, _): return "2aTytuł"
        case (.multilineField, _): return "2a<Tab>"
        case (.choiceField, _): return "2a<Tab><Tab>"
        case (.prompt, _): return "3x"
        case (.picker, _): return "2s"
        case (.search, _): return "2/"
        case (.textView, _), (.taskWindow, _): return "2<Enter>"
        }
    }

    func testEveryBindingsKeysReachItsActionWhereItSays() throws {
        for b in KeyMap.bindings {
            let keys = b.keys + (b.typing ? [.char("ż")] : [])
            XCTAssertFalse(keys.isEmpty, "\(b.action) has no key")
            for key in keys {
                setUpFreshApp()
                press(setup(for: b))
                XCTAssertTrue(app.state.scopes.contains(b.scope) || b.scope == .always, "\(b.action): set up in \(app.state.scopes)\n\(screen)")
                app.press(key)
                XCTAssertEqual(app.state.lastKey, KeyTrace(key: key, scope: b.scope, action: b.action, handled: true),
                               "\(key) in \(b.scope) for \(b.action)")
            }
        }
    }

    /// A form's "throw away what you typed?" answers to the same question keys as any other.
    /// The help and the key bar read alike: every label starts with a capital letter, in both
    /// languages (movement keys read "następny ekran", "strona w dół" beside "Drukuj").
    func testEveryLabelStartsWithACapital() {
        for language in Language.allCases {
            language.bind {
                for b in KeyMap.bindings {
                    XCTAssertEqual(b.label.first.map { String($0).uppercased() }, b.label.first.map(String.init), "\(language): \(b.label)")
                }
            }
        }
    }

    func testTheDiscardQuestionAnswersToThePromptKeys() throws {
        for b in KeyMap.bindings(in: .prompt) {
            for key in b.keys {
                setUpFreshApp()
                press("2aTytuł<Esc>")
                XCTAssertEqual(app.state.scopes, [.prompt], screen)
                app.press(key)
                XCTAssertEqual(app.state.lastKey, KeyTrace(key: key, scope: .prompt, action: b.action, handled: true), "\(key)")
                if b.action == .yes { XCTAssertNil(app.state.modal) } else { XCTAssertTrue(screen.contains("Tytuł"), screen) }
            }
        }
        // Any other key: the question waits, and says how to answer it.
        press("2aTytuł<Esc>x")
        XCTAssertTrue(screen.contains("Odpowiedz: t — tak, n — nie."), screen)
        XCTAssertEqual(app.state.scopes, [.prompt])
    }

    func testTheHelpListsExactlyTheTable() throws {
        press("2?")
        guard case .text(let help)? = app.state.modal else { return XCTFail(screen) }
        // After this screen's commands: each scope's heading, then its bindings, nothing else.
        let lines = help.lines.map(\.text)
        let rest = Array(lines.drop { !$0.isEmpty })
        var expected: [String] = []
        for scope in KeyScope.allCases {
            expected += ["", scope.title] + KeyMap.bindings(in: scope).map(HelpView.entry)
        }
        XCTAssertEqual(rest, expected + HelpView.symbols.map(\.text))
        // This screen's part lists its commands, each as in the table.
        let now = lines.prefix { !$0.isEmpty }
        XCTAssertEqual(Array(now.dropFirst()), app.state.tasks.commands(app.context()).compactMap { KeyMap.binding($0) }.map(HelpView.entry))
        // On screen, the first page starts with them.
        let first = screen.split(separator: "\n").map(String.init)
        XCTAssertTrue(first[2].contains("Ekran Zadania:"), first[2])
        XCTAssertTrue(first[3].hasPrefix("│  Enter          "), first[3])
        // Every binding is somewhere in the pages of the help, its keys first.
        var pages = [screen]
        for _ in 0..<12 { press("<PgDn>"); pages.append(screen) }
        let all = pages.joined(separator: "\n")
        for b in KeyMap.bindings { XCTAssertTrue(all.contains("  " + DisplayWidth.pad(b.keysText, to: 14) + " "), b.keysText) }
    }

    /// The key bar of every window and of the search line comes from the table.
    func testTheKeyBarOfEveryScopeComesFromTheTable() throws {
        for (keys, scopes) in [("2aTytuł", [KeyScope.textField, .form, .editing]), ("2a<Tab>", [.multilineField, .form, .editing]),
                               ("2a<Tab><Tab>", [.choiceField, .form]), ("3x", [.prompt]), ("2s", [.picker, .editing]),
                               ("2/", [.search, .editing]), ("2<Enter>", [.taskWindow, .textView]), ("4<Enter>", [.textView]),
                               ("2aTytuł<Esc>", [.prompt])] {
            setUpFreshApp()
            press(keys)
            XCTAssertEqual(app.state.scopes, scopes, keys)
            let bar = app.frame().text(row: 23)
            let shown = KeyMap.bar(scopes)
            XCTAssertFalse(shown.isEmpty, keys)
            for b in shown.prefix(3) {
                XCTAssertTrue(bar.contains((b.keys.first?.description ?? b.keysText) + " " + b.label), "\(keys): \(bar)")
            }
        }
    }

    /// Whatever a terminal may send that Beat has no use for never becomes text, and says so.
    func testNoUnknownKeyEverBecomesText() throws {
        press("3a")
        let before = try XCTUnwrap(formText(.summary))
        var unknown: [Key] = [.unknown("Ctrl-Home"), .unknown("Alt-a"), .unknown("Insert"), .unknown("mouse"), .function(5), .function(13),
                              .ctrl("x"), .ctrl("b"), .ctrl("o"), .ctrl("z")]
        for terminal in ["xterm-256color", "screen-256color", "tmux-256color", "vt100", "linux", "rxvt"] {
            for seq in TerminfoKeys.sequences(terminal) {
                let (key, used) = KeyDecoder.decode(seq.bytes)
                XCTAssertEqual(used, seq.bytes.count, "\(terminal) \(seq.name) is read as one key")
                let k = try XCTUnwrap(key, "\(terminal) \(seq.name)")
                if case .char = k { XCTFail("\(terminal) \(seq.name) became text: \(k)") }
                unknown.append(k)
            }
        }
        for k in unknown {
            guard KeyMap.binding(for: k, in: app.state.scopes) == nil else { continue }
            app.press(k)
            XCTAssertEqual(formText(.summary), before, "\(k)")
            XCTAssertTrue(screen.contains("Klawisz \(k) nic tu nie robi."), "\(k): \(screen)")
        }
        XCTAssertTrue(screen.contains("Nowy kontakt z mieszkańcem"), "the form is still open")
    }

    func formText(_ id: FieldID) -> String? {
        guard case .form(let f)? = app.state.modal else { return nil }
        return f.text(id)
    }

    func testTheHeadlessKeyNamesOfModifiedKeysAreNoText() throws {
        let keys = try Key.parse("<C-Home><S-F3><M-a><C-S-Left><Ins><F13>")
        XCTAssertEqual(keys, [.unknown("Ctrl-Home"), .unknown("Shift-F3"), .unknown("Alt-a"), .unknown("Ctrl-Shift-←"), .unknown("Insert"), .function(13)])
        XCTAssertThrowsError(try Key.parse("<X-Home>"))
        XCTAssertThrowsError(try Key.parse("<C-Nowhere>"))
    }

    func testEveryKeyOnAScreenActsOrSaysWhyNot() throws {
        press("2x")
        XCTAssertTrue(screen.contains("Klawisz x nic tu nie robi (? — pomoc)."), screen)
        press("<C-Home>")
        XCTAssertTrue(screen.contains("Klawisz Ctrl-Home nic tu nie robi"), screen)
        press("j")
        XCTAssertFalse(screen.contains("nic tu nie robi"), "the notice goes with the next key")
    }
}

/// The key sequences a terminal's terminfo entry says it sends (`infocmp`).
enum TerminfoKeys {
    struct Sequence {
        var name: String
        var bytes: [UInt32]
    }

    static func sequences(_ term: String) -> [Sequence] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/infocmp")
        p.arguments = ["-1", "-x", term]
        guard let r = try? BeatBinary.capture(p) else { return [] }
        let data = Data(r.stdout.utf8)
        var found: [Sequence] = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let t = line.trimmingCharacters(in: .whitespaces)
            guard t.hasPrefix("k"), let eq = t.firstIndex(of: "=") else { continue }
            let name = String(t[..<eq])
            var value = String(t[t.index(after: eq)...])
            if value.hasSuffix(",") { value.removeLast() }
            let bytes = unescape(value)
            // Only what a key sends: an escape sequence or a control character.
            guard let first = bytes.first, first == 27 || first < 32 || first == 127 else { continue }
            found.append(Sequence(name: name, bytes: bytes))
        }
        return found
    }

    /// terminfo's string escapes: `\E`, `^X`, `\\`, `\,`, octal `\nnn`.
    static func unescape(_ s: String) -> [UInt32] {
        var out: [UInt32] = []
        var chars = Array(s.unicodeScalars)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count {
                let n = chars[i + 1]
                switch n {
                case "E", "e": out.append(27); i += 2
                case "n": out.append(10); i += 2
                case "r": out.append(13); i += 2
                case "t": out.append(9); i += 2
                case "b": out.append(8); i += 2
                case "s": out.append(32); i += 2
                case "0"..."7":
                    var v: UInt32 = 0, k = i + 1
                    while k < chars.count, k < i + 4, let d = chars[k].properties.numericType != nil ? UInt32(String(chars[k])) : nil { v = v * 8 + d; k += 1 }
                    out.append(v == 0 ? 128 : v)
                    i = k
                default: out.append(n.value); i += 2
                }
            } else if c == "^", i + 1 < chars.count {
                let n = chars[i + 1]
                out.append(n == "?" ? 127 : n.value & 0x1F)
                i += 2
            } else {
                out.append(c.value)
                i += 1
            }
        }
        chars.removeAll()
        return out
    }
}
