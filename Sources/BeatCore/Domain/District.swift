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
    public var name: String
    public var streets: [String]

    public init(id: String, district: String, name: String, streets: [String]) {
        self.id = id
        self.district = district
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

    public init(id: String, rank: String, name: String, badge: String, phone: String, email: String,
                district: String, beat: String?, active: Bool = true) {
        self.id = id
        self.rank = rank
        self.name = name
        self.badge = badge
        self.phone = phone
        self.email = email
        self.district = district
        self.beat = beat
        self.active = active
    }

    /// `st. sierż. Łukasz Nowicki`
    public var title: String { rank.isEmpty ? name : "\(rank) \(name)" }

    /// The surname, for sorting lists of officers.
    public var surname: String { name.split(separator: " ").last.map(String.init) ?? name }
}
