/// The one rule every printout ranks by ("top 3 concerns", categories by count, streets):
/// the larger count first; equal counts in Polish alphabetical order of the Polish name,
/// whatever the language of the printout, so a Polish and an English report list the same
/// items in the same order.
public enum Ranking {
    /// `counts` ranked: count descending, then `polishName` in Polish order.
    public static func ranked<T>(_ counts: [(T, Int)], polishName: (T) -> String) -> [(T, Int)] {
        counts.map { ($0.0, $0.1, polishName($0.0)) }
            .sorted { a, b in a.1 != b.1 ? a.1 > b.1 : PolishCollation.less(a.2, b.2) }
            .map { ($0.0, $0.1) }
    }

    /// Categories by count, ties by their Polish names.
    public static func categories(_ counts: [ThreatCategory: Int]) -> [(ThreatCategory, Int)] {
        ranked(counts.map { ($0.key, $0.value) }, polishName: \.polishName)
    }

    /// Whether `a` ranks before `b` under the rule.
    public static func before(_ a: Int, _ an: String, _ b: Int, _ bn: String) -> Bool {
        a != b ? a > b : PolishCollation.less(an, bn)
    }
}
