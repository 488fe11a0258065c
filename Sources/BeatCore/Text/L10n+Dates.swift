/// The catalogue, continued: days written out for running text and letters ("5 grudnia
/// 2026 r.", the month in the genitive). Tables and data keep ISO days.
extension L10n {
    private static let polishMonths = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
                                       "września", "października", "listopada", "grudnia"]
    private static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                        "October", "November", "December"]

    /// `5 grudnia 2026 r.`, `5 December 2026`.
    public static func longDate(_ d: Day) -> String {
        tr("\(d.day) \(polishMonths[d.month - 1]) \(d.year) r.", "\(d.day) \(englishMonths[d.month - 1]) \(d.year)")
    }

    /// `5 grudnia`, `5 December`: a day of the year the text already names.
    public static func longDateInYear(_ d: Day) -> String {
        tr("\(d.day) \(polishMonths[d.month - 1])", "\(d.day) \(englishMonths[d.month - 1])")
    }

    /// A day in a text written in `year`: `7 grudnia` that year, else `7 grudnia 2027 r.`.
    public static func longDate(_ d: Day, year: Int) -> String {
        d.year == year ? longDateInYear(d) : longDate(d)
    }

    /// `od 6 września do 5 grudnia 2026 r.`; `od 6 do 20 grudnia 2026 r.` within a month;
    /// `od 6 grudnia 2025 r. do 5 marca 2026 r.` across a year.
    public static func longPeriod(_ f: Day, _ t: Day) -> String {
        if f.year != t.year { return tr("od \(longDate(f)) do \(longDate(t))", "from \(longDate(f)) to \(longDate(t))") }
        if f.month == t.month { return tr("od \(f.day) do \(longDate(t))", "from \(f.day) to \(longDate(t))") }
        return tr("od \(longDateInYear(f)) do \(longDate(t))", "from \(longDateInYear(f)) to \(longDate(t))")
    }
}
