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
    case cityGuard = "city-guard"
    case other = "other"

    /// The role's Polish name agreeing with the member (`L10n.gendered`: unknown gives both forms).
    public func polishName(_ gender: Gender?) -> String {
        switch self {
        case .cooperativePresident: return "prezes spółdzielni mieszkaniowej"
        case .estateCouncilChair: return L10n.gendered(gender, "przewodniczący", "przewodnicząca") + " rady osiedla"
        case .schoolDirector: return "dyrektor szkoły"
        case .designatedContact: return "osoba do kontaktu"
        case .police: return L10n.gendered(gender, "przedstawiciel", "przedstawicielka") + " Policji"
        case .cityGuard: return L10n.gendered(gender, "przedstawiciel", "przedstawicielka") + " Straży Miejskiej"
        case .other: return L10n.gendered(gender, "przedstawiciel", "przedstawicielka") + " innej instytucji"
        }
    }

    public var englishName: String {
        switch self {
        case .cooperativePresident: return "housing cooperative president"
        case .estateCouncilChair: return "estate council chair"
        case .schoolDirector: return "school director"
        case .designatedContact: return "designated contact"
        case .police: return "police"
        case .cityGuard: return "city guard"
        case .other: return "other"
        }
    }

    /// Accepts the identifier, the Polish name in either gender or the English name, case-insensitively.
    public init?(named text: String) {
        var aliases: [PartnerRole: [String]] = [:]
        for r in PartnerRole.allCases {
            aliases[r] = [r.polishName(.male), r.polishName(.female), r.englishName]
        }
        aliases[.cooperativePresident, default: []] += ["prezes", "prezes spółdzielni"]
        aliases[.estateCouncilChair, default: []] += ["przewodniczący", "przewodnicząca"]
        aliases[.schoolDirector, default: []] += ["dyrektor", "dyrektorka", "dyrektorka szkoły"]
        aliases[.designatedContact, default: []] += ["osoba do kontaktu", "kontakt"]
        aliases[.police, default: []] += ["policja"]
        aliases[.cityGuard, default: []] += ["straż miejska"]
        aliases[.other, default: []] += ["inny", "inna"]
        guard let r = caseNamed(text, aliases: aliases) else { return nil }
        self = r
    }
}

/// A member of a coordination team. A designated contact records the member who nominated them.
public struct Partner: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var role: PartnerRole
    /// The id of the member's `PartnerOrganisation`; in stores from before organisations were
    /// records, its name as written (`Model.organisationName` shows either). Empty: none.
    public var organisation: String
    public var phone: String?
    public var email: String?
    /// For a designated contact: the id of the member who nominated them.
    public var nominatedBy: String?
    /// For Polish that agrees: "przewodnicząca rady osiedla", "wyznaczona przez"; nil when not recorded.
    public var gender: Gender?

    public init(id: String, name: String, role: PartnerRole, organisation: String,
                phone: String? = nil, email: String? = nil, nominatedBy: String? = nil, gender: Gender? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.organisation = organisation
        self.phone = phone
        self.email = email
        self.nominatedBy = nominatedBy
        self.gender = gender
    }
}
