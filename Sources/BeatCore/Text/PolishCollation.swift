/// Polish alphabetical order — a ą b c ć d e ę f … s ś t u … z ź ż — ignoring case, for
/// lists people read (officers by surname, districts, categories). Swift's `<` compares
/// code points and would put "Łukasz" after "Zenon" and "Ścisła" after everything.
public enum PolishCollation {
    private static let alphabet: [Character] = Array("aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż")
    private static let rank: [Character: Int] = {
        var r: [Character: Int] = [:]
        for (i, c) in alphabet.enumerated() { r[c] = i }
        return r
    }()

    /// A sort key: spaces and punctuation first, then digits, then letters in Polish order,
    /// then anything else by code point.
    public static func key(_ text: String) -> [Int] {
        text.lowercased().map { c -> Int in
            if let r = rank[c] { return 2_000 + r }
            if c.isNumber, let d = c.wholeNumberValue { return 1_000 + d }
            if c.isWhitespace || c.isPunctuation { return Int(c.unicodeScalars.first!.value % 1_000) }
            return 10_000 + Int(c.unicodeScalars.first!.value)
        }
    }

    /// Whether `a` comes before `b` in Polish order (ties broken by code points, so the order is total).
    public static func less(_ a: String, _ b: String) -> Bool {
        let ka = key(a), kb = key(b)
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        return a < b
    }

    /// Compares field by field (e.g. district, then surname), each in Polish order.
    public static func less(_ a: [String], _ b: [String]) -> Bool {
        for (x, y) in zip(a, b) where key(x) != key(y) { return less(x, y) }
        return a.count < b.count || (a.count == b.count && a.lexicographicallyPrecedes(b))
    }
}
