/// A station's spreadsheets as one import (`beat import officers|streets|members FILE.csv`):
/// each row checked against the store and the rows before it, every bad row reported as
/// `FILE:LINE: reason`, and a good file turned into one `RecordImport` — only the records it
/// adds or changes, so importing the same file again changes nothing.
///
/// The files (UTF-8 CSV, a header row, columns in any order; see `CSVReader`):
/// - officers: `id,name,rank,badge,district,beat,phone,email,gender,login,role` (`id`,
///   `name`, `district` required). An officer already in the store is updated; a column the
///   file leaves out keeps what the store has; an officer made inactive stays so.
/// - streets: `beat,district,number,name,street` (`beat`, `district`, `street` required), one
///   row per street; a new beat is created (it needs a `name`), a known one gains the streets.
/// - members: `team,name,role,organisation,phone,email,gender,nominatedBy` (`team`, `name`,
///   `role` required). A member is known by team and name (Polish letters and case ignored);
///   a new one gets an id from the name. `organisation` names a partner organisation by id or
///   name, `nominatedBy` a member of the same team by id or name (in the store or the file).
public enum StationImport {
    public static let officerColumns = (required: ["id", "name", "district"],
                                        optional: ["rank", "badge", "beat", "phone", "email", "gender", "login", "role"])
    public static let streetColumns = (required: ["beat", "district", "street"], optional: ["number", "name"])
    public static let memberColumns = (required: ["team", "name", "role"],
                                       optional: ["organisation", "phone", "email", "gender", "nominatedBy"])

    /// Reads `bytes` (a file called `name`) as `kind` and returns the import that brings
    /// `model` in line with it — nil when the store already holds everything in it.
    /// Throws `CSVProblems` naming every bad line.
    public static func changes(_ kind: ImportKind, _ bytes: [UInt8], name: String, model: Model, by: ChangeContext) throws -> RecordImport? {
        let columns: (required: [String], optional: [String])
        switch kind {
        case .officers: columns = officerColumns
        case .streets: columns = streetColumns
        case .members: columns = memberColumns
        }
        let file = try CSVReader.read(bytes, name: name, required: columns.required, optional: columns.optional)
        var importer = Importer(file: file, original: model, scratch: model, context: by)
        switch kind {
        case .officers: importer.officers()
        case .streets: importer.streets()
        case .members: importer.members()
        }
        if !importer.problems.isEmpty { throw CSVProblems(problems: importer.problems.sorted { $0.line < $1.line }) }
        return importer.changes.isEmpty ? nil : RecordImport(kind: kind, file: name, changes: importer.changes)
    }

    /// `base`, or `base-2`, `base-3` … — the first not in `taken`.
    public static func uniqueID(_ base: String, taken: Set<String>) -> String {
        let base = base.isEmpty ? "czlonek" : base
        var candidate = base, n = 1
        while taken.contains(candidate) { n += 1; candidate = "\(base)-\(n)" }
        return candidate
    }

    /// An id made from a name: `Anna Wąs-Nowak` → `anna-was-nowak`.
    public static func slug(_ name: String) -> String {
        var out = ""
        for ch in TextFold.key(name) {
            if ch.isASCII && (ch.isLetter || ch.isNumber) { out.append(ch) } else if !out.hasSuffix("-") && !out.isEmpty { out.append("-") }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return String(out.prefix(48))
    }
}

/// One file's rows applied in turn to a scratch model, so each row is checked against the
/// store and the rows before it.
private struct Importer {
    let file: CSVFile
    let original: Model
    var scratch: Model
    let context: ChangeContext
    var problems: [CSVProblem] = []
    var changes: [Change] = []

    func value(_ column: String, _ row: CSVFile.Row) -> String? { file.value(column, in: row) }

    mutating func problem(_ row: CSVFile.Row, _ reason: String) { problems.append(file.problem(row, reason)) }

