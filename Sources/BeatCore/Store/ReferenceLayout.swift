#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How `reference.json` is laid out so that a command can stop reading early.
///
/// The small reference data comes first — `seq`, `counters`, `districts`, `beats`,
/// `officers`, `teams`, `organisations`, `plans` (the head) — and the bulk last: `meetings`,
/// then `tasks`. (`organisations` is absent in files from before it existed.)
/// Everything below the top level is written as before (pretty, keys sorted), so the file
/// reads the same to a person; only the top-level order is chosen. Readers accept any
/// order: a file whose keys were reordered by hand is read whole.
///
/// `beat task add`, `beat contact add` and the like read the head and only check the
/// syntax of the rest (the `.head` scope); `beat task status N` reads the head and task N
/// alone, found by its `"id"` line and checked by decoding it.
enum ReferenceLayout {
    static let headKeys = ["seq", "counters", "districts", "beats", "officers", "teams", "plans", "organisations"]
    /// The keys after the head, by their index among `headKeys + ["meetings", "tasks"]`.
    static let meetingsKey = headKeys.count, tasksKey = headKeys.count + 1

    /// The file's bytes: the head first, meetings and tasks last.
    /// `pretty: false`: the same members in the same order, compact (the task list's share a
    /// server keeps, `SnapshotFiles.taskList`).
    static func encode(_ ref: Snapshot.Reference, pretty: Bool = true) throws -> [UInt8] {
        var out: [UInt8] = Array((pretty ? "{\n" : "{").utf8)
        func member(_ key: String, _ value: [UInt8], last: Bool = false) {
            guard pretty else {
                out += Array("\"\(key)\":".utf8) + value
                if !last { out.append(44) }
                return
            }
            out += Array("  \"\(key)\" : ".utf8)
            // Indent the value's lines by two; blank lines (inside empty arrays) stay blank,
            // as JSONEncoder writes them.
            for (k, b) in value.enumerated() {
                out.append(b)
                if b == 10, k + 1 < value.count, value[k + 1] != 10 { out += [32, 32] }
            }
            out += last ? [10] : [44, 10]
        }
        member("seq", try JSONCoding.encode(ref.seq, pretty: pretty))
        member("counters", try JSONCoding.encode(ref.counters, pretty: pretty))
        member("districts", try JSONCoding.encode(ref.districts, pretty: pretty))
        member("beats", try JSONCoding.encode(ref.beats, pretty: pretty))
        member("officers", try JSONCoding.encode(ref.officers, pretty: pretty))
        member("teams", try JSONCoding.encode(ref.teams, pretty: pretty))
        member("organisations", try JSONCoding.encode(ref.organisations ?? [], pretty: pretty))
        member("plans", try JSONCoding.encode(ref.plans, pretty: pretty))
        member("meetings", try JSONCoding.encode(ref.meetings, pretty: pretty))
        member("tasks", try JSONCoding.encode(ref.tasks, pretty: pretty), last: true)
        out.append(125)
        return out
    }

    /// The head of a reference file, and the given tasks; nil when the fast path gives up
    /// (the caller then reads the whole file, which explains a bad one).
    /// `checkRest`: check the syntax of the part not read (unless the file is known to be as Beat wrote it).
    static func head(_ bytes: UnsafeBufferPointer<UInt8>, tasks wanted: Set<Int>, checkRest: Bool = true) -> Snapshot.Reference? {
        var r = FastJSON(bytes)
        let keys = FastKeys(headKeys + ["meetings", "tasks"])
        var head = Head()
        var tasksAt: Int?
        do {
            // The rest is skipped, not read, but its syntax is checked — unless the file is as
            // Beat wrote it (its digest matches): a store whose files do not parse takes no
            // changes, whatever the scope.
            var seen: UInt64 = 0, hint = 0
            guard try r.objectStart() else { return nil }
            reading: repeat {
                let headDone = head.isComplete
                let key = try r.field(keys, &seen, &hint)
                switch key {
                case 0..<headKeys.count: try head.read(key, &r)
                case meetingsKey where headDone && !checkRest && wanted.isEmpty:
                    break reading
                case tasksKey:
                    r.skipSpace()
                    tasksAt = r.i
                    if headDone && !checkRest { break reading }
                    try r.skipValue()
                default: try r.skipValue()
                }
            } while try r.objectNext()
            if checkRest {
                r.skipSpace()
                guard r.i == r.end else { return nil }
            }
        } catch {
            return nil
        }
        var tasks: [PlanTask] = []
        if !wanted.isEmpty {
            guard let start = tasksAt, let found = find(wanted, in: bytes, from: start) else { return nil }
            tasks = found
        }
        return head.reference(tasks: tasks, meetings: [])
    }

