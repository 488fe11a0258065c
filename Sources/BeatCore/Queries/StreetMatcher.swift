/// Finds the street a place is on, and so its beat (rejon) and district: the one matcher
/// for contacts, threats and tasks.
///
/// A place is matched as an officer writes it — "ul. Łódzka 12/4", "ŁÓDZKA 12", "lodzka",
/// "Kardynała Stefana Wyszyńskiego 5 m. 3" — against the streets the beats list (and the
/// streets a district lists beside its beats):
/// - Polish letters and case are ignored ("Łódzka" = "lodzka");
/// - the words "ul.", "al.", "os.", "pl." (and "ulica", "aleja", "aleje", "osiedle", "plac")
///   are ignored wherever they stand, in the place and in the street's name;
/// - house and flat numbers are ignored: they match no street's words ("3 Maja 10" still
///   finds "3 Maja");
/// - a street matches when all its words stand together in the place; the longest such
///   street wins ("Kardynała Stefana Wyszyńskiego" over a street "Stefana"), then the one
///   named first in the place.
/// Declined forms ("przy Łódzkiej") are not matched: nil means "choose the district yourself".
///
/// A street belongs to at most one beat (`Model.apply` refuses a second), so a match is
/// never ambiguous. Build it once per model (it indexes every street) and ask it many times.
public struct StreetMatcher: Sendable {
    /// Where a place lies.
    public struct Match: Equatable, Sendable {
        /// The street as the beat (or district) lists it.
        public var street: String
        /// The beat whose street it is; nil when only a district lists the street.
        public var beat: String?
        public var district: String
    }

    private struct Entry: Sendable {
        var words: [String]
        var match: Match
    }

    /// Streets by their first word.
    private let byFirstWord: [String: [Entry]]

    /// Indexes the streets of `model`'s beats, then those districts list that no beat has.
    public init(_ model: Model) {
        var index: [String: [Entry]] = [:]
        var seen = Set<String>()
        func add(_ street: String, beat: String?, district: String) {
            let words = StreetMatcher.words(street)
            guard let first = words.first, seen.insert(words.joined(separator: " ")).inserted else { return }
            index[first, default: []].append(Entry(words: words, match: Match(street: street, beat: beat, district: district)))
        }
        for b in model.beats { for s in b.streets { add(s, beat: b.id, district: b.district) } }
        for d in model.districts { for s in d.streets { add(s, beat: nil, district: d.id) } }
        byFirstWord = index
    }

    /// The street `place` is on, with its beat and district; nil when no listed street is named.
    public func match(_ place: String) -> Match? {
        let words = StreetMatcher.words(place)
        var best: (length: Int, match: Match)?
        for start in words.indices {
            for e in byFirstWord[words[start]] ?? [] where e.words.count > (best?.length ?? 0) {
                guard start + e.words.count <= words.count, Array(words[start..<(start + e.words.count)]) == e.words else { continue }
                best = (e.words.count, e.match)
            }
        }
        return best?.match
    }

    /// A street's key: its words, folded, the "ul."-like words left out, one space between.
    /// Two names with the same key are the same street ("ul. Łódzka" and "ŁÓDZKA").
    public static func key(_ street: String) -> String { words(street).joined(separator: " ") }

    /// Words that name the kind of street, not the street.
    static let kindWords: Set<String> = ["ul", "ulica", "al", "aleja", "aleje", "os", "osiedle", "pl", "plac"]

    /// The folded words of `text` (runs of letters and digits), kind words left out.
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var word = ""
        func flush() {
            if !word.isEmpty {
                let folded = TextFold.key(word)
                if !kindWords.contains(folded) { out.append(folded) }
                word = ""
            }
        }
        for ch in text {
            if ch.isLetter || ch.isNumber { word.append(ch) } else { flush() }
        }
        flush()
        return out
    }
}
