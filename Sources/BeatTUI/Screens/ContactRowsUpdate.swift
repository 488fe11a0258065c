import BeatCore

/// The contact list after a save: the few contacts the save touched leave the rows and come
/// back where they belong, instead of 300,000 contacts sorted and filtered again — which
/// took a tenth of a second at every save on a city station.
extension ContactRows {
    /// Newest first: the later time, then the higher number (the order of `newestFirst`).
    static func newer(_ a: ResidentContact, _ b: ResidentContact) -> Bool {
        a.time.seconds != b.time.seconds ? a.time.seconds > b.time.seconds : a.id > b.id
    }

    /// `rows` — places in the log, in `before`'s order, made when the log had `oldCount`
    /// contacts — after contacts were edited in place (`edited`, by number) and added at the
    /// end: those leave the rows and come back where `before` puts them, when `keep` keeps
    /// them. Nil when that is not what happened (a contact gone), or too much did.
    static func updated(_ rows: [Int32], in all: [ResidentContact], edited: Set<Int>, oldCount: Int,
                        keep: (ResidentContact) -> Bool, before: (ResidentContact, ResidentContact) -> Bool) -> [Int32]? {
        guard oldCount <= all.count, all.count - oldCount <= 64, edited.count <= 64 else { return nil }
        var out = rows
        var touched: [Int32] = []
        for id in edited {
            guard let p = place(of: id, in: all), p < oldCount else { return nil }
            if let i = out.firstIndex(of: Int32(p)) { out.remove(at: i) }
            touched.append(Int32(p))
        }
        touched += (oldCount..<all.count).map { Int32($0) }
        all.withUnsafeBufferPointer { cs in
            for p in touched where keep(cs[Int(p)]) {
                let c = cs[Int(p)]
                var lo = 0, hi = out.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if before(cs[Int(out[mid])], c) { lo = mid + 1 } else { hi = mid }
                }
                out.insert(p, at: lo)
            }
        }
        return out
    }

    /// Where contact `id` is in the log (sorted by number).
    static func place(of id: Int, in all: [ResidentContact]) -> Int? {
        var lo = 0, hi = all.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if all[mid].id == id { return mid }
            if all[mid].id < id { lo = mid + 1 } else { hi = mid - 1 }
        }
        return nil
    }
}
