import Foundation

/// How long residents' personal data is kept: `24m` (months), `2y` or `2r` (years), `90d` (days).
public struct RetentionPeriod: Sendable, Equatable {
    public enum Unit: Sendable { case days, months }
    public var count: Int
    public var unit: Unit

    public init?(_ text: String) {
        let t = text.trimmed.lowercased()
        guard let u = t.last, let n = Int(t.dropLast()), n >= 0, n <= 100_000 else { return nil }
        switch u {
        case "d": self.count = n; self.unit = .days
        case "m": self.count = n; self.unit = .months
        case "y", "r": self.count = n * 12; self.unit = .months
        default: return nil
        }
    }

    /// The first day still kept: contacts from before it are older than the period.
    /// A period reaching past the first day Beat keeps starts there.
    public func cutoff(today: Day) -> Day {
        switch unit {
        case .days: return today.adding(days: -count)
        case .months: return today.adding(months: -count)
        }
    }
}

/// What a purge of personal data changed (or, in a dry run, would change).
public struct PurgeReport: Sendable, Equatable {
    public struct Contact: Sendable, Equatable {
        public var id: Int
        public var day: Day
        public var category: ThreatCategory
        public var fields: [PersonalField]
        public var pseudonym: String
    }
    public struct JournalFile: Sendable, Equatable {
        /// Relative to the store folder, as it was before the purge.
        public var file: String
        public var entries: Int
    }
    public var before: Day
    public var dryRun: Bool
    /// Contacts in the snapshot, by id.
    public var contacts: [Contact]
    /// Journal files holding entries that were rewritten.
    public var journal: [JournalFile]
    /// Distinct people (by name) given a pseudonym.
    public var people: Int
    /// The purge's own journal entry, once it is done.
    public var seq: Int?
    /// Old snapshot or history folders that could not be removed (they may still hold the
    /// data): run the purge again to remove them.
    public var leftovers: [String] = []
    /// Torn lines set aside in `journal.torn` (never acknowledged) removed because they were
    /// written before the cutoff or carry no readable time: they may hold personal data too.
    public var tornLines = 0
    /// Tables rewritten in full afterwards so no old row version keeps the data (PostgreSQL).
    public var vacuumed: [String] = []

    public var isEmpty: Bool { contacts.isEmpty && journal.isEmpty && tornLines == 0 }
    public var journalEntries: Int { journal.reduce(0) { $0 + $1.entries } }
}

/// A record holding data that matched `privacy find`.
public struct PersonalDataRecord: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case contact, district, beat, officer, team, plan, task, meeting, journalEntry, tornLine
    }
    public var kind: Kind
    /// The record's id or number; a journal entry's sequence number; a torn line's line number.
    public var id: String
    /// The file holding it, relative to the store folder (`:line` for a journal line).
    public var place: String
    /// The fields that matched: `resident.name`, `notes[0].text`, `change.addContact.summary` …
    public var fields: [String]
    /// A journal entry's time and author.
    public var at: Timestamp?
    public var by: String?
}

extension Store {
    // MARK: Purge

    /// Pseudonymises residents' personal data in contacts from before `before`, in the
    /// snapshot and in every journal file alike, keeping category, place, time and the rest.
    /// The same person (by name) gets the same pseudonym everywhere; a contact's summary is
    /// scrubbed of the resident's name, phone, e-mail and address.
    ///
    /// Atomic, under the exclusive lock: the store is compacted first (the live journal is
    /// then empty), the new snapshot and a new history folder are written beside the old
    /// ones, and one rename of the manifest switches to them; the old ones are then removed.
    /// A failure or crash at any step leaves the old store or the new one, never a mix. The
    /// purge itself is recorded as a journal entry (`pseudonymise`). With `dryRun` nothing
    /// is written and the report says what would change.
    public func purgePersonalData(before: Day, by officer: String, at time: Timestamp, dryRun: Bool = false) throws -> PurgeReport {
        if !dryRun, let error = readOnlyError { throw error }
        return try withFaults {
            try lock.with(exclusive: !dryRun, timeout: lockTimeout, who: officer) {
                try catchUp()
                var plan = try planPurge(before: before, files: try journalFiles().map { ($0.file, $0.bytes) }, dryRun: dryRun)
                let torn = try tornLinesToPurge(before: before)
                if dryRun {
                    plan.report.tornLines = torn.dropped
                    return plan.report
                }
                if plan.report.isEmpty {
                    // Nothing new to pseudonymise; old copies an earlier purge could not remove go now.
                    plan.report.leftovers = removeUnreferencedFolders()
                    plan.report.tornLines = try purgeTornLines(torn)
                    return plan.report
                }
                try compactLocked()
                // Compaction leaves old lines behind when emptying the journal fails; they hold the data too.
                if !(try Disk.read(journalPath) ?? []).isEmpty { try emptyJournal() }
                plan = try planPurge(before: before, files: try journalFiles().filter { $0.file != journalPath }.map { ($0.file, $0.bytes) },
                                     dryRun: false)
                var report = try carryOut(plan, by: officer, at: time)
                report.tornLines = try purgeTornLines(torn)
                return report
            }
        }
    }

