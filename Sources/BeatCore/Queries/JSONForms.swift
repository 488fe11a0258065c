/// The documented JSON forms of Beat's records (README, "JSON output"). Scripts rely on
/// these keys: add keys freely, never rename or drop one.
public enum JSONForms {
    /// `id, name, rank, badge, district, beat, phone, email, active, gender, login, role`
    public static func officer(_ o: Officer) -> JSONValue {
        ["id": .string(o.id), "name": .string(o.name), "rank": .string(o.rank), "badge": .string(o.badge),
         "district": .string(o.district), "beat": .string(o.beat), "phone": .string(o.phone),
         "email": .string(o.email), "active": .bool(o.active), "gender": .string(o.gender?.rawValue),
         "login": .string(o.login), "role": .string(o.role.rawValue)]
    }

    /// `id, name, city, residents`
    public static func district(_ d: District) -> JSONValue {
        ["id": .string(d.id), "name": .string(d.name), "city": .string(d.city), "residents": .int(d.residents)]
    }

    /// `id, district, number, name, streets`
    public static func beat(_ b: Beat) -> JSONValue {
        ["id": .string(b.id), "district": .string(b.district), "number": .int(b.number), "name": .string(b.name),
         "streets": .array(b.streets.map { .string($0) })]
    }

    /// `id, district, name, members` (each `id, name, role, organisation, phone, email, gender, nominatedBy`;
    /// `organisation` is an organisation's id, or a name from before organisations were records, or null).
    public static func team(_ t: CoordinationTeam) -> JSONValue {
        ["id": .string(t.id), "district": .string(t.district), "name": .string(t.name),
         "members": .array(t.members.map { m in
             ["id": .string(m.id), "name": .string(m.name), "role": .string(m.role.rawValue),
              "organisation": .string(m.organisation.isEmpty ? nil : m.organisation), "phone": .string(m.phone),
              "email": .string(m.email), "gender": .string(m.gender?.rawValue), "nominatedBy": .string(m.nominatedBy)]
         })]
    }

    /// `id, name, kind, district, phone, email`
    public static func organisation(_ o: PartnerOrganisation) -> JSONValue {
        ["id": .string(o.id), "name": .string(o.name), "kind": .string(o.kind.rawValue), "district": .string(o.district),
         "phone": .string(o.phone), "email": .string(o.email)]
    }

    /// null, or `{"member": ID}` / `{"organisation": ID}`.
    public static func partnerRef(_ r: PartnerRef?) -> JSONValue {
        switch r {
        case .member(let id)?: return ["member": .string(id)]
        case .organisation(let id)?: return ["organisation": .string(id)]
        case nil: return .null
        }
    }

    /// `id, title, status, due, assignee, holder, plan, district, priority, description, reason,
    /// partners, meeting, carriedFrom, overdue, created, createdBy, notes, support` (`unit, what,
    /// day, open, asked`)
    public static func task(_ t: PlanTask, today: Day) -> JSONValue {
        ["id": .int(t.id), "title": .string(t.title), "status": .string(t.status.rawValue),
         "due": .string(t.due?.description), "assignee": .string(t.assignee), "holder": partnerRef(t.holder), "plan": .int(t.plan),
         "district": .string(t.district), "priority": .string(t.priority.rawValue),
         "description": .string(t.description), "reason": .string(t.reason),
         "partners": .array(t.partners.map { .string($0) }), "meeting": .int(t.meeting), "carriedFrom": .int(t.carriedFrom),
         "overdue": .bool(t.isOverdue(on: today)), "created": .string(t.created.description),
         "createdBy": .string(t.createdBy),
         "notes": .array(t.notes.map { ["at": .string($0.at.description), "author": .string($0.author), "text": .string($0.text)] }),
         "support": .array(t.support.map {
             ["unit": .string($0.unit), "what": .string($0.what), "day": .string($0.day.description), "open": .bool($0.isOpen),
              "asked": .string($0.asked?.description)]
         })]
    }

    /// `id, time, officer, district, beat, channel, category, place, summary, resident,
    /// followUp, followUpDone, task, with`. `resident` is null unless `personalData` is set.
    public static func contact(_ c: ResidentContact, personalData: Bool = true) -> JSONValue {
        var resident: JSONValue = .null
        if personalData, let r = c.resident {
            var o: [String: JSONValue] = ["name": .string(r.name)]
            if let p = r.phone { o["phone"] = .string(p) }
            if let e = r.email { o["email"] = .string(e) }
            if let a = r.address { o["address"] = .string(a) }
            resident = .object(o)
        }
        return ["id": .int(c.id), "time": .string(c.time.description), "officer": .string(c.officer),
                "district": .string(c.district), "beat": .string(c.beat), "channel": .string(c.channel.rawValue),
                "category": .string(c.category.rawValue), "place": .string(c.place), "summary": .string(c.summary),
                "resident": resident, "followUp": .string(c.followUp?.description),
                "followUpDone": .string(c.followUpDone?.description), "task": .int(c.task), "with": partnerRef(c.with)]
    }

    /// `id, team, day, attendees, officers, minutes, decisions` (`text`, `task`, `closes`:
    /// null or `plan`, `outcome`; `adopts`: null or a plan), `next` (null or `day`, `place`).
    public static func meeting(_ m: Meeting) -> JSONValue {
        ["id": .int(m.id), "team": .string(m.team), "day": .string(m.day.description),
         "attendees": .array(m.attendees.map { .string($0) }), "officers": .array(m.officers.map { .string($0) }),
         "minutes": .string(m.minutes),
         "decisions": .array(m.decisions.map { d in
             ["text": .string(d.text), "task": .int(d.task),
              "closes": d.closes.map { ["plan": .int($0.plan), "outcome": .string($0.outcome.rawValue)] } ?? .null,
              "adopts": .int(d.adopts)]
         }),
         "next": m.next.map { ["day": .string($0.day.description), "place": .string($0.place)] } ?? .null]
    }

    /// `id, district, title, start, end, status, category, tasksDone, tasksTotal, overdue,
    /// outcome` (null until the plan is evaluated).
    public static func plan(_ p: SafetyPlan, progress: PlanProgress) -> JSONValue {
        ["id": .int(p.id), "district": .string(p.district), "title": .string(p.title),
         "start": .string(p.start.description), "end": .string(p.end.description), "status": .string(p.status.rawValue),
         "category": .string(p.threat.category.rawValue), "tasksDone": .int(progress.done), "tasksTotal": .int(progress.total),
         "overdue": .int(progress.overdue), "outcome": p.evaluation.map { .string($0.outcome.rawValue) } ?? .null]
    }

    /// `plan, category, district, from, to, beforeFrom, beforeTo, inCategory, inDistrict`
    /// (each `now, before, change`), `tasksDone, tasksTotal`.
    public static func evidence(_ e: PlanEvidence) -> JSONValue {
        func count(_ n: CountChange) -> JSONValue { ["now": .int(n.now), "before": .int(n.before), "change": .int(n.change)] }
        return ["plan": .int(e.plan.id), "category": .string(e.plan.threat.category.rawValue), "district": .string(e.plan.district),
                "from": .string(e.from.description), "to": .string(e.to.description),
                "beforeFrom": .string(e.beforeFrom.description), "beforeTo": .string(e.beforeTo.description),
                "inCategory": count(e.inCategory), "inDistrict": count(e.inDistrict),
                "tasksDone": .int(e.progress.done), "tasksTotal": .int(e.progress.total)]
    }
}
