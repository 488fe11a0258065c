import BeatCore
import Foundation

/// The meeting being prepared on screen 6, kept on disk as it grows, so a crash, a lost
/// connection or a closed terminal mid-meeting loses no decision: the next start on the same
/// store brings it back. One file per store, in `$XDG_STATE_HOME/beat/` (else
/// `~/.local/state/beat/`), private to the user (0600): minutes may name residents. It is
/// removed when the meeting is recorded or the draft is emptied.
struct MeetingDraftFile {
    let path: String

    init(environment env: [String: String], storeID: String) {
        let base = env["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((env["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        let safeID = String(storeID.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" })
        path = base + "/beat/meeting-draft-" + safeID + ".json"
    }

    /// The saved draft, or nil when there is none or it does not parse (a draft is a
    /// convenience: a bad one is ignored, never a reason not to start).
    func load() -> MeetingScreen.Draft? {
        guard let data = FileManager.default.contents(atPath: path),
              let d = try? JSONDecoder().decode(MeetingScreen.Draft.self, from: data), !d.isEmpty else { return nil }
        return d
    }

    /// Writes the draft (atomically), or removes the file when the draft is empty.
    func save(_ draft: MeetingScreen.Draft) throws {
        if draft.isEmpty {
            guard unlink(path) == 0 || errno == ENOENT else { throw BeatError.cannotCreate(L10n.cannotWrite(path, String(cString: strerror(errno)))) }
            return
        }
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted]
        let tmp = path + ".tmp"
        guard FileManager.default.createFile(atPath: tmp, contents: try e.encode(draft), attributes: [.posixPermissions: 0o600]),
              rename(tmp, path) == 0 else { throw BeatError.cannotCreate(L10n.cannotWrite(path, String(cString: strerror(errno)))) }
    }
}
