/// Turns what a terminal sends into keys. Curses decodes the sequences its terminfo entry
/// knows; whatever it does not know arrives here a character at a time — Ctrl-Home in tmux
/// is `ESC [ 1 ; 5 H` — and must never become text. So an escape starts a sequence that is
/// read whole (the rest of it is already waiting) and named: the keys Beat uses by what they
/// are, any other as an unknown key that says what it was.
enum KeyDecoder {
    /// The key at the start of `input` (characters as the terminal sent them, the first
    /// already read, the rest those waiting now) and how many characters it took. An escape
    /// with nothing after it is the Esc key.
    static func decode(_ input: [UInt32]) -> (key: Key?, used: Int) {
        guard let first = input.first else { return (nil, 0) }
        guard first == 27 else { return (character(first), 1) }
        guard input.count > 1 else { return (.escape, 1) }
        let second = input[1]
        switch second {
        case 0x5B:  // [
            return csi(input)
        case 0x4F:  // O
            guard input.count > 2 else { return (.unknown("Alt-O"), 2) }
            return (ss3(input[2]), 3)
        case 27:
            // Esc pressed twice at once: one Esc, the other left for the next key.
            return (.escape, 1)
        default:
            // Alt (Meta) with a key: the terminal sends Esc first.
            let inner = character(second)
            return (.unknown("Alt-" + (inner?.description ?? String(format: "%02X", second))), 2)
        }
    }

