/// A district coordination team (Dzielnicowy Zespół Koordynacyjny), one per district.
public struct CoordinationTeam: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var district: String
    public var name: String
    public var members: [Partner]

    public init(id: String, district: String, name: String, members: [Partner]) {
        self.id = id
        self.district = district
        self.name = name
        self.members = members
    }

    public func member(_ id: String) -> Partner? { members.first { $0.id == id } }
}

/// What a team member is in the scheme.
public enum PartnerRole: String, Codable, CaseIterable, Sendable, Hashable {
    case cooperativePresident = "cooperative-president"
    case estateCouncilChair = "estate-council-chair"
    case schoolDirector = "school-director"
    case designatedContact = "designated-contact"
    case police = "police"
    case other = "other"

    public var polishName: String {
        switch self {
        case .cooperativePresident: return "prezes spółdzielni mieszkaniowej"
        case .estateCouncilChair: return "przewodniczący rady osiedla"
        case .schoolDirector: return "dyrektor szkoły"
        case .designatedContact: return "osoba do kontaktu"
        case .police: return "policja"
        case .other: return "inny"
        }
    }

    public var englishName: String {
        switch self {
        case .cooperativePresident: return "housing cooperative president"
        case .estateCouncilChair: return "estate council chair"
        case .schoolDirector: return "school director"
        case .designatedContact: return "designated contact"
        case .police: return "police"
        case .other: return "other"
        }
    }
}

/// A member of a coordination team. A designated contact records the member who nominated him.
public struct Partner: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var role: PartnerRole
    public var organisation: String
    public var phone: String?
    public var email: String?
    /// For a designated contact: the id of the member who nominated him.
    public var nominatedBy: String?

    public init(id: String, name: String, role: PartnerRole, organisation: String,
                phone: String? = nil, email: String? = nil, nominatedBy: String? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.organisation = organisation
        self.phone = phone
        self.email = email
        self.nominatedBy = nominatedBy
    }
}
