/// A field of a resident's personal data under RODO/GDPR. `PersonalField.allCases` is the
/// one list of them: the purge pseudonymises these, `privacy find` and reports consult it.
///
/// Residents' personal data lives only in `ResidentData`: in the model as
/// `ResidentContact.resident`, in the journal as `ContactDraft.resident` (`addContact`) and
/// `ResidentContact.resident` (`editContact`). Free text (a contact's summary, task notes,
/// meeting minutes) may mention a resident too: the purge scrubs the contact's own summary of
/// the resident's name, phone, e-mail and address; `privacy find` searches all text.
public enum PersonalField: String, CaseIterable, Sendable {
    case name, phone, email, address

    /// The field's value in `r`, nil or empty when it holds nothing.
    public func value(in r: ResidentData) -> String? {
        switch self {
        case .name: return r.name
        case .phone: return r.phone
        case .email: return r.email
        case .address: return r.address
        }
    }
}

/// Pseudonymisation of residents' personal data, and the forms of a contact without it.
public enum PersonalData {
    /// The fields of `r` that hold personal data (a pseudonym is not personal data).
    public static func fields(of r: ResidentData?) -> [PersonalField] {
        guard let r else { return [] }
        return PersonalField.allCases.filter { f in
            guard let v = f.value(in: r), !v.trimmed.isEmpty else { return false }
            return !(f == .name && isPseudonym(v))
        }
    }

    /// Whether `r` still holds personal data (and so is to be pseudonymised when old).
    public static func holdsPersonalData(_ r: ResidentData?) -> Bool { !fields(of: r).isEmpty }

    /// The pseudonym the purge recorded as entry `seq` gives the `n`-th person: `P-43-7`.
    public static func pseudonym(seq: Int, person n: Int) -> String { "P-\(seq)-\(n)" }

    /// Whether `name` is a pseudonym given by a purge.
    public static func isPseudonym(_ name: String) -> Bool {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0] == "P" && [parts[1], parts[2]].allSatisfy {
            !$0.isEmpty && $0.utf8.count <= 10 && $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
        }
    }

    /// The resident's data replaced by `pseudonym`; `text` (a summary) scrubbed of the name,
    /// each word of it, the phone, e-mail and address.
    public static func pseudonymised(_ r: ResidentData, _ text: String, as pseudonym: String) -> (ResidentData, String) {
        var s = text
        for f in PersonalField.allCases {
            guard let v = f.value(in: r)?.trimmed, !v.isEmpty, !(f == .name && isPseudonym(v)) else { continue }
            s = TextFold.replacing(v, in: s, with: f == .name ? pseudonym : "[…]")
            if f == .name {
                // "Pan Łęcki zgłosił": the words of a name on their own, not inside other words.
                for word in v.split(whereSeparator: { $0.isWhitespace }) where word.count >= 3 {
                    s = TextFold.replacing(String(word), in: s, with: pseudonym, wholeWords: true)
                }
                s = replacingForms(of: v, in: s, with: pseudonym)
            }
            if f == .phone {
                let digits = String(v.filter(\.isNumber))
                if digits.count >= 6, digits != v { s = TextFold.replacing(digits, in: s, with: "[…]") }
            }
        }
        return (ResidentData(name: pseudonym), s)
    }

    /// Polish case endings (folded: no diacritics) a name takes in a sentence: Łęcki → Łęckiego,
    /// Łęckim; Nowak → Nowaka, Nowakowi; Anna → Annie, Anną; Kowalska → Kowalskiej.
    static let caseEndings = ["a", "u", "owi", "em", "ie", "ego", "emu", "ym", "im", "e", "y", "i", "ej", "iej", "o", "om",
                              "ami", "ach", "owie", "ow"]

    /// The folded forms a name's words take in a sentence: each word (3 letters or more), and
    /// its stem (the word, or without a final vowel) with each case ending.
    static func forms(of name: String) -> Set<String> {
        var out: Set<String> = []
        for word in name.split(whereSeparator: { !$0.isLetter }) where word.count >= 3 {
            let w = TextFold.key(String(word))
            out.insert(w)
            var stems = [w]
            if let last = w.last, "aeiouy".contains(last), w.count >= 4 { stems.append(String(w.dropLast())) }
            for stem in stems { for e in caseEndings { out.insert(stem + e) } }
        }
        return out
    }

    /// `text` with every word that is a form of `name` (see `forms(of:)`) replaced by
    /// `replacement`. Over-scrubbing a word that only looks like a form of the name is the
    /// safe side; forms with a changed stem (Wieczorek → Wieczorka) stay, and `privacy find`
    /// still shows them.
    static func replacingForms(of name: String, in text: String, with replacement: String) -> String {
        let forms = forms(of: name)
        guard !forms.isEmpty else { return text }
        var out = ""
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            out += forms.contains(TextFold.key(word)) ? replacement : word
            word = ""
        }
        for ch in text {
            if ch.isLetter { word.append(ch) } else { flush(); out.append(ch) }
        }
        flush()
        return out
    }

    /// A contact as reports show it unless asked for personal data: without `resident`.
    public static func withoutPersonalData(_ c: ResidentContact) -> ResidentContact {
        var out = c
        out.resident = nil
        return out
    }
}

/// The purge of personal data, as a change: the listed contacts' residents become their
/// pseudonyms. `Store.purgePersonalData` records it after rewriting the journal history.
public struct Pseudonymisation: Codable, Sendable, Equatable {
    /// Contacts recorded before this day were pseudonymised.
    public var before: Day
    public var contacts: [PseudonymisedContact]
}

public struct PseudonymisedContact: Codable, Sendable, Equatable {
    public var contact: Int
    public var pseudonym: String
}

extension Model {
    mutating func apply(_ p: Pseudonymisation) throws {
        var next = contacts
        for item in p.contacts {
            guard let i = Model.find(item.contact, in: next) else { throw BeatError.rejected(.unknownContact(item.contact)) }
            guard PersonalData.isPseudonym(item.pseudonym) else { throw BeatError.rejected(.notAPseudonym(item.pseudonym)) }
            guard let r = next[i].resident else { continue }
            let (pseudonymous, summary) = PersonalData.pseudonymised(r, next[i].summary, as: item.pseudonym)
            next[i].resident = pseudonymous
            next[i].summary = summary
        }
        contacts = next
    }
}
