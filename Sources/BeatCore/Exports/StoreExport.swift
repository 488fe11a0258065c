import Foundation

/// `beat export json`: the whole store as one JSON document, for backups and other tools.
///
/// ```
/// {"format": "beat-export", "version": 1, "store": "<id>", "seq": N, "exported": "2026-11-22",
///  "counters", "districts", "beats", "officers", "teams", "plans", "tasks", "meetings", "contacts", "threats",
///  "policeFigures", "policeMonths", "surveys", "programme", "registerCounters"}
/// ```
/// Records have exactly the form of the store's own snapshot files (keys sorted), contacts
/// with the residents' personal data. Text is kept as it is; controls, line separators and
/// bidirectional overrides are written as `\uXXXX` escapes.
public enum StoreExport {
    struct File: Encodable {
        var format = "beat-export"
        var version = 1
        var store: String
        var seq: Int
        var exported: String
        var counters: Counters
        var districts: [District]
        var beats: [Beat]
        var officers: [Officer]
        var teams: [CoordinationTeam]
        var plans: [SafetyPlan]
        var tasks: [PlanTask]
        var meetings: [Meeting]
        var contacts: [ResidentContact]
        var threats: [Threat]
        var policeFigures: [PoliceFigure]
        var policeMonths: [Month]
        var surveys: [SurveyRound]
        /// Null until the programme is recorded.
        var programme: Programme?
        var registerCounters: RegisterCounters

        private enum CodingKeys: String, CodingKey {
            case format, version, store, seq, exported, counters, districts, beats, officers, teams, plans, tasks, meetings, contacts,
                 threats, policeFigures, policeMonths, surveys, programme, registerCounters
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(format, forKey: .format)
            try c.encode(version, forKey: .version)
            try c.encode(store, forKey: .store)
            try c.encode(seq, forKey: .seq)
            try c.encode(exported, forKey: .exported)
            try c.encode(counters, forKey: .counters)
            try c.encode(districts, forKey: .districts)
            try c.encode(beats, forKey: .beats)
            try c.encode(officers, forKey: .officers)
            try c.encode(teams, forKey: .teams)
            try c.encode(plans, forKey: .plans)
            try c.encode(tasks, forKey: .tasks)
            try c.encode(meetings, forKey: .meetings)
            try c.encode(contacts, forKey: .contacts)
            try c.encode(threats, forKey: .threats)
            try c.encode(policeFigures, forKey: .policeFigures)
            try c.encode(policeMonths, forKey: .policeMonths)
            try c.encode(surveys, forKey: .surveys)
            try c.encode(programme, forKey: .programme)
            try c.encode(registerCounters, forKey: .registerCounters)
        }
    }

    /// The document; `exported` is the day when today is pinned (reproducible), else the moment.
    public static func json(model m: Model, storeID: String, clock: Clock) throws -> String {
        let file = File(store: storeID, seq: m.seq, exported: clock.isPinned ? clock.today.description : clock.now.description,
                        counters: m.counters, districts: m.districts, beats: m.beats, officers: m.officers, teams: m.teams,
                        plans: m.plans, tasks: m.tasks, meetings: m.meetings, contacts: m.contacts, threats: m.threats,
                        policeFigures: m.register.policeFigures, policeMonths: m.register.policeMonths, surveys: m.register.surveys,
                        programme: m.register.programme, registerCounters: m.register.counters)
        let text = String(decoding: try JSONCoding.encode(file, pretty: true), as: UTF8.self)
        guard text.unicodeScalars.contains(where: { JSONValue.mustEscape($0) && $0.value >= 0x20 }) else { return text + "\n" }
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            // Outside strings the encoder writes ASCII only, so every such scalar is inside one.
            if JSONValue.mustEscape(u) && u.value >= 0x20 {
                out.append(contentsOf: String(format: "\\u%04x", u.value).unicodeScalars)
            } else {
                out.append(u)
            }
        }
        return String(out) + "\n"
    }
}
