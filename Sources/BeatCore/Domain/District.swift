/// An area of the pilot (dzielnica / osiedle), e.g. Dobrzec or Widok in Kalisz.
public struct District: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var city: String
    public var residents: Int
    public var streets: [String]

    public init(id: String, name: String, city: String, residents: Int, streets: [String]) {
        self.id = id
        self.name = name
        self.city = city
        self.residents = residents
        self.streets = streets
    }
}

/// A rejon służbowy: the part of a district one dzielnicowy answers for. Its officer is the
/// one whose `Officer.beat` names it.
public struct Beat: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var district: String
    /// The beat's number in its district ("rejon służbowy nr 2"), when it has one.
    public var number: Int?
    public var name: String
    /// The streets it covers; a street belongs to at most one beat (see `StreetMatcher`).
    public var streets: [String]

    public init(id: String, district: String, number: Int? = nil, name: String, streets: [String]) {
        self.id = id
        self.district = district
        self.number = number
        self.name = name
        self.streets = streets
    }
}

/// A police officer, usually a dzielnicowy (beat officer).
public struct Officer: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    /// Abbreviated Polish rank: `st. sierż.`, `mł. asp.`, `asp. sztab.` …
    public var rank: String
    public var name: String
    public var badge: String
    public var phone: String
    public var email: String
    public var district: String
    public var beat: String?
    public var active: Bool
    /// For Polish that agrees: "dzielnicowa", "dodała notatkę"; nil when not recorded.
    public var gender: Gender?
    /// The Unix account this officer works under: Beat recognises them by it (see `Identity`).
    public var login: String?
    /// Officer or supervisor; supervisors change reference data and may act for others.
    public var role: OfficerRole

    public init(id: String, rank: String, name: String, badge: String, phone: String, email: String,
                district: String, beat: String?, active: Bool = true, gender: Gender? = nil, login: String? = nil,
                role: OfficerRole = .officer) {
        self.id = id
        self.rank = rank
        self.name = name
        self.badge = badge
        self.phone = phone
        self.email = email
        self.district = district
        self.beat = beat
        self.active = active
        self.gender = gender
        self.login = login
        self.role = role
    }

    private enum CodingKeys: String, CodingKey {
        case id, rank, name, badge, phone, email, district, beat, active, gender, login, role
    }

    /// As synthesised, but `role` may be missing (stores from before roles): an officer.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), rank: try c.decode(String.self, forKey: .rank),
                  name: try c.decode(String.self, forKey: .name), badge: try c.decode(String.self, forKey: .badge),
                  phone: try c.decode(String.self, forKey: .phone), email: try c.decode(String.self, forKey: .email),
                  district: try c.decode(String.self, forKey: .district), beat: try c.decodeIfPresent(String.self, forKey: .beat),
                  active: try c.decode(Bool.self, forKey: .active), gender: try c.decodeIfPresent(Gender.self, forKey: .gender),
                  login: try c.decodeIfPresent(String.self, forKey: .login),
                  role: try c.decodeIfPresent(OfficerRole.self, forKey: .role) ?? .officer)
    }

    /// `st. sierż. Łukasz Nowicki`
    public var title: String { rank.isEmpty ? name : "\(rank) \(name)" }

    /// The surname, for sorting lists of officers.
    public var surname: String { name.split(separator: " ").last.map(String.init) ?? name }
}

/// What an officer may do in Beat. When any officer is a supervisor, only supervisors
/// change reference data (districts, beats, officers, teams, organisations) and act for others.
public enum OfficerRole: String, Codable, CaseIterable, Sendable, Hashable {
    case officer
    case supervisor

    /// Accepts the identifier or the Polish word, case-insensitively.
    public init?(named text: String) {
        let aliases: [OfficerRole: [String]] = [.officer: ["funkcjonariusz", "dzielnicowy", "dzielnicowa"],
                                                .supervisor: ["kierownik", "przełożony", "przełożona"]]
        guard let r = caseNamed(text, aliases: aliases) else { return nil }
        self = r
    }
}
