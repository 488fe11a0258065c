/// A broken rule found in a loaded model: where (a path into the snapshot) and why.
struct Problem {
    enum Place {
        /// A path in reference.json.
        case reference([JSONLocator.PathElement])
        /// A field of a contact, by id.
        case contact(id: Int, field: String)
    }
    var place: Place
    var reason: String

    /// `file:line:column: reason`.
    func located(reference: (file: String, bytes: [UInt8]), segments: [(file: String, bytes: [UInt8], count: Int)], model: Model) -> String {
        switch place {
        case .reference(let path):
            return JSONCoding.locate(path, in: reference.bytes, file: reference.file, reason: reason)
        case .contact(let id, let field):
            for s in segments {
                // Find the contact's index inside this segment by scanning ids in file order.
                var locator = JSONLocator(s.bytes)
                for i in 0..<s.count {
                    let off = locator.offset(of: [.key("contacts"), .index(i), .key("id")])
                    let digits = s.bytes[off...].prefix { ($0 >= 48 && $0 <= 57) || $0 == 45 }
                    if Int(String(decoding: digits, as: UTF8.self)) == id {
                        return JSONCoding.locate([.key("contacts"), .index(i), .key(field)], in: s.bytes, file: s.file, reason: reason)
                    }
                }
            }
            return "\(reference.file):1:1: \(reason)"
        }
    }
}

