import BeatCore

/// A key press, independent of curses: what screens and forms react to.
enum Key: Hashable, Sendable, CustomStringConvertible {
    case char(Character)
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
    /// The terminal changed size.
    case resize
    /// A key Beat has no use for — Ctrl-Home, Alt-x, Insert, an escape sequence it does not
    /// know — by its name. Never text: it acts nowhere, and says so.
    case unknown(String)

    /// A character that types itself (letters, digits, punctuation, space).
    var isPrintable: Bool {
        if case .char(let c) = self { return !c.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) } }
        return false
    }

    var description: String {
        switch self {
        case .char(" "): return L10n.keySpace
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .function(let n): return "F\(n)"
        case .resize: return "resize"
        case .unknown(let name): return name
        }
    }

    /// Parses the `--keys` notation of headless runs: plain characters, and names in angle
    /// brackets: `<Enter>`, `<Esc>`, `<Tab>`, `<S-Tab>`, `<Up>`, `<Down>`, `<Left>`, `<Right>`,
    /// `<PgUp>`, `<PgDn>`, `<Home>`, `<End>`, `<BS>`, `<Del>`, `<Ins>`, `<F1>`…`<F63>`, `<C-s>`,
    /// `<lt>` for `<`; a named key with modifiers (`<C-Home>`, `<S-F3>`, `<M-a>`, `<C-S-Left>`)
    /// is a key Beat has no use for, as the terminal would send it.
    static func parse(_ text: String) throws -> [Key] {
        var keys: [Key] = []
        var rest = Substring(text)
        while let c = rest.first {
            if c == "<", let close = rest.firstIndex(of: ">") {
                let name = String(rest[rest.index(after: rest.startIndex)..<close])
                guard let k = named(name) else { throw KeyParseError(name: name) }
                keys.append(k)
                rest = rest[rest.index(after: close)...]
            } else {
                keys.append(c == "\n" ? .enter : .char(c))
                rest = rest.dropFirst()
            }
        }
        return keys
    }

    struct KeyParseError: Error { var name: String }

    private static func named(_ n: String) -> Key? {
        switch n.lowercased() {
        case "enter", "cr", "return": return .enter
        case "esc", "escape": return .escape
        case "tab": return .tab
        case "s-tab", "backtab": return .backTab
        case "up": return .up
        case "down": return .down
        case "left": return .left
        case "right": return .right
        case "pgup", "pageup": return .pageUp
        case "pgdn", "pagedown": return .pageDown
        case "home": return .home
        case "end": return .end
        case "bs", "backspace": return .backspace
        case "del", "delete": return .delete
        case "space": return .char(" ")
        case "lt": return .char("<")
        case "resize": return .resize
        case "ins", "insert": return .unknown("Insert")
        default:
            if n.lowercased().hasPrefix("f"), let k = Int(n.dropFirst()), (1...63).contains(k) { return .function(k) }
            if n.lowercased().hasPrefix("c-"), n.count == 3, let c = n.last, c.isLetter, c.isASCII { return .ctrl(Character(c.lowercased())) }
            // Modifiers before a key: Ctrl (C-), Shift (S-), Alt or Meta (M-, A-).
            var rest = Substring(n)
            var mods: [String] = []
            while rest.count > 2, rest.dropFirst().first == "-", let m = rest.first {
                switch m.lowercased() {
                case "c": mods.append("Ctrl")
                case "s": mods.append("Shift")
                case "m", "a": mods.append("Alt")
                default: return nil
                }
                rest = rest.dropFirst(2)
            }
            guard !mods.isEmpty else { return nil }
            let base: String
            if rest.count == 1 { base = String(rest) } else if let k = named(String(rest)) { base = k.description } else { return nil }
            return .unknown((mods + [base]).joined(separator: "-"))
        }
    }
}
