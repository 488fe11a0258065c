/// Reading `reference.json` for `beat task list` (`LoadScope.taskList`): the head whole, and
/// of the meetings and tasks only what the list shows and what checking journal lines needs.
///
/// Task descriptions, progress notes, status histories and support are most of the file's
/// bytes; the list shows none of them. They are skipped — the lists by their lines, unchecked
/// (`FastJSON.skipPrettyContainer`: the digest says the bytes are as Beat wrote them), the
/// rest by `skipValue` — and the records hold empty stand-ins:
/// - a task's `description`, `createdBy`, `partners`, `history` and `support` are empty and
///   `created` is `TaskListReading.unread`;
/// - a task keeps as many notes as it has, each `TaskListReading.unreadNote`, so a journal
///   line removing note N is checked as the whole store checks it;
/// - a meeting's `minutes` are empty (its decisions, which link tasks and plans, are read).
///
/// Used only for a file whose digest matches the manifest (as Beat wrote it); a store opened
/// this way reads the full records before taking any change (see `Store.ensure`).
enum TaskListReading {
    /// What stands in for a timestamp that was not read.
    static let unread = Timestamp(seconds: 0, offsetMinutes: 0)
    /// What stands in for a progress note that was not read.
    static let unreadNote = ProgressNote(at: unread, author: "", text: "")
    /// Stand-ins for a task's notes, by their number, shared by every task with that many
    /// (copied only when a journal line adds or removes one): no allocation a task.
    static let unreadNotes: [[ProgressNote]] = (0..<64).map { Array(repeating: unreadNote, count: $0) }

    /// The reference data as the list needs it; nil when the fast path gives up (the caller
    /// then reads the file whole, which explains a bad one).
    static func reference(_ bytes: UnsafeBufferPointer<UInt8>) -> Snapshot.Reference? {
        var r = FastJSON(bytes)
        let keys = FastKeys(ReferenceLayout.headKeys + ["meetings", "tasks"])
        var head = ReferenceLayout.Head()
        var meetings: [Meeting]?, tasks: [PlanTask]?
        do {
            var seen: UInt64 = 0, hint = 0
            guard try r.objectStart() else { return nil }
            repeat {
                let key = try r.field(keys, &seen, &hint)
                switch key {
                case 0..<ReferenceLayout.headKeys.count: try head.read(key, &r)
                case ReferenceLayout.meetingsKey: meetings = try r.array(reading: ListedMeeting.self)
                case ReferenceLayout.tasksKey: tasks = try r.arrayEndingTheFile(reading: ListedTask.self, bytesEach: 700)
                default: try r.skipValue()
                }
            } while try r.objectNext()
            r.skipSpace()
            guard r.i == r.end else { return nil }
        } catch {
            return nil
        }
        guard let meetings, let tasks else { return nil }
        return head.reference(tasks: tasks, meetings: meetings)
    }
}

/// A task with only the fields `beat task list` shows or journal checks need (see `TaskListReading`).
enum ListedTask: FastReader {
    // The keys of `PlanTask` (its fast form's list), sorted as written.
    private static let names = ["assignee", "carriedFrom", "created", "createdBy", "description", "district", "due", "history",
                                "holder", "id", "meeting", "notes", "partners", "plan", "priority", "reason", "status", "support", "title"]
    private static let keys = FastKeys(names)
    /// Every key but the optional ones must be there, read or skipped, as for the whole record.
    private static let required: UInt64 = names.enumerated().reduce(0) { mask, key in
        ["carriedFrom", "due", "holder", "meeting", "plan", "reason"].contains(key.element) ? mask : mask | 1 << UInt64(key.offset)
    }

