#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The model as of a journal sequence, on disk: reference data in one file, the contact log
/// in one file per month, so a command can leave the contacts unread.
///
/// ```
/// snapshot-000042/reference.json       seq, counters, districts, beats, officers, teams, organisations, plans, meetings, tasks
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
        /// Absent in stores from before organisations were records.
        var organisations: [PartnerOrganisation]? = nil

        /// The model this reference data and `contacts` make.
        func model(contacts: [ResidentContact]) -> Model {
            Model(districts: districts, beats: beats, officers: officers, teams: teams, plans: plans, tasks: tasks, contacts: contacts,
                  meetings: meetings, counters: counters, seq: seq, organisations: organisations ?? [])
        }

        /// The model this reference data and a contact log make.
        func model(log: ContactLog) -> Model {
            var m = model(contacts: [])
            m.contactLog = log
            return m
        }
    }

    /// The evidence side of the store (`register.json`, a `Register`): threats, police figures,
    /// surveys, the programme. Apart from reference.json so the head and the task list, which
    /// never need it, read as before; read with `.reference` and `.all`. A snapshot without the
    /// file has an empty register.
    static let registerFile = "register.json"

    struct Segment: Codable {
        var month: String
        var contacts: [ResidentContact]
    }

    static func folderName(seq: Int) -> String { String(format: "snapshot-%06d", seq) }

    /// What the manifest records of a snapshot as written: the `Digest` of its reference.json
    /// and of each contact segment (by file name).
    struct Digests {
        var reference: String
        var segments: [String: String]
    }

    /// Writes the model into a new snapshot folder `root/name` (files fsynced, then renamed
    /// into place whole). Returns the digests of its files, for the manifest.
    @discardableResult
    static func write(_ model: Model, root: String, name: String) throws -> Digests {
        let tmp = root + "/" + name + ".tmp"
        let final = root + "/" + name
        Disk.removeTree(tmp)
        do {
            return try writeFolder(model, tmp: tmp, final: final, root: root)
        } catch {
            // A failed write leaves no half-written folder behind.
            Disk.removeTree(tmp)
            throw error
        }
    }

    private static func writeFolder(_ model: Model, tmp: String, final: String, root: String) throws -> Digests {
        try Disk.makeFolder(tmp)
        try Disk.makeFolder(tmp + "/contacts")
        let image = try files(of: model)
        for file in image.files { try Disk.writeNewFile(tmp + "/" + file.path, file.bytes) }
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
        var segments: [String: String] = [:]
        for file in image.files where file.path.hasPrefix("contacts/") {
            segments[String(file.path.dropFirst("contacts/".count))] = Digest.of(file.bytes)
        }
        return Digests(reference: image.digest, segments: segments)
    }

    /// The snapshot's files as bytes, paths relative to the snapshot folder (`reference.json`
    /// first, then `contacts/YYYY-MM.json` by month), and the `Digest` of reference.json.
    static func files(of model: Model) throws -> (files: [(path: String, bytes: [UInt8])], digest: String) {
        let ref = Reference(seq: model.seq, counters: model.counters, districts: model.districts, beats: model.beats,
                            officers: model.officers, teams: model.teams, plans: model.plans, tasks: model.tasks,
                            meetings: model.meetings, organisations: model.organisations)
        let refBytes = try ReferenceLayout.encode(ref) + [10]
        var out = [(path: "reference.json", bytes: refBytes)]
        if !model.register.isEmpty {
            out.append((registerFile, try JSONCoding.encode(model.register, pretty: true) + [10]))
        }
        var byMonth: [String: [ResidentContact]] = [:]
        for c in model.contacts { byMonth[c.time.day.monthKey, default: []].append(c) }
        for month in byMonth.keys.sorted() {
            out.append(("contacts/\(month).json", try JSONCoding.encode(Segment(month: month, contacts: byMonth[month]!), pretty: true) + [10]))
        }
        return (out, Digest.of(refBytes))
    }

    /// Reads a snapshot folder. `display` is how file names appear in messages. With
    /// `.reference` the contact segments are left unread, with `.taskList` also the fields
    /// of tasks and meetings the list does not show, with `.head` the tasks other than
    /// `tasks` and the meetings (see `LoadScope`).
    /// `digest`: the manifest's record of reference.json; the `.head` and `.taskList` scopes
    /// apply only when the file matches it (then `.head` need not check the syntax of the part
    /// it does not read); any other file is read whole and checked.
    /// `segmentDigests`: the manifest's record of the contact segments. When every segment and
    /// reference.json match it, the log is kept as the verified bytes and decoded when first
    /// read (`ContactLog`); otherwise it is decoded and checked here.
    static func read(folder: String, display: String, scope: LoadScope = .all, tasks: Set<Int> = [], digest: String? = nil,
                     segmentDigests: [String: String]? = nil) throws -> Model {
        let refPath = folder + "/reference.json"
        guard let mapped = try MappedFile(refPath) else { throw BeatError.badData(L10n.missingFile(display + "/reference.json")) }
        defer { mapped.unmap() }
        return try decode(reference: mapped.bytes, display: display, scope: scope, tasks: tasks, digest: digest,
                          contacts: { referenceAsWritten in
                              if referenceAsWritten, let segmentDigests,
                                 let sealed = try SnapshotLoading.sealed(folder: folder, display: display, digests: segmentDigests) {
                                  return ContactLog(sealed: sealed)
                              }
                              return ContactLog(Model.sortedByID(try SnapshotLoading.contacts(folder: folder, display: display)))
                          },
                          register: { try Disk.read(folder + "/" + registerFile) },
                          segments: {
                              try segmentNames(folder).compactMap { name in
                                  try Disk.read(folder + "/contacts/" + name).map { ("contacts/" + name, $0) }
                              }
                          })
    }

    /// The model from a snapshot's reference.json and its contact log, wherever they are kept:
    /// `contacts` reads the log (only in the `.all` scope; told whether reference.json matches
    /// `digest`, for a log read in the same trust), `segments` gives the segment files
    /// again, to say where a problem is (rare). See `read(folder:…)` for `scope` and `digest`.
    static func decode(reference bytes: UnsafeBufferPointer<UInt8>, display: String, scope: LoadScope, tasks: Set<Int>, digest: String?,
                       contacts readContacts: (_ referenceAsWritten: Bool) throws -> ContactLog,
                       register: () throws -> [UInt8]? = { nil },
                       segments: () throws -> [(path: String, bytes: [UInt8])]) throws -> Model {
        // The head alone only when the file is as Beat wrote it (its digest matches); a file
        // changed by hand or by a damaged disk is read and checked whole, so a store `beat
        // check` rejects never takes a change.
        let referenceAsWritten = digest != nil && digest == Digest.of(bytes)
        let asWritten = scope != .all && referenceAsWritten
        // Changed, it may disagree with the contact log too (a counter behind the highest
        // contact number): read and check everything, as `beat check` would.
        let scope = asWritten ? scope : .all
        let ref: Reference
        switch scope {
        case .head: ref = try ReferenceLayout.head(bytes, tasks: tasks, checkRest: false) ?? whole()
        // Only what the list shows; when that read gives up, the whole file explains why (or reads).
        case .taskList: ref = try TaskListReading.reference(bytes) ?? whole()
        case .reference, .all: ref = try whole()
        }
        func whole() throws -> Reference { try JSONCoding.decodeFast(Reference.self, from: bytes, file: display + "/reference.json") }
        var model = ref.model(log: scope == .all ? try readContacts(referenceAsWritten) : ContactLog([]))
        if scope == .reference || scope == .all, let bytes = try register() {
            let file = display + "/" + registerFile
            model.register = try JSONCoding.decode(Register.self, from: bytes, file: file)
            if let problem = model.registerProblems().first {
                throw BeatError.badData(JSONCoding.locate(problem.path, in: bytes, file: file, reason: problem.reason))
            }
        }
        if let problem = model.problems().first {
            // Rare: read the segments again to say where the problem is.
            var sources: [(file: String, bytes: [UInt8], count: Int)] = []
            for (name, b) in try segments() where scope == .all {
                let file = display + "/" + name
                sources.append((file, b, try JSONCoding.decodeFast(Segment.self, from: b, file: file).contacts.count))
            }
            throw BeatError.badData(problem.located(reference: (display + "/reference.json", Array(bytes)), segments: sources, model: model))
        }
        return model
    }

    /// The contact segments of a snapshot folder, by name; its `contacts` folder must be a
    /// real folder (or missing: no contacts).
    static func segmentNames(_ folder: String) throws -> [String] {
        guard try Disk.checkStoreFolder(folder + "/contacts") else { return [] }
        return Disk.list(folder + "/contacts").filter { $0.hasSuffix(".json") }
    }

}

extension L10n {
    static func contactInWrongSegment(_ id: Int, _ month: String) -> String {
        tr("kontakt nr \(id) nie jest z miesiąca \(month), a leży w jego pliku", "contact \(id) is not from \(month) but is in its file")
    }
}
