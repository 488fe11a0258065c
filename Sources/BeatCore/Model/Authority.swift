/// Who is acting, and what they may change — checked before a change is written (never when
/// the journal is read back: what was allowed when written stays valid).
///
/// - Logins: when any officer has a `login`, the Unix account running Beat names the officer
///   acting. Acting as someone else (`--as`, `BEAT_OFFICER`) needs the account of an active
///   supervisor; an account that is no officer's login cannot write. Without logins, the
///   officer named is taken at their word (checked only to exist), as before logins existed.
/// - Roles: when any active officer is a supervisor, reference data — districts, beats,
///   officers, teams and their members, organisations, imports — is changed by supervisors
///   only. Every refusal names who may do it.
public enum Authority {
    /// The officer acting: `requested` (`--as`, `BEAT_OFFICER`, a saved choice) checked against
    /// the Unix `account`; nil when no officer is named and the account is no officer's.
    /// `saved`: a choice remembered from an earlier session, which logins override rather than refuse.
    public static func acting(requested: String?, saved: String? = nil, account: String, in model: Model) throws -> String? {
        guard model.loginsConfigured else {
            if let id = requested {
                guard model.officer(id) != nil else { throw BeatError.usage(L10n.unknownOfficer(id)) }
                return id
            }
            // A choice saved while using another store (the demo's, say) names no one here:
            // it must not stop a new station from being set up.
            guard let saved, model.officer(saved) != nil else { return nil }
            return saved
        }
        let me = model.officer(login: account).flatMap { $0.active ? $0 : nil }
        guard let id = requested, id != me?.id else { return me?.id }
        guard let me, me.role == .supervisor else {
            throw BeatError.notPermitted(L10n.cannotActAs(id, account: account, me: me?.id, supervisors: model.supervisors.map(\.title)))
        }
        guard model.officer(id) != nil else { throw BeatError.usage(L10n.unknownOfficer(id)) }
        return id
    }

    /// Who the journal records for a change made by `actor`: the officer, else (without
    /// logins) `user:ACCOUNT`; with logins an unknown account is refused.
    public static func journalName(actor: String?, account: String, in model: Model) throws -> String {
        if let actor { return actor }
        guard !model.loginsConfigured else {
            throw BeatError.notPermitted(L10n.accountUnknown(account, supervisors: model.supervisors.map(\.title)))
        }
        return "user:" + account
    }

    /// Whether `change` may be made by `actor` (an officer's id, or nil).
    public static func check(_ change: Change, by actor: String?, in model: Model) throws {
        guard change.isReferenceData, model.rolesConfigured else { return }
        if let actor, let o = model.officer(actor), o.active, o.role == .supervisor { return }
        throw BeatError.notPermitted(L10n.supervisorsOnly(model.supervisors.map(\.title)))
    }
}

extension Change {
    /// Districts, beats, officers, teams and their members, organisations, imports: the
    /// station's set-up, which supervisors change when roles are configured.
    public var isReferenceData: Bool {
        switch self {
        case .putDistrict, .putBeat, .putOfficer, .putTeam, .putOrganisation, .putMember, .removeMember, .editTeam,
             .deactivateOfficer, .importRecords, .importFigures, .putProgramme:
            return true
        default:
            return false
        }
    }
}