extension Model {
    /// Every broken rule of a loaded model: duplicate ids and references to things that do
    /// not exist. Empty for a model built only through `apply`.
    func problems() -> [Problem] {
        var out: [Problem] = []
        func ref(_ path: [JSONLocator.PathElement], _ reason: String) { out.append(Problem(place: .reference(path), reason: reason)) }
        func dupes<T>(_ items: [T], _ key: String, _ id: (T) -> String) {
            var seen = Set<String>()
            for (i, x) in items.enumerated() where !seen.insert(id(x)).inserted {
                ref([.key(key), .index(i), .key("id")], L10n.duplicateID(key, id(x)))
            }
        }
        dupes(districts, "districts") { $0.id }
        dupes(beats, "beats") { $0.id }
        dupes(officers, "officers") { $0.id }
        dupes(teams, "teams") { $0.id }
        dupes(organisations, "organisations") { $0.id }
        // Numbered records are kept sorted by id: a repeated id is next to its twin.
        func sortedDupes<T: Identifiable>(_ items: [T], _ key: String) where T.ID == Int {
            // Ids read in place: copying a record to read its id would retain all its texts.
            items.withUnsafeBufferPointer { buf in
                for k in buf.indices.dropFirst() where buf[k].id == buf[k - 1].id {
                    ref([.key(key), .index(k), .key("id")], L10n.duplicateID(key, String(buf[k].id)))
                }
            }
        }
        sortedDupes(plans, "plans")
        sortedDupes(tasks, "tasks")
        sortedDupes(meetings, "meetings")
        // A sealed log is the bytes Beat wrote, checked when it wrote them: reading them to
        // check again would cost the decoding the log puts off (`checkEverything` does it).
        let contacts = contactLog.isSealed ? [] : contacts
        // Contacts are kept sorted by id, so a repeated id is next to its twin (no set of 300,000 ids).
        for k in contacts.indices.dropFirst() where contacts[k].id == contacts[k - 1].id {
            let c = contacts[k]
            out.append(Problem(place: .contact(id: c.id, field: "id"), reason: L10n.duplicateID("contacts", String(c.id))))
        }
        let districtIDs = IDSet(districts.map(\.id)), officerIDs = IDSet(officers.map(\.id)), beatIDs = IDSet(beats.map(\.id))
        let planIDs = Set(plans.map(\.id)), teamIDs = IDSet(teams.map(\.id))
        var taskIDs = Set<Int>(minimumCapacity: tasks.count)
        tasks.withUnsafeBufferPointer { buf in for k in buf.indices { taskIDs.insert(buf[k].id) } }
        for (i, b) in beats.enumerated() where !districtIDs.contains(b.district) {
            ref([.key("beats"), .index(i), .key("district")], L10n.unknownDistrict(b.district))
        }
        for (i, o) in officers.enumerated() {
            if !districtIDs.contains(o.district) { ref([.key("officers"), .index(i), .key("district")], L10n.unknownDistrict(o.district)) }
            if let b = o.beat, !beatIDs.contains(b) { ref([.key("officers"), .index(i), .key("beat")], L10n.unknownBeat(b)) }
        }
        for (i, t) in teams.enumerated() where !districtIDs.contains(t.district) {
            ref([.key("teams"), .index(i), .key("district")], L10n.unknownDistrict(t.district))
        }
        for (i, p) in plans.enumerated() {
            if !districtIDs.contains(p.district) { ref([.key("plans"), .index(i), .key("district")], L10n.unknownDistrict(p.district)) }
            if let o = p.officer, !officerIDs.contains(o) { ref([.key("plans"), .index(i), .key("officer")], L10n.unknownOfficer(o)) }
            if p.end < p.start { ref([.key("plans"), .index(i), .key("end")], L10n.periodInverted(p.start, p.end)) }
        }
        // Field by field through a borrowed buffer, as for contacts: a copy of each task would
        // retain and release its texts and lists (a city station has 12,000).
        tasks.withUnsafeBufferPointer { buf in
            for i in buf.indices {
                if !officerIDs.contains(buf[i].assignee) { ref([.key("tasks"), .index(i), .key("assignee")], L10n.unknownOfficer(buf[i].assignee)) }
                if !districtIDs.contains(buf[i].district) { ref([.key("tasks"), .index(i), .key("district")], L10n.unknownDistrict(buf[i].district)) }
                if let p = buf[i].plan, !planIDs.contains(p) { ref([.key("tasks"), .index(i), .key("plan")], L10n.unknownPlan(p)) }
                if let f = buf[i].carriedFrom, !taskIDs.contains(f) { ref([.key("tasks"), .index(i), .key("carriedFrom")], L10n.unknownTask(f)) }
                let status = buf[i].status
                if status.needsReason && (buf[i].reason?.isEmpty ?? true) { ref([.key("tasks"), .index(i), .key("status")], L10n.reasonRequired(status)) }
            }
        }
        for (i, m) in meetings.enumerated() {
            if !teamIDs.contains(m.team) { ref([.key("meetings"), .index(i), .key("team")], L10n.unknownTeam(m.team)) }
            for (k, d) in m.decisions.enumerated() {
                if let t = d.task, !taskIDs.contains(t) {
                    ref([.key("meetings"), .index(i), .key("decisions"), .index(k), .key("task")], L10n.taskLinkedToMeetingMismatch(t))
                }
                if let p = d.closes?.plan, !planIDs.contains(p) {
                    ref([.key("meetings"), .index(i), .key("decisions"), .index(k), .key("closes"), .key("plan")], L10n.unknownPlan(p))
                }
            }
        }
        // Field by field through a borrowed buffer: copying each contact would retain and
        // release all its texts, which costs more than the checks.
        contacts.withUnsafeBufferPointer { buf in
            for k in buf.indices {
                let id = buf[k].id
                if !officerIDs.contains(buf[k].officer) { out.append(Problem(place: .contact(id: id, field: "officer"), reason: L10n.unknownOfficer(buf[k].officer))) }
                if !districtIDs.contains(buf[k].district) { out.append(Problem(place: .contact(id: id, field: "district"), reason: L10n.unknownDistrict(buf[k].district))) }
                if let t = buf[k].task, !taskIDs.contains(t) { out.append(Problem(place: .contact(id: id, field: "task"), reason: L10n.unknownTask(t))) }
            }
        }
        // Numbers later arithmetic runs on: a counter near Int.max would trap at the next addition.
        func range(_ v: Int, _ path: [JSONLocator.PathElement], from low: Int = 1) {
            if v < low || v > Limits.number { ref(path, L10n.numberOutOfRange(v)) }
        }
        range(seq, [.key("seq")], from: 0)
        range(counters.plan, [.key("counters"), .key("plan")])
        range(counters.task, [.key("counters"), .key("task")])
        range(counters.contact, [.key("counters"), .key("contact")])
        range(counters.meeting, [.key("counters"), .key("meeting")])
        for (i, d) in districts.enumerated() { range(d.residents, [.key("districts"), .index(i), .key("residents")], from: 0) }
        for (i, p) in plans.enumerated() { range(p.id, [.key("plans"), .index(i), .key("id")]) }
        tasks.withUnsafeBufferPointer { buf in
            for i in buf.indices { range(buf[i].id, [.key("tasks"), .index(i), .key("id")]) }
        }
        for (i, m) in meetings.enumerated() { range(m.id, [.key("meetings"), .index(i), .key("id")]) }
        for c in contacts where c.id < 1 || c.id > Limits.number {
            out.append(Problem(place: .contact(id: c.id, field: "id"), reason: L10n.numberOutOfRange(c.id)))
        }
        let maxIDs = [(plans.last?.id ?? 0, counters.plan, "plan"), (tasks.last?.id ?? 0, counters.task, "task"),
                      (contacts.last?.id ?? 0, counters.contact, "contact"), (meetings.last?.id ?? 0, counters.meeting, "meeting")]
        for (maxID, next, key) in maxIDs where next <= maxID {
            ref([.key("counters"), .key(key)], L10n.counterBehind(key, next, maxID))
        }
        return out
    }
}

extension L10n {
    static func counterBehind(_ kind: String, _ next: Int, _ maxID: Int) -> String {
        tr("licznik „\(kind)” (\(next)) nie jest większy od największego numeru (\(maxID))",
           "the counter \"\(kind)\" (\(next)) is not above the highest id (\(maxID))")
    }
}
