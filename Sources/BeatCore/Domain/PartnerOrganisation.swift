/// An organisation that works with the police in the scheme (organizacja partnerska): a
/// housing cooperative, an estate council, a school, the city guard (Straż Miejska), social
/// welfare, the road authority, another police unit. Team members, tasks, contacts and
/// support refer to it by its id.
public struct PartnerOrganisation: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var kind: OrganisationKind
    /// The district it works in; nil when it serves the whole city.
    public var district: String?
    public var phone: String?
    public var email: String?

    public init(id: String, name: String, kind: OrganisationKind, district: String? = nil, phone: String? = nil,
                email: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.district = district
        self.phone = phone
        self.email = email
    }
}

/// What kind of body a partner organisation is.
public enum OrganisationKind: String, Codable, CaseIterable, Sendable, Hashable {
    case housingCooperative = "housing-cooperative"
    case estateCouncil = "estate-council"
    case school
    case cityGuard = "city-guard"
    case socialWelfare = "social-welfare"
    case roadAuthority = "road-authority"
    case policeUnit = "police-unit"
    case other

    public var polishName: String { names.polish }
    public var englishName: String { names.english }

    /// Each name in Polish and in English, side by side.
    private var names: (polish: String, english: String) {
        switch self {
        case .housingCooperative: return ("spółdzielnia mieszkaniowa", "housing cooperative")
        case .estateCouncil: return ("rada osiedla", "estate council")
        case .school: return ("szkoła", "school")
        case .cityGuard: return ("Straż Miejska", "city guard")
        case .socialWelfare: return ("pomoc społeczna", "social welfare")
        case .roadAuthority: return ("zarząd dróg", "road authority")
        case .policeUnit: return ("jednostka Policji", "police unit")
        case .other: return ("inna instytucja", "other")
        }
    }

    /// Accepts the identifier, the Polish or English name, case-insensitively.
    public init?(named text: String) {
        let aliases: [OrganisationKind: [String]] = [
            .housingCooperative: ["spółdzielnia mieszkaniowa", "spółdzielnia", "housing cooperative", "cooperative"],
            .estateCouncil: ["rada osiedla", "estate council"], .school: ["szkoła"],
            .cityGuard: ["straż miejska", "city guard"], .socialWelfare: ["pomoc społeczna", "mops", "social welfare"],
            .roadAuthority: ["zarząd dróg", "road authority"], .policeUnit: ["jednostka policji", "policja", "police unit", "police"],
            .other: ["inna", "inna instytucja", "inne"],
        ]
        guard let k = caseNamed(text, aliases: aliases) else { return nil }
        self = k
    }
}

/// A team member or a partner organisation, named by id: who holds a task besides the
/// dzielnicowy following it up, or whom a contact was with. In JSON `{"member": ID}` or
/// `{"organisation": ID}`.
public enum PartnerRef: Hashable, Sendable {
    case member(String)
    case organisation(String)

    public var id: String {
        switch self {
        case .member(let id), .organisation(let id): return id
        }
    }
}

extension PartnerRef: Codable {
    private enum Key: String, CodingKey { case member, organisation }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        guard c.allKeys.count == 1, let key = c.allKeys.first else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "expected one key, \"member\" or \"organisation\""))
        }
        let id = try c.decode(String.self, forKey: key)
        self = key == .member ? .member(id) : .organisation(id)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        switch self {
        case .member(let id): try c.encode(id, forKey: .member)
        case .organisation(let id): try c.encode(id, forKey: .organisation)
        }
    }
}
