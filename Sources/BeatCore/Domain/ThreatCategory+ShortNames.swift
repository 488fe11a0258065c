/// Short names for narrow lists, where "nieprawidłowe parkowanie" would be cut to "nieprawi…":
/// one or two words that still say which category it is (at most 14 columns). Printouts and
/// details keep the full names of the threat map.
extension ThreatCategory {
    /// The Polish short name: "parkowanie", "alkohol", "wandalizm".
    public var shortPolishName: String {
        switch self {
        case .vandalism: return "wandalizm"
        case .wildSwimming: return "kąpieliska"
        case .illegalDumping: return "wysypiska"
        case .youthGroups: return "małoletni"
        case .poaching: return "kłusownictwo"
        case .dangerousWater: return "tereny wodne"
        case .dangerousEntertainment: return "rozrywka"
        case .illegalLogging: return "wycinka drzew"
        case .illegalRacing: return "rajdy"
        case .wrongParking: return "parkowanie"
        case .unguardedTrackCrossing: return "przejście tory"
        case .unguardedLevelCrossing: return "przejazd"
        case .badRoadInfrastructure: return "infrastruktura"
        case .destroyingGreenery: return "zieleń"
        case .homelessPerson: return "bezdomność"
        case .quadsInForest: return "quady w lesie"
        case .speeding: return "prędkość"
        case .publicDrinking: return "alkohol"
        case .drugs: return "narkotyki"
        case .strayDogs: return "bezpańskie psy"
        case .grassBurning: return "wypalanie traw"
        case .forestAnimalAccidents: return "zwierzyna"
        case .animalCruelty: return "znęcanie"
        case .badTrafficOrganisation: return "ruch drogowy"
        case .begging: return "żebractwo"
        case .other: return "inne"
        }
    }

    /// The English short name.
    public var shortEnglishName: String {
        switch self {
        case .vandalism: return "vandalism"
        case .wildSwimming: return "swimming"
        case .illegalDumping: return "dumping"
        case .youthGroups: return "minors"
        case .poaching: return "poaching"
        case .dangerousWater: return "water"
        case .dangerousEntertainment: return "entertainment"
        case .illegalLogging: return "tree felling"
        case .illegalRacing: return "car racing"
        case .wrongParking: return "parking"
        case .unguardedTrackCrossing: return "track crossing"
        case .unguardedLevelCrossing: return "level crossing"
        case .badRoadInfrastructure: return "road design"
        case .destroyingGreenery: return "greenery"
        case .homelessPerson: return "homelessness"
        case .quadsInForest: return "quads"
        case .speeding: return "speeding"
        case .publicDrinking: return "drinking"
        case .drugs: return "drugs"
        case .strayDogs: return "stray dogs"
        case .grassBurning: return "grass burning"
        case .forestAnimalAccidents: return "wild animals"
        case .animalCruelty: return "animal cruelty"
        case .badTrafficOrganisation: return "traffic"
        case .begging: return "begging"
        case .other: return "other"
        }
    }
}