    /// A typed cell: the value the file gives (nil for an empty cell), or `current` when the
    /// file has no such column; nil (and the row's problem) when the cell does not parse.
    mutating func parsed<T>(_ column: String, _ row: CSVFile.Row, _ current: T?, _ parse: (String) -> T?,
                            _ bad: (String) -> String) -> T?? {
        guard file.has(column) else { return .some(current) }
        guard let text = value(column, row) else { return .some(nil) }
        guard let v = parse(text) else { problem(row, bad(text)); return nil }
        return .some(v)
    }

    /// Applies `change` to the scratch model; a rejection becomes the row's problem.
    mutating func apply(_ change: Change, _ row: CSVFile.Row) -> Bool {
        do {
            try scratch.apply(change, context: context)
            return true
        } catch let e as BeatError {
            problem(row, e.message)
        } catch {
            problem(row, "\(error)")
        }
        return false
    }

    // MARK: Officers

    mutating func officers() {
        var seen: [String: Int] = [:]
        var results: [String: Officer] = [:]
        var order: [String] = []
        for row in file.rows {
            guard let id = value("id", row), let name = value("name", row), let district = value("district", row) else {
                problem(row, L10n.importMissingValue(["id", "name", "district"].filter { value($0, row) == nil }))
                continue
            }
            if let first = seen[id] { problem(row, L10n.importIDRepeated(id, first)); continue }
            seen[id] = row.line
            let old = original.officer(id)
            // A column the file leaves out keeps what the store has.
            func text(_ column: String, _ current: String?) -> String { file.has(column) ? value(column, row) ?? "" : current ?? "" }
            func optional(_ column: String, _ current: String?) -> String? { file.has(column) ? value(column, row) : current }
            guard let gender = parsed("gender", row, old?.gender, Gender.init(named:), L10n.importBadGender),
                  let role = parsed("role", row, old?.role, OfficerRole.init(named:), L10n.importBadRole) else { continue }
            let officer = Officer(id: id, rank: text("rank", old?.rank), name: name, badge: text("badge", old?.badge),
                                  phone: text("phone", old?.phone), email: text("email", old?.email), district: district,
                                  beat: optional("beat", old?.beat), active: old?.active ?? true, gender: gender,
                                  login: optional("login", old?.login), role: role ?? .officer)
            guard apply(.putOfficer(officer), row) else { continue }
            if results[id] == nil { order.append(id) }
            results[id] = officer
        }
        changes = order.compactMap { id in results[id] == original.officer(id) ? nil : .putOfficer(results[id]!) }
    }

    // MARK: Streets

    mutating func streets() {
        var order: [String] = []
        var firstLine: [String: CSVFile.Row] = [:]
        for row in file.rows {
            guard let beatID = value("beat", row), let district = value("district", row), let street = value("street", row) else {
                problem(row, L10n.importMissingValue(["beat", "district", "street"].filter { value($0, row) == nil }))
                continue
            }
            var number: Int?
            if let n = value("number", row) {
                guard let parsed = Int(n), parsed > 0 else { problem(row, L10n.importBadNumber(n)); continue }
                number = parsed
            }
            let name = value("name", row)
            var beat: Beat
            if let known = scratch.beat(beatID) {
                guard known.district == district else { problem(row, L10n.importBeatElsewhere(beatID, known.district, district)); continue }
                beat = known
                // The first row of a beat may rename or renumber it; later rows must agree with it.
                if firstLine[beatID] == nil {
                    if let name { beat.name = name }
                    if let number { beat.number = number }
                } else {
                    if let name, name != beat.name { problem(row, L10n.importBeatDisagrees(beatID, firstLine[beatID]!.line)); continue }
                    if let number, number != beat.number { problem(row, L10n.importBeatDisagrees(beatID, firstLine[beatID]!.line)); continue }
                }
            } else {
                guard let name else { problem(row, L10n.importNewBeatNeedsName(beatID)); continue }
                beat = Beat(id: beatID, district: district, number: number, name: name, streets: [])
            }
            let key = StreetMatcher.key(street)
            if !beat.streets.contains(where: { StreetMatcher.key($0) == key }) || key.isEmpty { beat.streets.append(street) }
            guard apply(.putBeat(beat), row) else { continue }
            if firstLine[beatID] == nil { firstLine[beatID] = row; order.append(beatID) }
        }
        changes = order.compactMap { id in
            let b = scratch.beat(id)!
            return b == original.beat(id) ? nil : .putBeat(b)
        }
    }