    /// The torn lines of `journal.torn` to keep, and how many go: those written before
    /// `before`, and those whose time cannot be read (a torn line was never acknowledged).
    func tornLinesToPurge(before: Day) throws -> (keep: [ArraySlice<UInt8>], dropped: Int) {
        guard let bytes = try Disk.read(path + "/journal.torn") else { return ([], 0) }
        let all = JournalLines(bytes + (bytes.last == 10 ? [] : [10])).lines.filter { !$0.isEmpty }
        let keep = all.filter { line in
            // `{"seq":N,"at":"2026-11-22T08:00:00+01:00",…`: the time is near the start of a line.
            let text = String(decoding: line.prefix(200), as: UTF8.self)
            guard let r = text.range(of: "\"at\":\""), let end = text[r.upperBound...].firstIndex(of: "\""),
                  let at = Timestamp(String(text[r.upperBound..<end])) else { return false }
            return at.day >= before
        }
        return (keep, all.count - keep.count)
    }

    /// Writes back the torn lines kept (or removes the file when none are), atomically.
    func purgeTornLines(_ torn: (keep: [ArraySlice<UInt8>], dropped: Int)) throws -> Int {
        guard torn.dropped > 0 else { return 0 }
        let file = path + "/journal.torn"
        if torn.keep.isEmpty {
            try Disk.removeFile(file)
        } else {
            try Disk.replace(file, with: torn.keep.flatMap { Array($0) + [10] })
        }
        return torn.dropped
    }

    struct PurgePlan {
        var seq: Int
        var change: Pseudonymisation
        var report: PurgeReport
        /// Journal files with their new bytes, and how many lines changed.
        var files: [(file: String, bytes: [UInt8], changed: Int)]
    }

    func planPurge(before: Day, files: [(file: String, bytes: [UInt8])], dryRun: Bool) throws -> PurgePlan {
        try Store.planPurge(model: model, before: before, files: files, dryRun: dryRun, split: journalLines, name: relative)
    }

