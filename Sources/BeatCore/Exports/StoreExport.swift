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
        /// Null until the programme is recorded (written as null, not left out).
        var programme: Null<Programme>
        var registerCounters: RegisterCounters
    }

    /// An optional value written as `null` when there is none, where the synthesised coding
    /// would leave its key out.
    struct Null<Value: Encodable>: Encodable {
        var value: Value?
        init(_ value: Value?) { self.value = value }

        func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            if let value { try c.encode(value) } else { try c.encodeNil() }
        }
    }

    /// The document; `exported` is the day when today is pinned (reproducible), else the moment.
    public static func json(model m: Model, storeID: String, clock: Clock) throws -> String {
        let file = File(store: storeID, seq: m.seq, exported: clock.isPinned ? clock.today.description : clock.now.description,
                        counters: m.counters, districts: m.districts, beats: m.beats, officers: m.officers, teams: m.teams,
                        plans: m.plans, tasks: m.tasks, meetings: m.meetings, contacts: m.contacts, threats: m.threats,
                        policeFigures: m.register.policeFigures, policeMonths: m.register.policeMonths, surveys: m.register.surveys,
                        programme: Null(m.register.programme), registerCounters: m.register.counters)
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