    // MARK: Members

    mutating func members() {
        // First every row's member id (so a nomination may name a later row), then the members in order.
        struct Pending { var row: CSVFile.Row; var team: String; var id: String; var name: String }
        var pending: [Pending] = []
        var taken = Set(original.teams.flatMap { $0.members.map(\.id) })
        var seen: [String: Int] = [:]
        for row in file.rows {
            guard let team = value("team", row), let name = value("name", row), value("role", row) != nil else {
                problem(row, L10n.importMissingValue(["team", "name", "role"].filter { value($0, row) == nil }))
                continue
            }
            guard let t = original.team(team) else { problem(row, L10n.rejection(.unknownTeam(team))); continue }
            let key = team + "\u{0}" + TextFold.key(name)
            if let first = seen[key] { problem(row, L10n.importMemberRepeated(name, first)); continue }
            seen[key] = row.line
            let id: String
            if let known = t.members.first(where: { TextFold.key($0.name) == TextFold.key(name) }) {
                id = known.id
            } else {
                id = StationImport.uniqueID(StationImport.slug(name), taken: taken)
                taken.insert(id)
            }
            pending.append(Pending(row: row, team: team, id: id, name: name))
        }
        func member(named text: String, in team: String) -> String? {
            if let p = pending.first(where: { $0.team == team && ($0.id == text || TextFold.key($0.name) == TextFold.key(text)) }) { return p.id }
            return original.team(team)?.members.first { $0.id == text || TextFold.key($0.name) == TextFold.key(text) }?.id
        }
        var order: [(team: String, id: String)] = []
        // Designated contacts after everyone else: whoever nominated them is then in the team.
        let sheet = file
        let contact = { (p: Pending) in PartnerRole(named: sheet.value("role", in: p.row) ?? "") == .designatedContact }
        for p in pending.filter({ !contact($0) }) + pending.filter(contact) {
            let row = p.row
            let role = value("role", row)!
            guard let r = PartnerRole(named: role) else { problem(row, L10n.importBadMemberRole(role)); continue }
            let old = original.team(p.team)?.member(p.id)
            var organisation = old?.organisation ?? ""
            if file.has("organisation") {
                if let o = value("organisation", row) {
                    guard let found = scratch.organisations.first(where: { $0.id == o || TextFold.key($0.name) == TextFold.key(o) }) else {
                        problem(row, L10n.importUnknownOrganisation(o)); continue
                    }
                    organisation = found.id
                } else {
                    organisation = ""
                }
            }
            guard let gender = parsed("gender", row, old?.gender, Gender.init(named:), L10n.importBadGender) else { continue }
            var nominatedBy = old?.nominatedBy
            if file.has("nominatedBy") {
                if let n = value("nominatedBy", row) {
                    guard let found = member(named: n, in: p.team) else { problem(row, L10n.importUnknownNominator(n, p.team)); continue }
                    nominatedBy = found
                } else {
                    nominatedBy = nil
                }
            }
            func optional(_ column: String, _ current: String?) -> String? { file.has(column) ? value(column, row) : current }
            let m = Partner(id: p.id, name: p.name, role: r, organisation: organisation, phone: optional("phone", old?.phone),
                            email: optional("email", old?.email), nominatedBy: nominatedBy, gender: gender)
            if let n = nominatedBy, r == .designatedContact, scratch.team(p.team)?.member(n) == nil {
                // Nominated by another designated contact further down.
                problem(row, L10n.importNominatorLater(p.name))
                continue
            }
            guard apply(.putMember(MemberPut(team: p.team, member: m)), row) else { continue }
            order.append((p.team, p.id))
        }
        // In the order checked: a designated contact after whoever nominated them.
        changes = order.compactMap { t in
            let m = scratch.team(t.team)!.member(t.id)!
            return m == original.team(t.team)?.member(t.id) ? nil : .putMember(MemberPut(team: t.team, member: m))
        }
    }
}