    /// The purge of a store holding `model` whose journal files are `files` (`split` reads
    /// one into lines, `name` names it in the report): what each file becomes, the
    /// `pseudonymise` change and the report. Writes nothing.
    static func planPurge(model: Model, before: Day, files: [(file: String, bytes: [UInt8])], dryRun: Bool,
                          split: (String, [UInt8]) throws -> JournalLines, name: (String) -> String) throws -> PurgePlan {
        let seq = model.seq + 1
        var parsed: [(file: String, lines: [(bytes: ArraySlice<UInt8>, entry: JournalEntry?)], tail: ArraySlice<UInt8>)] = []
        var bySeq: [Int: JournalEntry] = [:]
        for (file, bytes) in files {
            let split = try split(file, bytes)
            var lines: [(ArraySlice<UInt8>, JournalEntry?)] = []
            for (n, line) in split.lines.enumerated() {
                if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { lines.append((line, nil)); continue }
                let entry = try JSONCoding.decode(JournalEntry.self, from: Array(line), file: file, lineOffset: n)
                lines.append((line, entry))
                if bySeq[entry.seq] == nil { bySeq[entry.seq] = entry }
            }
            parsed.append((file, lines, split.tail))
        }

        // The id each addContact made: ids are handed out in order, one per addContact, so
        // with the whole trail at hand the first is the counter less their number.
        let seqs = bySeq.keys.sorted()
        var idOfAdd: [Int: Int] = [:]
        if !seqs.isEmpty, seqs.first == 1, seqs.last == model.seq, seqs.count == model.seq {
            let adds = seqs.filter { if case .addContact = bySeq[$0]!.change { return true } else { return false } }
            var next = model.counters.contact - adds.count
            if next >= 1 { for s in adds { idOfAdd[s] = next; next += 1 } }
        }
        // Each contact's last known day decides whether it is old, in the journal as in the snapshot.
        var lastDay: [Int: Day] = [:]
        for s in seqs {
            switch bySeq[s]!.change {
            case .addContact(let d): if let id = idOfAdd[s] { lastDay[id] = d.time.day }
            case .editContact(let c): lastDay[c.id] = c.time.day
            default: break
            }
        }
        for c in model.contacts { lastDay[c.id] = c.time.day }
        func isOld(_ id: Int?, _ fallback: Day) -> Bool { (id.flatMap { lastDay[$0] } ?? fallback) < before }

        var pseudonyms: [String: String] = [:]
        func pseudonym(for r: ResidentData) -> String {
            let key = TextFold.key(r.name).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if let p = pseudonyms[key] { return p }
            let p = PersonalData.pseudonym(seq: seq, person: pseudonyms.count + 1)
            pseudonyms[key] = p
            return p
        }

        var items: [PseudonymisedContact] = []
        var reported: [PurgeReport.Contact] = []
        for c in model.contacts where c.time.day < before && PersonalData.holdsPersonalData(c.resident) {
            let p = pseudonym(for: c.resident!)
            items.append(PseudonymisedContact(contact: c.id, pseudonym: p))
            reported.append(.init(id: c.id, day: c.time.day, category: c.category, fields: PersonalData.fields(of: c.resident), pseudonym: p))
        }

        var out: [(String, [UInt8], Int)] = []
        var journal: [PurgeReport.JournalFile] = []
        for f in parsed {
            var bytes: [UInt8] = []
            var changed = 0
            for (line, entry) in f.lines {
                if var e = entry, let rewritten = pseudonymised(e.change, seq: e.seq, isOld: isOld, idOfAdd: idOfAdd, pseudonym: pseudonym) {
                    e.change = rewritten
                    bytes += try JSONCoding.encode(e, pretty: false)
                    changed += 1
                } else {
                    bytes += line
                }
                bytes.append(10)
            }
            bytes += f.tail
            out.append((f.file, bytes, changed))
            if changed > 0 { journal.append(.init(file: name(f.file), entries: changed)) }
        }
        let report = PurgeReport(before: before, dryRun: dryRun, contacts: reported, journal: journal, people: pseudonyms.count)
        return PurgePlan(seq: seq, change: Pseudonymisation(before: before, contacts: items), report: report, files: out)
    }

    /// A journal change with its resident pseudonymised, or nil when it holds no old personal data.
    private static func pseudonymised(_ change: Change, seq: Int, isOld: (Int?, Day) -> Bool, idOfAdd: [Int: Int],
                               pseudonym: (ResidentData) -> String) -> Change? {
        switch change {
        case .addContact(var d):
            guard let r = d.resident, PersonalData.holdsPersonalData(r), isOld(idOfAdd[seq], d.time.day) else { return nil }
            let (p, summary) = PersonalData.pseudonymised(r, d.summary, as: pseudonym(r))
            d.resident = p
            d.summary = summary
            return .addContact(d)
        case .editContact(var c):
            guard let r = c.resident, PersonalData.holdsPersonalData(r), isOld(c.id, c.time.day) else { return nil }
            let (p, summary) = PersonalData.pseudonymised(r, c.summary, as: pseudonym(r))
            c.resident = p
            c.summary = summary
            return .editContact(c)
        default:
            return nil
        }
    }

