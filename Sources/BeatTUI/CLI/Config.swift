import BeatCore
import Foundation

/// The user's saved choices, `$XDG_CONFIG_HOME/beat/config.json` (else `~/.config/beat/`).
struct Config: Codable, Equatable {
    /// The officer this user works as.
    var officer: String?
    /// The contact form starts with the channel and category used last.
    var lastChannel: String?
    var lastCategory: String?

    static func path(_ env: [String: String]) -> String {
        let base = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((env["HOME"] ?? NSHomeDirectory()) + "/.config")
        return base + "/beat/config.json"
    }

    /// The saved config, or an empty one when there is none or it does not parse.
    static func load(_ env: [String: String]) -> Config {
        guard let data = FileManager.default.contents(atPath: path(env)),
              let c = try? JSONDecoder().decode(Config.self, from: data) else { return Config() }
        return c
    }

    func save(_ env: [String: String]) throws {
        let p = Config.path(env)
        let folder = (p as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted]
        guard FileManager.default.createFile(atPath: p + ".tmp", contents: try e.encode(self), attributes: [.posixPermissions: 0o600]),
              rename(p + ".tmp", p) == 0 else { throw BeatError.cannotCreate(L10n.cannotWrite(p, "")) }
    }
}
