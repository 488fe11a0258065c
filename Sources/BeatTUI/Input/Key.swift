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

    var description: String {
        switch self {
        case .char(" "): return "Space"
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
        }
    }

    /// Parses the `--keys` notation of headless runs: plain characters, and names in angle
    /// brackets: `<Enter>`, `<Esc>`, `<Tab>`, `<S-Tab>`, `<Up>`, `<Down>`, `<Left>`, `<Right>`,
    /// `<PgUp>`, `<PgDn>`, `<Home>`, `<End>`, `<BS>`, `<Del>`, `<F1>`, `<C-s>`, `<lt>` for `<`.
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
        default:
            if n.lowercased().hasPrefix("f"), let k = Int(n.dropFirst()) { return .function(k) }
            if n.lowercased().hasPrefix("c-"), n.count == 3 { return .ctrl(Character(n.suffix(1).lowercased())) }
            return nil
        }
    }
}