    /// Writes the purged snapshot and history beside the old ones and switches to them.
    private func carryOut(_ plan: PurgePlan, by officer: String, at time: Timestamp) throws -> PurgeReport {
        var next = model
        let change = Change.pseudonymise(plan.change)
        try next.apply(change, context: ChangeContext(by: officer, at: time))
        next.seq = plan.seq
        let entry = JournalEntry(seq: plan.seq, at: time, by: officer, change: change)
        let snapshot = Snapshot.folderName(seq: plan.seq)
        let historyName = String(format: "history-%06d", plan.seq)
        let oldHistory = historyPath(manifest)
        let tmp = path + "/" + historyName + ".tmp", final = path + "/" + historyName
        var manifestNext = manifest
        manifestNext.snapshot = snapshot
        manifestNext.seq = plan.seq
        manifestNext.history = historyName
        do {
            manifestNext.record(try Snapshot.write(next, root: path, name: snapshot))
        } catch {
            Disk.removeTree(path + "/" + snapshot)
            throw error
        }
        manifestNext.segments = Store.segmentSizes(path + "/" + snapshot)
        try commit(manifestNext, model: next, undo: {
            Disk.removeTree(self.path + "/" + snapshot)
            Disk.removeTree(tmp)
            Disk.removeTree(final)
        }) {
            Disk.removeTree(tmp)
            Disk.removeTree(final)
            try Disk.makeFolder(tmp)
            let rewritten = Dictionary(plan.files.map { (Disk.name($0.file), $0) }) { a, _ in a }
            for name in try HistoryFile.committed(in: oldHistory, upTo: manifest.seq).map(\.name) {
                if let f = rewritten[name], f.changed > 0 {
                    try Disk.writeNewFile(tmp + "/" + name, f.bytes)
                } else {
                    try Disk.linkOrCopy(oldHistory + "/" + name, to: tmp + "/" + name)
                }
            }
            try Disk.writeNewFile(tmp + "/" + HistoryFile.name(first: plan.seq, last: plan.seq),
                                  try JSONCoding.encode(entry, pretty: false) + [10])
            try Disk.syncFolder(tmp)
            try Disk.rename(tmp, to: final)
            try Disk.syncFolder(path)
        }
        var report = plan.report
        report.seq = plan.seq
        report.leftovers = removeUnreferencedFolders()
        return report
    }

    func relative(_ file: String) -> String {
        file.hasPrefix(path + "/") ? String(file.dropFirst(path.count + 1)) : file
    }

    // MARK: Find

    /// Every record holding data that matches `text` (case- and diacritic-insensitive): in
    /// the snapshot (contacts, tasks, meetings, plans, teams, officers …), in every journal
    /// line (history and live) and in torn lines set aside. For an access request under RODO.
    public func findPersonalData(_ text: String) throws -> [PersonalDataRecord] {
        let matcher = Matcher(text)
        return try lock.with(exclusive: false, timeout: lockTimeout, who: "") {
            let current = try Store.readManifest(path)
            let snap = path + "/" + current.snapshot
            var out: [PersonalDataRecord] = []
            let kinds: [(String, PersonalDataRecord.Kind)] = [("districts", .district), ("beats", .beat), ("officers", .officer),
                                                             ("teams", .team), ("plans", .plan), ("tasks", .task), ("meetings", .meeting)]
            if let ref = try json(snap + "/reference.json") as? [String: Any] {
                for (key, kind) in kinds {
                    for item in ref[key] as? [Any] ?? [] {
                        let fields = matcher.paths(in: item)
                        if !fields.isEmpty { out.append(record(kind, item, place: relative(snap + "/reference.json"), fields)) }
                    }
                }
            }
            for name in Disk.list(snap + "/contacts") where name.hasSuffix(".json") {
                let file = snap + "/contacts/" + name
                for item in (try json(file) as? [String: Any])?["contacts"] as? [Any] ?? [] {
                    let fields = matcher.paths(in: item)
                    if !fields.isEmpty { out.append(record(.contact, item, place: relative(file), fields)) }
                }
            }
            for (file, bytes, _) in try journalFiles() {
                for (n, line) in JournalLines(bytes).lines.enumerated() where !line.isEmpty {
                    guard let entry = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { continue }
                    let fields = matcher.paths(in: entry)
                    guard !fields.isEmpty else { continue }
                    let seq = (entry["seq"] as? NSNumber)?.intValue ?? 0
                    out.append(PersonalDataRecord(kind: .journalEntry, id: String(seq), place: relative(file) + ":\(n + 1)", fields: fields,
                                                  at: (entry["at"] as? String).flatMap(Timestamp.init), by: entry["by"] as? String))
                }
            }
            if let torn = try Disk.read(path + "/journal.torn") {
                for (n, line) in JournalLines(torn + [10]).lines.enumerated() where matcher.matches(String(decoding: line, as: UTF8.self)) {
                    out.append(PersonalDataRecord(kind: .tornLine, id: String(n + 1), place: "journal.torn:\(n + 1)", fields: []))
                }
            }
            return out
        }
    }

