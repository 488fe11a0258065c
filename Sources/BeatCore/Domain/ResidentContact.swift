/// One contact with residents: when, who, how, where, about what, and what follows.
public struct ResidentContact: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var time: Timestamp
    public var officer: String
    public var district: String
    public var beat: String?
    public var place: String
    public var channel: ContactChannel
    public var category: ThreatCategory
    public var summary: String
    /// Personal data of the resident (RODO): left out of reports unless asked for.
    public var resident: ResidentData?
    public var followUp: Day?
    /// The day the promised follow-up was made, once it was.
    public var followUpDone: Day?
    public var task: Int?
    /// The team member or partner organisation the contact was with, if any.
    public var with: PartnerRef?

    public init(id: Int, time: Timestamp, officer: String, district: String, beat: String? = nil,
                place: String = "", channel: ContactChannel, category: ThreatCategory, summary: String,
                resident: ResidentData? = nil, followUp: Day? = nil, followUpDone: Day? = nil, task: Int? = nil,
                with: PartnerRef? = nil) {
        self.id = id
        self.time = time
        self.officer = officer
        self.district = district
        self.beat = beat
        self.place = place
        self.channel = channel
        self.category = category
        self.summary = summary
        self.resident = resident
        self.followUp = followUp
        self.followUpDone = followUpDone
        self.task = task
        self.with = with
    }

    /// A follow-up was promised and not yet made.
    /// Inlinable: lists outside BeatCore ask it of 300,000 contacts in place (see `PlanTask.isOpen`).
    @inlinable public var followUpOpen: Bool { followUp != nil && followUpDone == nil }
}

/// A resident's personal data. Every field here is personal data under RODO/GDPR; the one
/// list of them, which the purge, `privacy find` and reports consult, is `PersonalField`
/// (a field added here must be added there — a test compares the two).
public struct ResidentData: Codable, Hashable, Sendable {
    public var name: String
    public var phone: String?
    public var email: String?
    public var address: String?

    public init(name: String, phone: String? = nil, email: String? = nil, address: String? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
        self.address = address
    }
}
