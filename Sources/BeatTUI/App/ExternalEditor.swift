import BeatCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Long text (a meeting's minutes) edited in the user's own editor: `$VISUAL`, else
/// `$EDITOR`, else `vi`, on a private temporary file that is removed afterwards (minutes
/// may name residents). The interface steps aside meanwhile (`Terminal.suspended`).
enum ExternalEditor {
    static func command(_ env: [String: String]) -> String {
        for key in ["VISUAL", "EDITOR"] {
            if let v = env[key]?.trimmingCharacters(in: .whitespaces), !v.isEmpty { return v }
        }
        return "vi"
    }

    /// Runs the editor on `text`; the edited text (without the final newline editors add),
    /// or why not. An editor that exits non-zero leaves the text as it was.
    static func edit(_ text: String, environment env: [String: String]) -> Result<String, BeatError> {
        let editor = command(env)
        let dir = env["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((dir + "/beat-minutes-XXXXXX.txt").utf8CString)
        let fd = mkstemps(&template, 4)  // 0600: only the user reads it
        guard fd >= 0 else { return .failure(.cannotCreate(L10n.cannotCreateFolder(dir, String(cString: strerror(errno))))) }
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        defer { unlink(path) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { return .failure(.cannotCreate(L10n.cannotWrite(path, String(cString: strerror(errno))))) }

        // Through the shell, so EDITOR may carry arguments ("code -w", "nano -R").
        let argv = ["/bin/sh", "-c", editor + " \"$1\"", "sh", path]
        var cargs = argv.map { strdup($0) } + [nil]
        defer { for a in cargs { free(a) } }
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        // The editor gets Ctrl-C as usual; Beat ignores it while the editor runs.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGQUIT)
        posix_spawnattr_setsigdefault(&attr, &defaults)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGDEF))
        let oldInt = signal(SIGINT, SIG_IGN), oldQuit = signal(SIGQUIT, SIG_IGN)
        defer { signal(SIGINT, oldInt); signal(SIGQUIT, oldQuit) }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", nil, &attr, &cargs, environ) == 0 else {
            return .failure(.other(L10n.editorCannotStart(editor)))
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        guard code == 0 else { return .failure(.other(code == 127 ? L10n.editorCannotStart(editor) : L10n.editorFailed(editor, code))) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.other(L10n.cannotRead(path, "")))
        }
        var edited = String(decoding: data, as: UTF8.self)
        if edited.hasSuffix("\n") { edited.removeLast() }
        return .success(edited)
    }
}
