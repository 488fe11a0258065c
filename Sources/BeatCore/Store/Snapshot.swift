#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The model as of a journal sequence, on disk: reference data in one file, the contact log
/// in one file per month, so a command can leave the contacts unread.
///
/// ```
/// snapshot-000042/reference.json       districts, beats, officers, teams, plans, tasks, meetings
/// snapshot-000042/contacts/2026-11.json  {"month": "2026-11", "contacts": [...]}
/// ```
enum Snapshot {
    struct Reference: Codable {
        var seq: Int
        var counters: Counters
        var districts: [District]
        var beats: [Beat]
        var officers: [Officer]
        var teams: [CoordinationTeam]
        var plans: [SafetyPlan]
        var tasks: [PlanTask]
        var meetings: [Meeting]
    }

    struct Segment: Codable {
        var month: String
        var contacts: [ResidentContact]
    }

    static func folderName(seq: Int) -> String { String(format: "snapshot-%06d", seq) }

    /// Writes the model into a new snapshot folder `root/name` (files fsynced, then renamed
    /// into place whole).
    static func write(_ model: Model, root: String, name: String) throws {
        let tmp = root + "/" + name + ".tmp"
        let final = root + "/" + name
        Disk.removeTree(tmp)
        do {
            try writeFolder(model, tmp: tmp, final: final, root: root)
        } catch {
            // A failed write leaves no half-written folder behind.
            Disk.removeTree(tmp)
            throw error
        }
    }

    private static func writeFolder(_ model: Model, tmp: String, final: String, root: String) throws {
        try Disk.makeFolder(tmp)
        try Disk.makeFolder(tmp + "/contacts")
        let ref = Reference(seq: model.seq, counters: model.counters, districts: model.districts, beats: model.beats,
                            officers: model.officers, teams: model.teams, plans: model.plans, tasks: model.tasks,
                            meetings: model.meetings)
        try writeFile(tmp + "/reference.json", JSONCoding.encode(ref, pretty: true))
        var byMonth: [String: [ResidentContact]] = [:]
        for c in model.contacts { byMonth[c.time.day.monthKey, default: []].append(c) }
        for month in byMonth.keys.sorted() {
            try writeFile(tmp + "/contacts/\(month).json", JSONCoding.encode(Segment(month: month, contacts: byMonth[month]!), pretty: true))
        }
        try Disk.syncFolder(tmp + "/contacts")
        try Disk.syncFolder(tmp)
        Disk.removeTree(final)
        try Disk.rename(tmp, to: final)
        do {
            try Disk.syncFolder(root)
        } catch {
            Disk.removeTree(final)
            throw error
        }
    }

    private static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        try Disk.writeNewFile(path, bytes + [10])
    }

    /// Reads a snapshot folder. `display` is how file names appear in messages.
    static func read(folder: String, display: String) throws -> Model {
        let refPath = folder + "/reference.json"
        guard let bytes = try Disk.read(refPath) else { throw BeatError.badData(L10n.missingFile(display + "/reference.json")) }
        let ref = try JSONCoding.decode(Reference.self, from: bytes, file: display + "/reference.json")
        var contacts: [ResidentContact] = []
        var sources: [(file: String, bytes: [UInt8], count: Int)] = []
        for name in Disk.list(folder + "/contacts") where name.hasSuffix(".json") {
            let file = display + "/contacts/" + name
            guard let b = try Disk.read(folder + "/contacts/" + name) else { continue }
            let seg = try JSONCoding.decode(Segment.self, from: b, file: file)
            for (i, c) in seg.contacts.enumerated() where c.time.day.monthKey != seg.month {
                throw BeatError.badData(JSONCoding.locate([.key("contacts"), .index(i), .key("time")], in: b, file: file,
                                                           reason: L10n.contactInWrongSegment(c.id, seg.month)))
            }
            contacts.append(contentsOf: seg.contacts)
            sources.append((file, b, seg.contacts.count))
        }
        contacts.sort { $0.id < $1.id }
        let model = Model(districts: ref.districts, beats: ref.beats, officers: ref.officers, teams: ref.teams,
                          plans: ref.plans, tasks: ref.tasks, contacts: contacts, meetings: ref.meetings,
                          counters: ref.counters, seq: ref.seq)
        if let problem = model.problems().first {
            throw BeatError.badData(problem.located(reference: (display + "/reference.json", bytes), segments: sources, model: model))
        }
        return model
    }
}

extension L10n {
    static func contactInWrongSegment(_ id: Int, _ month: String) -> String {
        tr("kontakt nr \(id) nie jest z miesiąca \(month), a leży w jego pliku", "contact \(id) is not from \(month) but is in its file")
    }
}
