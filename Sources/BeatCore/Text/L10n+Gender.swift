// The catalogue's one rule for words that agree with a person: officers and team members
// carry a `Gender`; every gendered word goes through `gendered`.
extension L10n {
    /// The form agreeing with `gender`: `masculine` or `feminine`; when the gender is not
    /// recorded, both, "zamknął/zamknęła" — never "zamknął(ęła)" or "dodał(a)".
    public static func gendered(_ gender: Gender?, _ masculine: String, _ feminine: String) -> String {
        switch gender {
        case .male?: return masculine
        case .female?: return feminine
        case nil: return masculine + "/" + feminine
        }
    }

    /// A team member's role, agreeing with them: "przewodnicząca rady osiedla".
    public static func roleName(_ r: PartnerRole, _ gender: Gender?) -> String { tr(r.polishName(gender), r.englishName) }

    /// A team member's role for a heading or a choice, where no one person is meant: the
    /// post's name, "przewodniczący rady osiedla".
    public static func roleTitle(_ r: PartnerRole) -> String { tr(r.polishName(.male), r.englishName) }

    /// What an officer is, from the data: the dzielnicowy of a beat ("dzielnicowa" for a
    /// woman); without a beat, a supervisor is the "kierownik rewiru dzielnicowych", anyone
    /// else a "funkcjonariusz(ka) Policji".
    public static func post(of o: Officer) -> String {
        if o.beat != nil { return tr(gendered(o.gender, "dzielnicowy", "dzielnicowa"), "beat officer") }
        if o.role == .supervisor { return tr("kierownik rewiru dzielnicowych", "head of the beat officers' section") }
        return tr(gendered(o.gender, "funkcjonariusz", "funkcjonariuszka") + " Policji", "police officer")
    }

    /// The post in the genitive, for "list …", "wykaz zadań …": "dzielnicowej", "kierownika
    /// rewiru dzielnicowych", "funkcjonariusza".
    public static func postGenitive(of o: Officer) -> String {
        if o.beat != nil { return gendered(o.gender, "dzielnicowego", "dzielnicowej") }
        if o.role == .supervisor { return "kierownika rewiru dzielnicowych" }
        return gendered(o.gender, "funkcjonariusza", "funkcjonariuszki")
    }

    public static func genderName(_ g: Gender) -> String {
        switch g {
        case .female: return tr("kobieta", "female")
        case .male: return tr("mężczyzna", "male")
        }
    }
}
