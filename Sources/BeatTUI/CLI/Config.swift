import BeatCore
import Foundation

/// The user's saved choices, `$XDG_CONFIG_HOME/beat/config.json` (else `~/.config/beat/`).
struct Config: Codable, Equatable {
    /// The officer this user works as.
    var officer: String?
    /// The contact form starts with the channel and category used last.
    var lastChannel: String?
    var lastCategory: String?
    /// Each list's last filter, kept from one run to the next (nil: the list's default).
    var taskFilter: SavedFilter?
    var contactFilter: SavedFilter?

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

/// A list's filter as the config keeps it: ids, names and days as text, so a config written
/// by another version or for another store never stops Beat from starting (what it does not
/// know is left out).
struct SavedFilter: Codable, Equatable {
    var statuses: [String]?
    var officer: String?
    var district: String?
    var plan: Int?
    var overdue: Bool?
    var category: String?
    var since: String?
    var until: String?

    init(_ q: TaskQuery) {
        statuses = TaskStatus.allCases.filter(q.statuses.contains).map(\.rawValue)
        officer = q.officer
        district = q.district
        plan = q.plan
        overdue = q.overdueOnly ? true : nil
    }

    init(_ q: ContactQuery) {
        officer = q.officer
        district = q.district
        category = q.category?.rawValue
        since = q.since?.description
        until = q.until?.description
    }

    /// The task filter, with what `model` does not know left out.
    func taskQuery(in model: Model) -> TaskQuery {
        let known: Set<TaskStatus> = Set((statuses ?? []).compactMap { TaskStatus(rawValue: $0) })
        let o: String? = officer.flatMap { model.officer($0)?.id }
        let d: String? = district.flatMap { model.district($0)?.id }
        let p: Int? = plan.flatMap { model.plan($0)?.id }
        return TaskQuery(statuses: known, officer: o, district: d, plan: p, overdueOnly: overdue ?? false)
    }

    /// The contact filter, with what `model` does not know left out.
    func contactQuery(in model: Model) -> ContactQuery {
        let o: String? = officer.flatMap { model.officer($0)?.id }
        let d: String? = district.flatMap { model.district($0)?.id }
        let c: ThreatCategory? = category.flatMap { ThreatCategory(rawValue: $0) }
        return ContactQuery(officer: o, district: d, category: c, since: since.flatMap { Day($0) }, until: until.flatMap { Day($0) })
    }
}