    private func json(_ file: String) throws -> Any? {
        guard let bytes = try Disk.read(file) else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(bytes))
    }

    private func record(_ kind: PersonalDataRecord.Kind, _ item: Any, place: String, _ fields: [String]) -> PersonalDataRecord {
        let d = item as? [String: Any]
        let id = (d?["id"] as? String) ?? (d?["id"] as? NSNumber).map { "\($0.intValue)" } ?? "?"
        return PersonalDataRecord(kind: kind, id: id, place: place, fields: fields, at: (d?["time"] as? String).flatMap(Timestamp.init))
    }
}

/// Matches text case- and diacritic-insensitively; a phone number also by its digits alone.
struct Matcher {
    let key: String
    let digits: String?

    init(_ text: String) {
        key = TextFold.key(text.trimmed)
        let d = text.filter(\.isNumber)
        digits = d.count >= 6 && text.allSatisfy({ $0.isNumber || " +-()/.".contains($0) }) ? String(d) : nil
    }

    func matches(_ s: String) -> Bool {
        if !key.isEmpty, TextFold.key(s).contains(key) { return true }
        if let digits { return String(s.filter(\.isNumber)).contains(digits) }
        return false
    }

    /// The paths of the strings in a JSON value that match: `resident.name`, `notes[2].text`.
    func paths(in value: Any, at path: String = "") -> [String] {
        switch value {
        case let s as String:
            return matches(s) ? [path] : []
        case let d as [String: Any]:
            return d.keys.sorted().flatMap { k in paths(in: d[k]!, at: path.isEmpty ? k : path + "." + k) }
        case let a as [Any]:
            return a.enumerated().flatMap { i, x in paths(in: x, at: path + "[\(i)]") }
        default:
            return []
        }
    }
}

/// A purge of residents' personal data worked out for a store whose journal is kept as rows
/// (PostgreSQL), by the same rules as the folder's: which rows change and to what, the
/// `pseudonymise` change to record, and the report. Writes nothing.
public struct JournalPurge: Sendable {
    /// The change to record as journal entry `model.seq + 1`.
    public var change: Change
    public var report: PurgeReport
    /// The rows whose line changes: their place in the lines given, and the new line.
    public var rewritten: [(index: Int, line: [UInt8])]

    /// `lines`: every journal entry's line, oldest first; `name` names the journal in the report.
    public static func plan(model: Model, before: Day, lines: [[UInt8]], name: String, dryRun: Bool) throws -> JournalPurge {
        if let n = lines.firstIndex(where: { $0.contains(10) }) {
            throw BeatError.badData("\(name):\(n + 1):1: " + L10n.historyTorn())
        }
        var bytes: [UInt8] = []
        for line in lines { bytes += line + [10] }
        let plan = try Store.planPurge(model: model, before: before, files: [(name, bytes)], dryRun: dryRun,
                                       split: { _, b in JournalLines(b) }, name: { $0 })
        let after = JournalLines(plan.files.first?.bytes ?? []).lines
        var rewritten: [(Int, [UInt8])] = []
        for (k, line) in after.enumerated() where k < lines.count && !line.elementsEqual(lines[k]) { rewritten.append((k, Array(line))) }
        var report = plan.report
        if !dryRun, !report.isEmpty { report.seq = plan.seq }
        return JournalPurge(change: .pseudonymise(plan.change), report: report, rewritten: rewritten)
    }
}
