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
    public var polishName: String {
        switch self {
        case .vandalism: return "akty wandalizmu"
        case .wildSwimming: return "dzikie kąpieliska"
        case .illegalDumping: return "dzikie wysypiska śmieci"
        case .youthGroups: return "grupowanie się małoletnich zagrożonych demoralizacją"
        case .poaching: return "kłusownictwo"
        case .dangerousWater: return "miejsca niebezpieczne na terenach wodnych"
        case .dangerousEntertainment: return "miejsce niebezpiecznej działalności rozrywkowej"
        case .illegalLogging: return "nielegalna wycinka drzew"
        case .illegalRacing: return "nielegalne rajdy samochodowe"
        case .wrongParking: return "nieprawidłowe parkowanie"
        case .unguardedTrackCrossing: return "niestrzeżone przejście przez tory"
        case .unguardedLevelCrossing: return "niestrzeżony przejazd kolejowy"
        case .badRoadInfrastructure: return "niewłaściwa infrastruktura drogowa"
        case .destroyingGreenery: return "niszczenie zieleni"
        case .homelessPerson: return "osoba bezdomna wymagająca pomocy"
        case .quadsInForest: return "poruszanie się po terenach leśnych quadami"
        case .speeding: return "przekraczanie dozwolonej prędkości"
        case .publicDrinking: return "spożywanie alkoholu w miejscach niedozwolonych"
        case .drugs: return "używanie środków odurzających"
        case .strayDogs: return "wałęsające się bezpańskie psy"
        case .grassBurning: return "wypalanie traw"
        case .forestAnimalAccidents: return "zdarzenia drogowe z udziałem zwierząt leśnych"
        case .animalCruelty: return "znęcanie się nad zwierzętami"
        case .badTrafficOrganisation: return "zła organizacja ruchu drogowego"
        case .begging: return "żebractwo"
        case .other: return "inne"
        }
    }

    /// The English name.
    public var englishName: String {
        switch self {
        case .vandalism: return "vandalism"
        case .wildSwimming: return "unsupervised swimming spots"
        case .illegalDumping: return "illegal rubbish dumps"
        case .youthGroups: return "groups of minors at risk"
        case .poaching: return "poaching"
        case .dangerousWater: return "dangerous places by water"
        case .dangerousEntertainment: return "dangerous entertainment venue"
        case .illegalLogging: return "illegal tree felling"
        case .illegalRacing: return "illegal car racing"
        case .wrongParking: return "wrong parking"
        case .unguardedTrackCrossing: return "unguarded track crossing"
        case .unguardedLevelCrossing: return "unguarded level crossing"
        case .badRoadInfrastructure: return "poor road infrastructure"
        case .destroyingGreenery: return "destroying greenery"
        case .homelessPerson: return "homeless person needing help"
        case .quadsInForest: return "quads in forests"
        case .speeding: return "speeding"
        case .publicDrinking: return "drinking in public places"
        case .drugs: return "drug use"
        case .strayDogs: return "stray dogs"
        case .grassBurning: return "grass burning"
        case .forestAnimalAccidents: return "road accidents with wild animals"
        case .animalCruelty: return "animal cruelty"
        case .badTrafficOrganisation: return "poor traffic organisation"
        case .begging: return "begging"
        case .other: return "other"
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

    public var polishName: String {
        switch self {
        case .onBeat: return "w rejonie"
        case .officeHours: return "dyżur"
        case .phone: return "telefon"
        case .email: return "e-mail"
        case .letter: return "list"
        case .communityMeeting: return "spotkanie z mieszkańcami"
        case .mapReport: return "zgłoszenie KMZB"
        }
    }

    public var englishName: String {
        switch self {
        case .onBeat: return "on the beat"
        case .officeHours: return "office hours"
        case .phone: return "phone"
        case .email: return "e-mail"
        case .letter: return "letter"
        case .communityMeeting: return "community meeting"
        case .mapReport: return "threat map report"
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
