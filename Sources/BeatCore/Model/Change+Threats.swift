/// A threat to register. `district` (and `beat`) say where `place` lies; the command line and
/// the interface fill them from the place's street when it is known.
public struct ThreatDraft: Codable, Sendable, Equatable {
    public var category: ThreatCategory
    public var place: String
    public var district: String
    public var beat: String?
    public var description: String
    public var when: String
    public var source: ThreatSource
    public var anonymous: Bool
    public var contact: Int?
    /// The day it was reported (default in the tools: today).
    public var reported: Day

    public init(category: ThreatCategory, place: String, district: String, beat: String? = nil, description: String = "",
                when: String = "", source: ThreatSource, anonymous: Bool, contact: Int? = nil, reported: Day) {
        self.category = category
        self.place = place
        self.district = district
        self.beat = beat
        self.description = description
        self.when = when
        self.source = source
        self.anonymous = anonymous
        self.contact = contact
        self.reported = reported
    }
}

public struct ThreatStatusUpdate: Codable, Sendable, Equatable {
    public var threat: Int
    public var status: ThreatStatus
    public var note: String

    public init(threat: Int, status: ThreatStatus, note: String = "") {
        self.threat = threat
        self.status = status
        self.note = note
    }
}

extension ThreatDraft {
    /// A threat as the officer describes it, what is left out taken from where it came from:
    /// the category and place from the contact `contact` (if any); the district and beat from
    /// the street the place names, else the contact's, else the acting officer's district; the
    /// source `map` for a map report, `contact` for another contact, else `map`; the day from
    /// the contact, else today. The same rules for `beat threat add` and the interface.
    /// Throws a usage error naming what is missing or unknown.
    public static func described(category: ThreatCategory?, place: String?, district: String? = nil, beat: String? = nil,
                                 description: String = "", when: String = "", source: ThreatSource? = nil, anonymous: Bool,
                                 contact: Int? = nil, reported: Day? = nil, actingDistrict: String?, model: Model, today: Day) throws -> ThreatDraft {
        let from = try contact.map { id in
            guard let c = model.contact(id) else { throw BeatError.usage(L10n.threatUnknownContact(id)) }
            return c
        }
        let given = place.flatMap { $0.trimmed.isEmpty ? nil : $0 }
        guard let category = category ?? from?.category, let place = given ?? from.flatMap({ $0.place.isEmpty ? nil : $0.place }) else {
            throw BeatError.usage(L10n.threatNeedsCategoryAndPlace)
        }
        let street = StreetMatcher.of(model).match(place)
        guard let districtID = district ?? street?.district ?? from?.district ?? actingDistrict else {
            throw BeatError.usage(L10n.threatDistrictNeeded(place))
        }
        guard let d = model.district(districtID)?.id else { throw BeatError.usage(L10n.unknownDistrict(districtID)) }
        if let b = beat, model.beat(b)?.district != d { throw BeatError.usage(L10n.unknownBeatIn(b, d)) }
        let beatID = beat ?? street.flatMap { $0.district == d ? $0.beat : nil } ?? from.flatMap { $0.district == d ? $0.beat : nil }
        let how = source ?? (from.map { $0.channel == .mapReport ? .map : .contact } ?? .map)
        return ThreatDraft(category: category, place: place, district: d, beat: beatID, description: description, when: when,
                           source: how, anonymous: anonymous, contact: contact,
                           reported: reported ?? from.map { min($0.time.day, today) } ?? today)
    }
}

extension Model {
    /// The number the next threat gets (never one handed out before, even if undone).
    public var nextThreatID: Int { register.counters.threat }

    mutating func addThreat(_ d: ThreatDraft, context: ChangeContext) throws -> Int {
        try nonEmpty(d.place, .place, Limits.place)
        try needDistrict(d.district)
        if let b = d.beat { try needBeat(b, in: d.district) }
        try limit(d.description, .description, Limits.summary)
        try limit(d.when, .when, Limits.detail)
        guard d.reported <= context.at.day else { throw BeatError.rejected(.threatReportedInFuture(d.reported)) }
        if let id = d.contact {
            guard let c = contact(id) else { throw BeatError.rejected(.unknownContact(id)) }
            // Anonymous means no one to call back: the contact it came from must name no one.
            if d.anonymous, c.resident != nil || c.followUp != nil { throw BeatError.rejected(.anonymousThreatNamesResident(id)) }
        }
        let t = Threat(id: nextThreatID, category: d.category, place: d.place.trimmed, district: d.district, beat: d.beat,
                       description: d.description.trimmed, when: d.when.trimmed, source: d.source, anonymous: d.anonymous,
                       contact: d.contact, reported: d.reported)
        register.threats.append(t)
        register.counters.threat += 1
        return t.id
    }

    /// Returns the way back along the step.
    mutating func setThreatStatus(_ u: ThreatStatusUpdate, context: ChangeContext) throws -> [Change] {
        guard let i = Model.find(u.threat, in: register.threats) else { throw BeatError.rejected(.unknownThreat(u.threat)) }
        let from = register.threats[i].status
        guard from.next.contains(u.status) else {
            throw BeatError.rejected(.threatTransitionNotAllowed(u.threat, from: from, to: u.status))
        }
        try limit(u.note, .note, Limits.note)
        register.threats[i].history.append(ThreatTransition(at: context.at, by: context.by, from: from, to: u.status, note: u.note.trimmed))
        register.threats[i].status = u.status
        return [.revertThreatStatus(ThreatStatusUpdate(threat: u.threat, status: from))]
    }

    /// Takes back a threat's last step: `u.status` must be the status that step came from.
    /// Kept in the history as a step of its own, so the record shows the way back; taking it
    /// back is the step again.
    mutating func revertThreatStatus(_ u: ThreatStatusUpdate, context: ChangeContext) throws -> [Change] {
        guard let i = Model.find(u.threat, in: register.threats) else { throw BeatError.rejected(.unknownThreat(u.threat)) }
        let t = register.threats[i]
        guard let last = t.history.last, last.to == t.status, last.from == u.status else {
            throw BeatError.rejected(.threatNothingToTakeBack(u.threat))
        }
        try limit(u.note, .note, Limits.note)
        register.threats[i].history.append(ThreatTransition(at: context.at, by: context.by, from: t.status, to: u.status, note: u.note.trimmed))
        register.threats[i].status = u.status
        return [.revertThreatStatus(ThreatStatusUpdate(threat: u.threat, status: t.status))]
    }

    /// Removes a threat that nothing has moved on or named yet (what undoes its registration).
    mutating func removeThreat(_ id: Int) throws {
        guard let i = Model.find(id, in: register.threats) else { throw BeatError.rejected(.unknownThreat(id)) }
        let plans = plans.filter { $0.threat.threats.contains(id) }.map(\.id)
        guard register.threats[i].history.isEmpty, plans.isEmpty else { throw BeatError.rejected(.threatStillUsed(id, plans: plans)) }
        register.threats.remove(at: i)
    }

    /// Every threat a diagnosis names must be on the register.
    func checkNamedThreats(_ d: Diagnosis) throws {
        for id in d.threats where threat(id) == nil { throw BeatError.rejected(.unknownThreat(id)) }
    }
}

