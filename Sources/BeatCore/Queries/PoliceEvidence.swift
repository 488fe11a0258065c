/// Police figures beside a plan: its threat category in its district, by kind, in the months
/// its period mostly covers, against as many months just before; and the district's figures
/// of every category the same way (did only this concern fall, or everything?).
///
/// Figures come by month, a plan's period by day: a month counts in the period when more than
/// half of its days are in it (`MonthRange.covered`). A month not imported is listed in
/// `missing`, and counts as nothing; with no month of either period imported there is no
/// police evidence at all (nil). Recorded with an evaluation like the contacts' figures.
public struct PoliceEvidence: Codable, Hashable, Sendable {
    public var months: MonthRange
    public var before: MonthRange
    /// The plan's category in its district, one entry per kind (every kind, in `PoliceFigureKind` order).
    public var inCategory: [KindCount]
    /// Every category in the district, one entry per kind.
    public var inDistrict: [KindCount]
    /// Months of either period for which no figures were imported.
    public var missing: [Month]

    /// The figures for `category` in `district` over the days `from…to` against the months
    /// before; nil when the period covers no whole month or no month of either is imported.
    public static func compute(district: String, category: ThreatCategory, from: Day, to: Day, register: Register) -> PoliceEvidence? {
        guard let months = MonthRange.covered(from: from, to: to) else { return nil }
        let before = months.before
        let imported = Set(register.policeMonths)
        let all = before.months + months.months
        guard all.contains(where: imported.contains) else { return nil }
        var cat = PoliceFigureKind.allCases.map { KindCount(kind: $0, now: 0, before: 0) }
        var dist = cat
        for f in register.policeFigures where f.district == district {
            let isNow = months.contains(f.month)
            guard isNow || before.contains(f.month) else { continue }
            let k = PoliceFigureKind.allCases.firstIndex(of: f.kind)!
            if isNow { dist[k].now += f.count } else { dist[k].before += f.count }
            if f.category == category {
                if isNow { cat[k].now += f.count } else { cat[k].before += f.count }
            }
        }
        return PoliceEvidence(months: months, before: before, inCategory: cat, inDistrict: dist, missing: all.filter { !imported.contains($0) })
    }

    /// The kinds that have any figure in either period, for the category (what a printout shows).
    public var shownKinds: [KindCount] { inCategory.filter { $0.now > 0 || $0.before > 0 } }
}

/// One kind of police figure in a period and the period before.
public struct KindCount: Codable, Hashable, Sendable {
    public var kind: PoliceFigureKind
    public var now: Int
    public var before: Int

    public var count: CountChange { CountChange(now: now, before: before) }
}

extension Register {
    /// The police figures of `districts` (all categories, or one) of `kind`s in the months from…to,
    /// summed by kind; the months of the range not imported beside them.
    public func policeTotals(districts: Set<String>, category: ThreatCategory? = nil, months: MonthRange) -> (byKind: [PoliceFigureKind: Int], missing: [Month]) {
        var out: [PoliceFigureKind: Int] = [:]
        for f in policeFigures where districts.contains(f.district) && months.contains(f.month) && (category.map { f.category == $0 } ?? true) {
            out[f.kind, default: 0] += f.count
        }
        let imported = Set(policeMonths)
        return (out, months.months.filter { !imported.contains($0) })
    }
}

/// A district's police figures by category and kind in the months a period mostly covers,
/// against as many months before: what the meeting review shows beside residents' contacts.
public struct PoliceByCategory: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var category: ThreatCategory
        public var kind: PoliceFigureKind
        public var count: CountChange
    }
    public var months: MonthRange
    public var before: MonthRange
    /// Categories ranked by their figures in the period (all kinds), ties in Polish order;
    /// within one, the kinds in order; only lines with a figure in either period.
    public var rows: [Row]
    public var missing: [Month]

    /// Nil when the period covers no whole month or no month of either is imported.
    public init?(district: String, from: Day, to: Day, register: Register) {
        guard let months = MonthRange.covered(from: from, to: to) else { return nil }
        let before = months.before
        let imported = Set(register.policeMonths)
        let all = before.months + months.months
        guard all.contains(where: imported.contains) else { return nil }
        var counts: [ThreatCategory: [PoliceFigureKind: CountChange]] = [:]
        for f in register.policeFigures where f.district == district {
            let isNow = months.contains(f.month)
            guard isNow || before.contains(f.month) else { continue }
            var c = counts[f.category, default: [:]][f.kind, default: CountChange(now: 0, before: 0)]
            if isNow { c.now += f.count } else { c.before += f.count }
            counts[f.category, default: [:]][f.kind] = c
        }
        let ranked = Ranking.categories(counts.mapValues { $0.values.reduce(0) { $0 + $1.now } }).map(\.0)
        rows = ranked.flatMap { cat in
            PoliceFigureKind.allCases.compactMap { k in
                counts[cat]?[k].flatMap { $0.now > 0 || $0.before > 0 ? Row(category: cat, kind: k, count: $0) : nil }
            }
        }
        self.months = months
        self.before = before
        missing = all.filter { !imported.contains($0) }
    }
}
