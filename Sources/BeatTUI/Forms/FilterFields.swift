import BeatCore

/// The fields the list filters share (tasks, contacts, threats): "any" first, then the
/// values, the query's own value chosen.
enum FilterFields {
    /// The choice that filters nothing.
    static let any = "*"

    static func district(_ selected: String?, in model: Model) -> Form.Field {
        .choice(.district, L10n.colDistrict, [Choice(any, L10n.filterAny)] + model.districts.map { Choice($0.id, $0.name) },
                selected: selected ?? any)
    }

    static func category(_ selected: ThreatCategory?) -> Form.Field {
        .choice(.category, L10n.colCategory,
                [Choice(any, L10n.filterAny)] + ThreatCategory.allCases.map { Choice($0.rawValue, L10n.categoryName($0)) },
                selected: selected?.rawValue ?? any)
    }

    /// "Overdue only": no or yes, as `on` has it.
    static func overdueOnly(_ on: Bool) -> Form.Field {
        .choice(.overdue, L10n.filterOverdueOnly, [Choice("no", L10n.no), Choice("yes", L10n.yes)], selected: on ? "yes" : "no")
    }

    /// Whether the officer chose "overdue only" in `form`.
    static func overdueOnly(in form: Form) -> Bool { form.choice(.overdue) == "yes" }
}
