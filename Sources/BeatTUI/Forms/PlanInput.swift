import BeatCore
import Foundation

/// A safety plan as the officer gives it — in the plan form (`a`/`e` on screen 4) or to
/// `beat plan add` — and the one set of rules that turns it into the plan's values, so the
/// interface and the command line refuse the same things with the same sentences (the store's
/// own rules follow when the change is applied).
struct PlanInput {
    var title: String
    var district: String
    var officer: String?
    var start: Day
    var end: Day
    var what: String
    var place = ""
    var when = ""
    var who = ""
    var category: ThreatCategory
    var sources: [DiagnosisSource] = []
    /// The register's threats the diagnosis names, by number.
    var threats: [Int] = []
    var theme: PlanTheme?
    var goal: Goal.Kind
    var goalDescription = ""
    var measure = ""
    var partners: [String] = []

    /// The diagnosis and goal checked: the title and what the threat is are required, and every
    /// threat named is in the register (refused as the store refuses: `BeatError.rejected`, which
    /// the form says of its field). The plan's beat is its officer's, when in its district.
    func checked(in model: Model) throws(BeatError) -> (title: String, beat: String?, threat: Diagnosis, goal: Goal, partners: [String]) {
        let title = self.title.trimmingCharacters(in: .whitespaces)
        if title.isEmpty { throw BeatError.rejected(.empty(.title)) }
        if what.trimmingCharacters(in: .whitespaces).isEmpty { throw BeatError.rejected(.empty(.threat)) }
        var named: [Int] = []
        for n in threats where !named.contains(n) {
            guard model.threat(n) != nil else { throw BeatError.rejected(.unknownThreat(n)) }
            named.append(n)
        }
        let beat = officer.flatMap { model.officer($0) }.flatMap { $0.district == district ? $0.beat : nil }
        let threat = Diagnosis(what: what, place: place, when: when, who: who, category: category, sources: sources, threats: named)
        let partners = partners.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return (title, beat, threat, Goal(kind: goal, description: goalDescription, measure: measure), partners)
    }

    /// A new plan in `status` (active, or a draft to be adopted at a meeting).
    func draft(status: PlanStatus, in model: Model) throws(BeatError) -> PlanDraft {
        let c = try checked(in: model)
        return PlanDraft(district: district, beat: c.beat, officer: officer, title: c.title, start: start, end: end,
                         threat: c.threat, goal: c.goal, partners: c.partners, status: status, theme: theme)
    }

    /// The sources a diagnosis may name, as the refusal of an unknown one lists them.
    static var sourceNames: String { DiagnosisSource.allCases.map(L10n.sourceName).joined(separator: ", ") }
}
