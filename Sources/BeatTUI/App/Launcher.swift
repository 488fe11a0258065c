import ArgumentParser
import BeatCore
import Foundation

/// Starting the interface: on a real terminal, or headless on a virtual one.
enum Launcher {
    /// Who is working: the Unix account's officer when officers have logins; else `--as`,
    /// `$BEAT_OFFICER`, the saved choice — or nil (the first-run picker asks).
    static func me(_ session: Session, model: Model) throws -> String? {
        let me = try session.actingOfficer(in: model)
        if me == nil, model.loginsConfigured {
            throw BeatError.notPermitted(L10n.accountUnknown(Session.account, supervisors: model.supervisors.map(\.title)))
        }
        return me
    }

    static func makeApp(_ session: Session, store: any BeatStore, terminal: any Terminal) throws -> App {
        let config = Config.load(session.environment)
        let me = try Launcher.me(session, model: store.model)
        let env = session.environment
        let app = App(store: store, terminal: terminal, me: me, clock: { (try? Clock.system(environment: env)) ?? session.clock }, config: config,
                      language: session.language)
        app.saveConfig = { c in try? c.save(env) }
        let printer = Printer(storePath: store.location, storeID: store.id, environment: env, language: session.language)
        app.printer = { request, pipe, model, clock in printer.print(request, pipe: pipe, model: model, clock: clock) }
        return app
    }

    /// Opens the store as the interface does. A folder: all but the contact log, checked (a bad
    /// store is reported before the terminal is touched); the caller starts reading the rest on
    /// another thread (`loadRestInBackground`), taken in when it has arrived (`App.takeContactLog`).
    /// A server: everything, as before.
    static func openStore(_ session: Session) throws -> any BeatStore {
        let scope: LoadScope
        if case .folder = try session.location { scope = .reference } else { scope = .all }
        return try session.openStore(scope, printWarnings: false, live: true)
    }

    /// The interface on the real terminal; stopped by a signal, it throws that signal's exit
    /// code, and by a contact log found damaged behind the first frame, what `beat check` says.
    static func runInteractive(_ session: Session, notice: String?) throws {
        if let why = CursesTerminal.refusal(environment: session.environment) { throw BeatError.usage(why) }
        let localeNotice = try CursesTerminal.prepareLocale()
        // Open (and check) the store before touching the terminal: a bad store is reported
        // on a clean terminal, never hidden behind the interface.
        let store = try openStore(session)
        let terminal = CursesTerminal(environment: session.environment)
        defer { terminal.restore() }
        let app = try makeApp(session, store: store, terminal: terminal)
        let env = session.environment
        app.editText = { text in terminal.suspended { ExternalEditor.edit(text, environment: env) } }
        if let n = notice ?? localeNotice ?? store.warnings.first { app.state.message = Message(text: n, isError: false) }
        keepMeetingDraft(app, in: MeetingDraftFile(environment: env, storeID: store.id))
        // The first frame from the reference data, then the contact log behind it: the reading
        // threads start once the officer sees the screen, not before.
        terminal.show(app.frame())
        store.loadRestInBackground()
        app.run(stop: { CursesTerminal.stopRequested })
        if let failure = app.failure {
            terminal.restore()
            throw failure
        }
        if CursesTerminal.stopRequested {
            terminal.restore()
            throw ExitCode(128 + CursesTerminal.stopSignal)
        }
    }

    /// The meeting being prepared is kept in `file` as it changes; one left by an earlier
    /// session (a crash, a closed terminal) comes back on screen 6, said so on the message line.
    static func keepMeetingDraft(_ app: App, in file: MeetingDraftFile) {
        if let draft = file.load(), draft.team.map({ app.store.model.team($0) != nil }) ?? true {
            app.state.meeting.draft = draft
            app.state.meeting.team = draft.team
            app.state.message = Message(text: L10n.draftRestored(decisions: draft.decisions.count, record: KeyMap.key(.recordMeeting)), isError: false)
        }
        app.saveDraft = { try file.save($0) }
    }

    /// The same interface on a virtual terminal: keys from `--keys`, the final screen printed.
    static func runHeadless(_ session: Session, size: String, keys: String) throws -> String {
        let parts = size.lowercased().split(separator: "x")
        guard parts.count == 2, let cols = Int(parts[0]), let rows = Int(parts[1]), cols > 0, rows > 0, cols <= 1000, rows <= 1000 else {
            throw BeatError.usage(L10n.badSize(size))
        }
        let parsed: [Key]
        do { parsed = try Key.parse(keys) } catch let e as Key.KeyParseError { throw BeatError.usage(L10n.badKeyName(e.name)) }
        let store = try openStore(session)
        let terminal = VirtualTerminal(rows: rows, cols: cols, keys: parsed)
        let app = try makeApp(session, store: store, terminal: terminal)
        // Keys arrive all at once: they meet the whole store, so the screen printed is the same on every run.
        store.loadRestInBackground()
        app.takeContactLog(wait: true)
        if let failure = app.failure { throw failure }
        for key in parsed {
            terminal.keys.removeFirst()
            app.press(key)
            if app.state.quit { break }
        }
        return app.frame().text
    }
}