    /// A character that came alone: text, or a control key.
    static func character(_ v: UInt32) -> Key? {
        switch v {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(v + 96)!))
        case 0: return .unknown("Ctrl-Space")
        case 28...31: return .unknown("Ctrl-" + String(Character(Unicode.Scalar(v + 64)!)))
        case 0x80..<0xA0: return .unknown(String(format: "U+%04X", v))
        default:
            guard let s = Unicode.Scalar(v) else { return nil }
            return .char(Character(s))
        }
    }

    /// Whether `input` holds the start of an escape sequence whose end has not come yet
    /// (over a slow line the rest may follow a moment later).
    static func isIncomplete(_ input: [UInt32]) -> Bool {
        guard input.first == 27, input.count >= 2 else { return false }
        if input[1] == 0x4F { return input.count < 3 }
        guard input[1] == 0x5B else { return false }
        if input.count == 2 { return true }
        if input[2] == 0x5B { return input.count < 4 }
        return !input.dropFirst(2).contains { (0x40...0x7E).contains($0) }
    }

    /// `ESC [ params intermediates final` (ECMA-48): read to its final byte, then named.
    private static func csi(_ input: [UInt32]) -> (Key?, Int) {
        var i = 2
        // The Linux console's F1–F5: ESC [ [ A … E.
        if i < input.count, input[i] == 0x5B {
            guard i + 1 < input.count else { return (.unknown("Alt-["), 3) }
            let f = input[i + 1]
            return ((0x41...0x45).contains(f) ? .function(Int(f) - 0x40) : .unknown("ESC [[" + scalar(f)), i + 2)
        }
        var params = ""
        while i < input.count, (0x30...0x3F).contains(input[i]) { params += scalar(input[i]); i += 1 }
        var intermediates = ""
        while i < input.count, (0x20...0x2F).contains(input[i]) { intermediates += scalar(input[i]); i += 1 }
        guard i < input.count, (0x40...0x7E).contains(input[i]) else {
            // Cut short (or not a sequence at all): what came is one unknown key, never text.
            return (.unknown("ESC [" + params + intermediates), i)
        }
        let final = input[i]
        i += 1
        // An X10 mouse report carries three more bytes.
        if final == 0x4D, params.isEmpty { return (.unknown("mouse"), min(input.count, i + 3)) }
        let name = "ESC [" + params + intermediates + scalar(final)
        guard intermediates.isEmpty, !params.hasPrefix("<"), !params.hasPrefix("?"), !params.hasPrefix(">") else { return (.unknown(name), i) }
        let numbers = params.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let modifier = numbers.count > 1 ? (numbers[1] ?? 1) : 1
        let key: Key?
        switch final {
        case 0x41: key = .up
        case 0x42: key = .down
        case 0x43: key = .right
        case 0x44: key = .left
        case 0x48: key = .home
        case 0x46: key = .end
        case 0x5A: key = .backTab
        case 0x50...0x53: key = .function(Int(final) - 0x4F)  // F1–F4 with modifiers: ESC [ 1 ; 2 P
        case 0x7E:
            switch numbers.first ?? nil {
            case 1, 7: key = .home
            case 4, 8: key = .end
            case 2: key = .unknown("Insert")
            case 3: key = .delete
            case 5: key = .pageUp
            case 6: key = .pageDown
            case let n? where (11...15).contains(n): key = .function(n - 10)
            case let n? where (17...21).contains(n): key = .function(n - 11)
            case let n? where (23...26).contains(n): key = .function(n - 12)
            case let n? where (28...29).contains(n): key = .function(n - 13)
            case let n? where (31...34).contains(n): key = .function(n - 14)
            default: key = nil
            }
        default: key = nil
        }
        guard let key else { return (.unknown(name), i) }
        // A plain key is the key; with Shift, Alt or Ctrl it is another key Beat does not use.
        if modifier <= 1 { return (key, i) }
        return (.unknown(modifierName(modifier) + key.description), i)
    }

    /// `ESC O x`: the application keypad and cursor keys.
    private static func ss3(_ f: UInt32) -> Key {
        switch f {
        case 0x41: return .up
        case 0x42: return .down
        case 0x43: return .right
        case 0x44: return .left
        case 0x48: return .home
        case 0x46: return .end
        case 0x4D: return .enter
        case 0x50...0x53: return .function(Int(f) - 0x4F)
        default: return .unknown("ESC O" + scalar(f))
        }
    }

    /// A key curses decoded from its terminfo entry but Beat has no use for, by a name a
    /// person knows: `KEY_IC` → Insert, `KEY_SHOME` → Shift-Home, `kLFT5` → Ctrl-←.
    static func name(ofCursesKey name: String) -> String {
        let plain = ["KEY_IC": "Insert", "KEY_SIC": "Shift-Insert", "KEY_SHOME": "Shift-Home", "KEY_SEND": "Shift-End",
                     "KEY_SLEFT": "Shift-←", "KEY_SRIGHT": "Shift-→", "KEY_SDC": "Shift-Del", "KEY_SNEXT": "Shift-PgDn",
                     "KEY_SPREVIOUS": "Shift-PgUp", "KEY_MOUSE": "mouse", "KEY_BEG": "Begin", "KEY_B2": "keypad 5"]
        if let n = plain[name] { return n }
        // ncurses' names for modified keys: kLFT5 is Left with xterm's modifier 5 (Ctrl).
        let bases = ["kLFT": "←", "kRIT": "→", "kUP": "↑", "kDN": "↓", "kHOM": "Home", "kEND": "End", "kNXT": "PgDn",
                     "kPRV": "PgUp", "kDC": "Del", "kIC": "Insert"]
        for (prefix, base) in bases where name.hasPrefix(prefix) {
            if let m = Int(name.dropFirst(prefix.count)), m >= 2 { return modifierName(m) + base }
        }
        return name
    }

    /// xterm's modifier parameter: 1 + Shift(1) + Alt(2) + Ctrl(4) + Meta(8).
    private static func modifierName(_ m: Int) -> String {
        let bits = m - 1
        var names: [String] = []
        if bits & 4 != 0 { names.append("Ctrl") }
        if bits & 2 != 0 || bits & 8 != 0 { names.append("Alt") }
        if bits & 1 != 0 { names.append("Shift") }
        return names.map { $0 + "-" }.joined()
    }

    private static func scalar(_ v: UInt32) -> String {
        Unicode.Scalar(v).map { String(Character($0)) } ?? "?"
    }
}
