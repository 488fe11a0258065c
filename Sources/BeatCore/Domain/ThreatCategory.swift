import Foundation

/// A concern's category: the national threat map's (KMZB) categories, plus "inne".
public enum ThreatCategory: String, CaseIterable, Codable, Sendable, Hashable {
    case vandalism = "vandalism"
    case wildSwimming = "wild-swimming"
    case illegalDumping = "illegal-dumping"
    case youthGroups = "youth-groups"
    case poaching = "poaching"
    case dangerousWater = "dangerous-water"
    case dangerousEntertainment = "dangerous-entertainment"
    case illegalLogging = "illegal-logging"
    case illegalRacing = "illegal-racing"
    case wrongParking = "wrong-parking"
    case unguardedTrackCrossing = "unguarded-track-crossing"
    case unguardedLevelCrossing = "unguarded-level-crossing"
    case badRoadInfrastructure = "bad-road-infrastructure"
    case destroyingGreenery = "destroying-greenery"
    case homelessPerson = "homeless-person"
    case quadsInForest = "quads-in-forest"
    case speeding = "speeding"
    case publicDrinking = "public-drinking"
    case drugs = "drugs"
    case strayDogs = "stray-dogs"
    case grassBurning = "grass-burning"
    case forestAnimalAccidents = "forest-animal-accidents"
    case animalCruelty = "animal-cruelty"
    case badTrafficOrganisation = "bad-traffic-organisation"
    case begging = "begging"
    case other = "other"

    /// The Polish name, as on the threat map.
    public var polishName: String { names.polish }
    /// The English name.
    public var englishName: String { names.english }

    /// Each name in Polish and in English, side by side.
    private var names: (polish: String, english: String) {
        switch self {
        case .vandalism: return ("akty wandalizmu", "vandalism")
        case .wildSwimming: return ("dzikie kąpieliska", "unsupervised swimming spots")
        case .illegalDumping: return ("dzikie wysypiska śmieci", "illegal rubbish dumps")
        case .youthGroups: return ("grupowanie się małoletnich zagrożonych demoralizacją", "groups of minors at risk")
        case .poaching: return ("kłusownictwo", "poaching")
        case .dangerousWater: return ("miejsca niebezpieczne na terenach wodnych", "dangerous places by water")
        case .dangerousEntertainment: return ("miejsce niebezpiecznej działalności rozrywkowej", "dangerous entertainment venue")
        case .illegalLogging: return ("nielegalna wycinka drzew", "illegal tree felling")
        case .illegalRacing: return ("nielegalne rajdy samochodowe", "illegal car racing")
        case .wrongParking: return ("nieprawidłowe parkowanie", "wrong parking")
        case .unguardedTrackCrossing: return ("niestrzeżone przejście przez tory", "unguarded track crossing")
        case .unguardedLevelCrossing: return ("niestrzeżony przejazd kolejowy", "unguarded level crossing")
        case .badRoadInfrastructure: return ("niewłaściwa infrastruktura drogowa", "poor road infrastructure")
        case .destroyingGreenery: return ("niszczenie zieleni", "destroying greenery")
        case .homelessPerson: return ("osoba bezdomna wymagająca pomocy", "homeless person needing help")
        case .quadsInForest: return ("poruszanie się po terenach leśnych quadami", "quads in forests")
        case .speeding: return ("przekraczanie dozwolonej prędkości", "speeding")
        case .publicDrinking: return ("spożywanie alkoholu w miejscach niedozwolonych", "drinking in public places")
        case .drugs: return ("używanie środków odurzających", "drug use")
        case .strayDogs: return ("wałęsające się bezpańskie psy", "stray dogs")
        case .grassBurning: return ("wypalanie traw", "grass burning")
        case .forestAnimalAccidents: return ("zdarzenia drogowe z udziałem zwierząt leśnych", "road accidents with wild animals")
        case .animalCruelty: return ("znęcanie się nad zwierzętami", "animal cruelty")
        case .badTrafficOrganisation: return ("zła organizacja ruchu drogowego", "poor traffic organisation")
        case .begging: return ("żebractwo", "begging")
        case .other: return ("inne", "other")
        }
    }

    /// Accepts the identifier (`public-drinking`), the Polish or English name, case-insensitively.
    public init?(named text: String) {
        guard let found = ThreatCategory.allCases.first(where: {
            matchesName(text, $0.rawValue, $0.polishName, $0.englishName)
        }) ?? (matchesName(text, "inne") ? .other : nil) else { return nil }
        self = found
    }
}

/// How a resident's concern reached the officer.
public enum ContactChannel: String, CaseIterable, Codable, Sendable, Hashable {
    case onBeat = "beat"
    case officeHours = "office-hours"
    case phone = "phone"
    case email = "email"
    case letter = "letter"
    case communityMeeting = "community-meeting"
    case mapReport = "map-report"

    public var polishName: String { names.polish }
    public var englishName: String { names.english }

    /// Each name in Polish and in English, side by side.
    private var names: (polish: String, english: String) {
        switch self {
        case .onBeat: return ("w rejonie", "on the beat")
        case .officeHours: return ("dyżur", "office hours")
        case .phone: return ("telefon", "phone")
        case .email: return ("e-mail", "e-mail")
        case .letter: return ("list", "letter")
        case .communityMeeting: return ("spotkanie z mieszkańcami", "community meeting")
        case .mapReport: return ("zgłoszenie KMZB", "threat map report")
        }
    }

    /// Accepts the identifier (`phone`), the Polish or English name, case-insensitively.
    public init?(named text: String) {
        guard let found = ContactChannel.allCases.first(where: {
            matchesName(text, $0.rawValue, $0.polishName, $0.englishName)
        }) else { return nil }
        self = found
    }
}

/// Case- and diacritic-tolerant name matching for identifiers typed on the command line.
func matchesName(_ text: String, _ names: String...) -> Bool {
    let t = text.trimmingCharacters(in: .whitespaces).lowercased()
    return names.contains { $0.lowercased() == t }
}

/// The case whose identifier or one of whose `aliases` is `text` (as `matchesName` compares).
func caseNamed<T: CaseIterable & RawRepresentable & Hashable>(_ text: String, aliases: [T: [String]]) -> T? where T.RawValue == String {
    T.allCases.first { c in matchesName(text, c.rawValue) || (aliases[c] ?? []).contains { matchesName(text, $0) } }
}