    static func read(_ r: inout FastJSON) throws(FastJSON.GiveUp) -> PlanTask {
        var assignee: String?, carriedFrom: Int?, holder: PartnerRef?, district: String?, due: Day?, id: Int?, meeting: Int?, notes = 0, plan: Int?
        var priority: TaskPriority?, reason: String?, status: TaskStatus?, title: String?
        var seen: UInt64 = 0, hint = 0
        if try r.objectStart() {
            // Members' indentation, for skipping lists by their lines (pretty JSON, as Beat writes it).
            let indent = r.lineIndent()
            repeat {
                switch try r.field(keys, &seen, &hint) {
                case 0: assignee = try r.string()
                case 1: carriedFrom = try r.optionalInt()
                case 5: district = try r.string()
                case 6: due = try r.optionalDay()
                case 8: holder = try r.optional(PartnerRef.self)
                case 9: id = try r.int()
                case 10: meeting = try r.optionalInt()
                case 11:
                    if let indent, let n = try r.skipPrettyContainer(indent: indent) { notes = n } else { notes = try r.skipCountingElements() }
                case 13: plan = try r.optionalInt()
                case 14: priority = try r.value(FastEnums.priority)
                case 15: reason = try r.optionalString()
                case 16: status = try r.value(FastEnums.taskStatus)
                case 18: title = try r.string()
                // history, partners, support: lists skipped by their lines
                case 7, 12, 17:
                    if let indent, try r.skipPrettyContainer(indent: indent) != nil { break }
                    try r.skipValue()
                // created, createdBy, description, unknown keys
                default: try r.skipValue()
                }
            } while try r.objectNext()
        }
        guard seen & required == required, let assignee, let district, let id, let priority, let status, let title else {
            throw FastJSON.GiveUp()
        }
        return PlanTask(id: id, plan: plan, district: district, title: title, assignee: assignee, holder: holder, due: due, priority: priority,
                        status: status, reason: reason, created: TaskListReading.unread, createdBy: "", meeting: meeting,
                        carriedFrom: carriedFrom,
                        notes: notes < TaskListReading.unreadNotes.count ? TaskListReading.unreadNotes[notes]
                            : Array(repeating: TaskListReading.unreadNote, count: notes))
    }
}

/// A meeting without its minutes (see `TaskListReading`).
enum ListedMeeting: FastReader {
    private static let keys = FastKeys(["attendees", "day", "decisions", "id", "minutes", "officers", "team"])

    static func read(_ r: inout FastJSON) throws(FastJSON.GiveUp) -> Meeting {
        var attendees: [String]?, day: Day?, decisions: [Decision]?, id: Int?, minutes = false, officers: [String]?, team: String?
        try r.members(keys) { r, k throws(FastJSON.GiveUp) in
            switch k {
            case 0: attendees = try r.strings()
            case 1: day = try r.day()
            case 2: decisions = try r.array(of: Decision.self)
            case 3: id = try r.int()
            case 4:
                // A string, as the whole record needs: skipped, not made.
                r.skipSpace()
                try r.skipString()
                minutes = true
            case 5: officers = try r.strings()
            case 6: team = try r.string()
            default: try r.skipValue()
            }
        }
        guard let attendees, let day, let decisions, let id, minutes, let officers, let team else { throw FastJSON.GiveUp() }
        return Meeting(id: id, team: team, day: day, attendees: attendees, officers: officers, minutes: "", decisions: decisions)
    }
}

extension SnapshotFiles {
    /// What `beat task list` reads of a reference.json Beat wrote (`LoadScope.taskList`), as a
    /// file of its own: the same members in the same order, compact, with only the fields the
    /// list reads and `TaskListReading`'s stand-ins for the rest — a quarter of the bytes.
    /// A store on a server keeps it beside its snapshot, so a list is not sent the whole file.
    /// Nil when `reference` does not read so.
    public static func taskList(ofReference reference: [UInt8]) throws -> [UInt8]? {
        guard let ref = reference.withUnsafeBufferPointer({ TaskListReading.reference($0) }) else { return nil }
        // Each unread note written as `0`: the reader only counts them (and a `{"` never occurs
        // inside a JSON string, so only the stand-ins match). A third of the bytes less again.
        return replacing(try JSONCoding.encode(TaskListReading.unreadNote, pretty: false), with: [0x30],
                         in: try ReferenceLayout.encode(ref, pretty: false))
    }

    /// `bytes` with every occurrence of `pattern` replaced.
    private static func replacing(_ pattern: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard let first = pattern.first else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == first, i + pattern.count <= bytes.count, bytes[i..<i + pattern.count].elementsEqual(pattern) {
                out += replacement
                i += pattern.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    /// The model `beat task list` reads (`LoadScope.taskList`) from bytes `taskList(ofReference:)`
    /// made: the same as from the reference.json they were made from. Nil when they do not read
    /// so or do not hold together (then read reference.json, which explains).
    /// (Read in place: the bytes as they came from the server, not copied.)
    public static func decodeTaskList(_ bytes: UnsafeRawBufferPointer) -> Model? {
        guard let ref = TaskListReading.reference(bytes.bindMemory(to: UInt8.self)) else { return nil }
        let model = ref.model(contacts: [])
        return model.problems().isEmpty ? model : nil
    }
}
