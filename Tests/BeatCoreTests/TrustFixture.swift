@testable import BeatCore
import BeatDemo
import Foundation
import XCTest

/// A small store with every kind of file — snapshot, two contact segments, history, a live
/// journal — and residents' personal data old and new, built through the store's own API.
enum TrustFixture {
    static let clock = Clock(today: Fixture.today, now: Fixture.at("2026-11-22", 9))
    static let now = clock.now

    static func contact(_ day: String, resident: ResidentData?, summary: String, category: ThreatCategory = .publicDrinking,
                        place: String = "skwer przy ul. Łódzkiej") -> Change {
        .addContact(ContactDraft(time: Fixture.at(day, 18), officer: "nowicki", district: "dobrzec", beat: "dobrzec-1", place: place,
                                 channel: .phone, category: category, summary: summary, resident: resident))
    }

    static let lecki = ResidentData(name: "Zdzisław Łęcki", phone: "600 100 200", address: "ul. Łódzka 12/4")

    /// history/journal-000001-000004.jsonl, history/journal-000005-000007.jsonl, two live lines.
    @discardableResult
    static func makeStore(at dir: String) throws -> Store {
        let store = try Store.create(at: dir, model: Fixture.model(), clock: clock)
        try store.append([
            contact("2024-03-05", resident: lecki, summary: "Pan Zdzisław Łęcki (tel. 600100200) skarży się na hałas"),
            contact("2024-05-10", resident: ResidentData(name: "zdzislaw LECKI", email: "z.lecki@example.pl"), summary: "Łęcki znów dzwonił"),
            .addNote(NoteAddition(task: 1, text: "Rozmowa z mieszkańcami skweru")),
            contact("2026-10-15", resident: ResidentData(name: "Anna Nowak", phone: "+48 500 600 700"), summary: "Ławki przy szkole"),
        ], by: "nowicki", at: now)
        try store.compact(by: "nowicki")
        try store.append([
            contact("2024-04-01", resident: ResidentData(name: "Jan Kowalski", address: "ul. Dobrzecka 5"), summary: "Wysypisko", category: .illegalDumping),
            .removeContact(Removal(id: 4)),
            .markFollowUp(FollowUpMark(contact: 3, done: Day("2026-11-20"))),
        ], by: "zielinska", at: now)
        try store.compact(by: "zielinska")
        try store.append([
            contact("2024-06-20", resident: ResidentData(name: "Zdzisław Łęcki"), summary: "Pan Łęcki o oświetleniu"),
            .setTaskStatus(TaskStatusUpdate(task: 2, status: .inProgress)),
        ], by: "nowicki", at: now)
        return store
    }

    /// Every file under `dir` (relative path → bytes).
    static func files(_ dir: String) -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        func walk(_ rel: String) {
            for name in Disk.list(dir + "/" + rel) {
                let r = rel.isEmpty ? name : rel + "/" + name
                if Disk.isDirectory(dir + "/" + r) { walk(r) } else { out[r] = (try? Disk.read(dir + "/" + r)) ?? nil }
            }
        }
        walk("")
        return out
    }

    /// Replaces a file's content in place (no temporary file: the corpus writes thousands).
    static func write(_ bytes: [UInt8], to path: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return XCTFail("cannot write \(path)") }
        defer { close(fd) }
        try? Disk.writeAll(fd, bytes, path: path)
    }

    /// Copies a store folder (`cp -a`).
    static func copy(_ from: String, to: String) throws {
        try? FileManager.default.removeItem(atPath: to)
        try FileManager.default.copyItem(atPath: from, toPath: to)
    }

    /// Whether `message` is `DIR/FILE:LINE:COLUMN: reason` for a file of the store in `dir`.
    static func isLocated(_ message: String, in dir: String, file: String? = nil) -> Bool {
        guard message.hasPrefix(dir + "/") else { return false }
        let parts = message.dropFirst(dir.count + 1).split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, Int(parts[1]) ?? 0 > 0, Int(parts[2]) ?? 0 > 0, parts[3].hasPrefix(" "), parts[3].count > 2 else { return false }
        return file.map { String(parts[0]) == $0 } ?? true
    }

    /// A fresh temporary folder path, removed after the test.
    static func folder(_ test: XCTestCase, _ name: String = "store") -> String {
        let dir = NSTemporaryDirectory() + "beat-trust-\(UUID().uuidString)/" + name
        test.addTeardownBlock { try? FileManager.default.removeItem(atPath: (dir as NSString).deletingLastPathComponent) }
        return dir
    }
}

/// A small, fast, seeded generator: the demo's SplitMix64, so the same seed gives the same corpus.
typealias SeededRandom = SplitMix64
