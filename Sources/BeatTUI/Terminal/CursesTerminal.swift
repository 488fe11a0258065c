import BeatCore
import CNcurses
#if canImport(Glibc)
import Glibc
#endif

/// The one place Beat talks to ncurses. Everything else draws into a `Canvas`.
///
/// Raw mode: Ctrl-C and Ctrl-Z arrive as keys, so the interface quits cleanly; SIGTERM and
/// SIGHUP set a flag the loop checks; a crash signal restores the terminal before dying.
final class CursesTerminal: Terminal {
    private var colours = false
    private var previous: Canvas?

    /// Why the interface cannot start here, or nil when it can.
    static func refusal(environment env: [String: String]) -> String? {
        let term = env["TERM"] ?? ""
        if isatty(0) == 0 || isatty(1) == 0 { return L10n.noTerminal }
        if term.isEmpty || term == "dumb" { return L10n.dumbTerminal(term.isEmpty ? "(unset)" : term) }
        return nil
    }

    /// Sets the locale from the environment, falling back to C.UTF-8 when it is not UTF-8.
    /// Returns a notice when it had to fall back, throws when no UTF-8 locale exists.
    static func prepareLocale() throws -> String? {
        setlocale(LC_ALL, "")
        if isUTF8() { return nil }
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "pl_PL.UTF-8"] {
            if setlocale(LC_ALL, candidate) != nil, isUTF8() { return L10n.localeFallback(candidate) }
        }
        throw BeatError.other(L10n.noUTF8Locale)
    }

    private static func isUTF8() -> Bool {
        guard let cs = beat_codeset() else { return false }
        let name = String(cString: cs).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    init(environment env: [String: String]) {
        saveTerminalState()
        initscr()
        raw()
        noecho()
        nonl()
        keypad(beat_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        installSignalHandlers()
        let noColour = env["NO_COLOR"].map { !$0.isEmpty } ?? false
        if !noColour && has_colors() {
            start_color()
            use_default_colors()
            colours = true
            for style in Style.allCases {
                if let (fg, bg) = CursesTerminal.colour(style) { init_pair(Int16(style.rawValue + 1), fg, bg) }
            }
        }
    }

    /// Ends curses and leaves the terminal as it was. Safe to call twice.
    func restore() {
        if isendwin() == false { endwin() }
    }

    /// Leaves curses mode for `body` (the terminal back in its normal state), then restores
    /// Beat's modes and repaints everything.
    func suspended<T>(_ body: () -> T) -> T {
        def_prog_mode()
        endwin()
        let result = body()
        reset_prog_mode()
        previous = nil
        wclear(beat_stdscr())
        wrefresh(beat_stdscr())
        return result
    }

    var size: (rows: Int, cols: Int) {
        (Int(getmaxy(beat_stdscr())), Int(getmaxx(beat_stdscr())))
    }

    func show(_ canvas: Canvas) {
        let win = beat_stdscr()
        let full = previous == nil || previous!.rows != canvas.rows || previous!.cols != canvas.cols
        if full { werase(win) }
        for r in 0..<canvas.rows {
            for c in 0..<canvas.cols {
                let cell = canvas[r, c]
                if cell.continuation { continue }
                if !full, let p = previous, p[r, c] == cell, !(c + 1 < canvas.cols && p[r, c + 1] != canvas[r, c + 1]) { continue }
                // The last cell of the screen: writing it would scroll on some terminals.
                if r == canvas.rows - 1 && c == canvas.cols - 1 { continue }
                draw(cell, row: r, col: c)
            }
        }
        if let cur = canvas.cursor, cur.row < canvas.rows, cur.col < canvas.cols {
            curs_set(1)
            wmove(win, Int32(cur.row), Int32(cur.col))
        } else {
            curs_set(0)
        }
        wrefresh(win)
        previous = canvas
    }

    private func draw(_ cell: Cell, row: Int, col: Int) {
        var wc: [wchar_t] = cell.char.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) } + [0]
        var cc = cchar_t()
        let (attr, pair) = attributes(cell.style)
        setcchar(&cc, &wc, attr, pair, nil)
        mvwadd_wch(beat_stdscr(), Int32(row), Int32(col), &cc)
    }

    private func attributes(_ s: Style) -> (attr_t, Int16) {
        let pair: Int16 = colours && CursesTerminal.colour(s) != nil ? Int16(s.rawValue + 1) : 0
        switch s {
        case .normal, .good, .frame: return (beat_a_normal(), pair)
        case .title: return (beat_a_bold(), pair)
        case .heading: return (beat_a_bold() | (colours ? 0 : beat_a_underline()), pair)
        case .selected, .statusBar: return (beat_a_reverse(), pair)
        case .dim: return (colours ? beat_a_dim() : beat_a_normal(), pair)
        case .overdue, .warning: return (beat_a_bold(), pair)
        case .key: return (beat_a_bold() | beat_a_reverse(), pair)
        case .input: return (beat_a_underline(), pair)
        }
    }

    /// Foreground and background for a style, when colour is on (-1: the terminal's default).
    private static func colour(_ s: Style) -> (Int16, Int16)? {
        switch s {
        case .title: return (Int16(COLOR_CYAN), -1)
        case .overdue: return (Int16(COLOR_RED), -1)
        case .warning: return (Int16(COLOR_YELLOW), -1)
        case .good: return (Int16(COLOR_GREEN), -1)
        case .frame: return (Int16(COLOR_BLUE), -1)
        case .dim: return (Int16(COLOR_WHITE), -1)
        default: return nil
        }
    }

    /// Characters read and not yet made into keys (the rest of an escape sequence's read).
    private var pending: [UInt32] = []
    /// A key code curses gave while the characters before it were being read.
    private var pendingCode: Int32?

    func nextKey(timeout: Double) -> Key? {
        if pending.isEmpty {
            if let code = pendingCode {
                pendingCode = nil
                return CursesTerminal.keyCode(code)
            }
            switch read(timeout: timeout) {
            case nil: return nil
            case .code(let k)?: return CursesTerminal.keyCode(k)
            case .char(let c)?: pending = [c]
            }
        }
        if pending.first == 27 {
            // An escape: the rest of its sequence is already waiting (a slow line: soon).
            var waits = 0
            while pendingCode == nil {
                switch read(timeout: 0) {
                case .char(let c)?: pending.append(c); continue
                case .code(let k)?: pendingCode = k; continue
                case nil: break
                }
                guard KeyDecoder.isIncomplete(pending), waits < 3 else { break }
                waits += 1
                switch read(timeout: 0.03) {
                case .char(let c)?: pending.append(c)
                case .code(let k)?: pendingCode = k
                case nil: break
                }
            }
        }
        let (key, used) = KeyDecoder.decode(pending)
        pending.removeFirst(min(pending.count, max(1, used)))
        return key ?? .unknown("?")
    }

    private enum Input {
        case char(UInt32)
        case code(Int32)
    }

    private func read(timeout: Double) -> Input? {
        let win = beat_stdscr()
        wtimeout(win, Int32(max(0, timeout * 1000)))
        var ch: wint_t = 0
        let r = wget_wch(win, &ch)
        if r == ERR { return nil }
        if r == KEY_CODE_YES { return .code(Int32(ch)) }
        return .char(UInt32(ch))
    }

    /// A key code curses decoded from its terminfo entry: the keys Beat uses by what they are,
    /// any other (Shift-Home, Insert, F13 …) as an unknown key by curses' name for it.
    static func keyCode(_ k: Int32) -> Key {
        switch k {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        default:
            for n in 1...63 where k == beat_key_f(Int32(n)) { return .function(n) }
            return .unknown(KeyDecoder.name(ofCursesKey: keyname(k).map { String(cString: $0) } ?? "KEY_\(k)"))
        }
    }

    /// Whether SIGTERM or SIGHUP asked the interface to stop.
    static var stopRequested: Bool { beatStopSignal != 0 }
    /// The signal that asked it to stop (0 if none): the process exits 128 + it, as the shell expects.
    static var stopSignal: Int32 { beatStopSignal }
}

// Signal handling: flags and raw terminal state only, which are safe in a handler.
nonisolated(unsafe) private var beatStopSignal: sig_atomic_t = 0
nonisolated(unsafe) private var savedTermios = termios()
nonisolated(unsafe) private var haveSavedTermios = false

private func saveTerminalState() {
    if tcgetattr(0, &savedTermios) == 0 { haveSavedTermios = true }
}

private func installSignalHandlers() {
    signal(SIGTERM) { s in beatStopSignal = s }
    signal(SIGHUP) { s in beatStopSignal = s }
    for sig in [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE] {
        signal(sig) { s in
            // Leave the alternate screen, show the cursor, restore the tty modes, then die as we would have.
            let reset: StaticString = "\u{1B}[?1049l\u{1B}[?25h\u{1B}[0m\r\n"
            _ = write(1, reset.utf8Start, reset.utf8CodeUnitCount)
            if haveSavedTermios { tcsetattr(0, TCSANOW, &savedTermios) }
            signal(s, SIG_DFL)
            raise(s)
        }
    }
}