    /// The head's records as a reader meets them, key by key (`headKeys`), whatever else it
    /// reads or skips around them.
    struct Head {
        var seq: Int?, counters: Counters?, districts: [District]?, beats: [Beat]?, officers: [Officer]?
        var teams: [CoordinationTeam]?, plans: [SafetyPlan]?, organisations: [PartnerOrganisation]?

        /// Whether every head key Beat has always written was read (`organisations`, written
        /// before `plans`, may be absent in older files).
        var isComplete: Bool {
            seq != nil && counters != nil && districts != nil && beats != nil && officers != nil && teams != nil && plans != nil
        }

        /// Reads the value of `headKeys[k]`.
        mutating func read(_ k: Int, _ r: inout FastJSON) throws(FastJSON.GiveUp) {
            switch k {
            case 0: seq = try r.int()
            case 1: counters = try Counters(fast: &r)
            case 2: districts = try r.array(of: District.self)
            case 3: beats = try r.array(of: Beat.self)
            case 4: officers = try r.array(of: Officer.self)
            case 5: teams = try r.array(of: CoordinationTeam.self)
            case 6: plans = try r.array(of: SafetyPlan.self)
            default: organisations = try r.array(of: PartnerOrganisation.self)
            }
        }

        /// The reference data with these tasks and meetings; nil when a head key was missing.
        func reference(tasks: [PlanTask], meetings: [Meeting]) -> Snapshot.Reference? {
            guard let seq, let counters, let districts, let beats, let officers, let teams, let plans else { return nil }
            return Snapshot.Reference(seq: seq, counters: counters, districts: districts, beats: beats, officers: officers,
                                      teams: teams, plans: plans, tasks: tasks, meetings: meetings, organisations: organisations ?? [])
        }
    }

    /// The wanted tasks of the `tasks` array starting at `start`, sorted by id; tasks that
    /// are not there are left out (the journal may add them). Nil when the array does not read.
    static func find(_ wanted: Set<Int>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> [PlanTask]? {
        var out: [PlanTask] = []
        var rest = wanted
        // Quick: a task's id line as Beat writes it, then the task read from its first line and checked.
        for id in wanted {
            if let t = located(id, in: bytes, from: start) {
                out.append(t)
                rest.remove(id)
            }
        }
        // Sure: any other layout, or a task that is not there, by walking the array.
        if !rest.isEmpty {
            var r = FastJSON(bytes)
            r.i = start
            let idKey = FastKeys(["id"])
            do {
                if try r.arrayStart() {
                    repeat {
                        r.skipSpace()
                        let element = r.i
                        var id: Int?
                        var seen: UInt64 = 0, hint = 0
                        if try r.objectStart() {
                            repeat {
                                if try r.field(idKey, &seen, &hint) == 0 { id = try r.int() } else { try r.skipValue() }
                            } while try r.objectNext()
                        }
                        if let id, rest.contains(id) {
                            var again = FastJSON(bytes)
                            again.i = element
                            out.append(try PlanTask(fast: &again))
                            rest.remove(id)
                        }
                    } while try r.arrayNext()
                }
            } catch {
                return nil
            }
        }
        return out.sorted { $0.id < $1.id }
    }

    /// The first place of `needle` (which starts with a newline) at or after `from`.
    static func search(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = bytes.baseAddress, needle.count > 1 else { return nil }
        var k = from
        let end = bytes.count - needle.count
        while k <= end {
            guard let p = memchr(base + k, Int32(needle[0]), end - k + 1) else { return nil }
            k = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
            var j = 1
            while j < needle.count && base[k + j] == needle[j] { j += 1 }
            if j == needle.count { return k }
            k += 1
        }
        return nil
    }

    /// Task `id` found by its line `      "id" : N,` (raw newlines only ever separate
    /// tokens), read from the `    {` line above it, and accepted only when it reads whole.
    private static func located(_ id: Int, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> PlanTask? {
        guard let base = bytes.baseAddress, start < bytes.count else { return nil }
        let needle = Array("\n      \"id\" : \(id),\n".utf8)
        guard let at = search(needle, in: bytes, from: start) else { return nil }
        // Back to the element's opening line, `\n    {\n`.
        var k = at
        let open: [UInt8] = Array("\n    {\n".utf8)
        while k >= start {
            if base[k] == 10, k + open.count <= at + 1, (0..<open.count).allSatisfy({ base[k + $0] == open[$0] }) { break }
            k -= 1
        }
        guard k >= start else { return nil }
        var r = FastJSON(bytes)
        r.i = k
        guard let task = try? PlanTask(fast: &r), task.id == id else { return nil }
        r.skipSpace()
        guard r.i < r.end, r.base[r.i] == 44 || r.base[r.i] == 93 else { return nil }
        return task
    }
}
