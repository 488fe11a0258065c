import Foundation

/// The contact log as the model keeps it: the contacts themselves — or, just after a folder
/// store is opened, the snapshot's segment files as bytes, each verified against the digest
/// the manifest recorded when Beat wrote it, and decoded (in parallel, once) the first time
/// anything reads a contact.
///
/// Why: a city station's log is 300,000 contacts in 170 MB. Reading and verifying the bytes
/// costs about what the disk cache does; making 300,000 records with their texts costs ten
/// times that. A command that never reads a contact (a task, a threat, a new contact, a
/// report on plans) no longer pays for them, and one that does pays once.
///
/// A value like the array it stands for: copies share the bytes and what is decoded from
/// them, and a change to one copy never shows in another.
struct ContactLog: Sendable, Equatable {
    private enum Storage: Sendable {
        case decoded([ResidentContact])
        case sealed(SealedLog)
    }

    private var storage: Storage

    init(_ contacts: [ResidentContact]) { storage = .decoded(contacts) }

    /// The log of verified segment files, not yet decoded.
    init(sealed segments: SealedSegments) { storage = .sealed(SealedLog(segments)) }

    /// Whether the log is still the verified segments (with the contacts `apply` added since):
    /// what they hold was checked when Beat wrote them, so a read need not check it again.
    var isSealed: Bool {
        if case .sealed = storage { return true }
        return false
    }

    /// Every contact, in id order; the first read of a sealed log decodes it.
    var contacts: [ResidentContact] {
        switch storage {
        case .decoded(let contacts): return contacts
        case .sealed(let log): return log.contacts()
        }
    }

    /// Adds a contact newer than all others; a sealed log stays sealed.
    mutating func append(_ contact: ResidentContact) {
        switch storage {
        case .decoded(var contacts):
            storage = .decoded([]) // the array alone owns its buffer: appended in place
            contacts.append(contact)
            storage = .decoded(contacts)
        case .sealed(var log):
            storage = .decoded([])
            if log.isRead {
                // Decoded already: from now on an array, appended in place.
                var all = isKnownUniquelyReferenced(&log) ? log.take() : log.contacts()
                all.append(contact)
                storage = .decoded(all)
                return
            }
            if !isKnownUniquelyReferenced(&log) { log = log.copy() }
            log.append(contact)
            storage = .sealed(log)
        }
    }

    /// The contacts as an array this log no longer holds, so that changing it copies
    /// nothing when no other copy of the model shares it. Leaves the log empty.
    mutating func take() -> [ResidentContact] {
        switch storage {
        case .decoded(let contacts):
            storage = .decoded([])
            return contacts
        case .sealed(var log):
            storage = .decoded([])
            return isKnownUniquelyReferenced(&log) ? log.take() : log.contacts()
        }
    }

    static func == (a: ContactLog, b: ContactLog) -> Bool {
        if case .sealed(let x) = a.storage, case .sealed(let y) = b.storage, x === y { return true }
        return a.contacts == b.contacts
    }
}

/// A sealed log of one model value: the shared segments and the contacts added to it since.
/// A model copied and then changed gets a log of its own (`ContactLog.append`).
final class SealedLog: @unchecked Sendable {
    private let lock = NSLock()
    private var segments: SealedSegments
    private var added: [ResidentContact] = []
    /// The segments' contacts and `added`, once read: a second read copies nothing.
    private var joined: [ResidentContact]?

    init(_ segments: SealedSegments) { self.segments = segments }

    func copy() -> SealedLog {
        lock.lock()
        defer { lock.unlock() }
        let c = SealedLog(segments)
        c.added = added
        c.joined = joined
        return c
    }

    /// Adds a contact to a log not yet read.
    func append(_ contact: ResidentContact) {
        lock.lock()
        defer { lock.unlock() }
        added.append(contact)
    }

    /// Whether its contacts have been decoded.
    var isRead: Bool {
        lock.lock()
        defer { lock.unlock() }
        return joined != nil || segments.isDecoded
    }

    func contacts() -> [ResidentContact] {
        lock.lock()
        defer { lock.unlock() }
        if let joined { return joined }
        let all = added.isEmpty ? segments.contacts() : segments.contacts() + added
        joined = all
        return all
    }

    /// The contacts, given up: the caller holds the only reference to this log.
    func take() -> [ResidentContact] {
        lock.lock()
        defer { lock.unlock() }
        let unique = isKnownUniquelyReferenced(&segments)
        if let all = joined {
            joined = nil
            if unique { segments.release() } // so that the array has no other owner
            return all
        }
        var all = unique ? segments.take() : segments.contacts()
        all.append(contentsOf: added)
        return all
    }
}

/// A snapshot's contact segments as verified bytes, decoded once, when first read.
final class SealedSegments: @unchecked Sendable {
    private let lock = NSLock()
    /// The verified bytes until they are decoded (each segment let go of as it is).
    private var bytes: SegmentBytes?
    private var decoded: [ResidentContact]?

    init(_ bytes: SegmentBytes) { self.bytes = bytes }

    func contacts() -> [ResidentContact] {
        lock.lock()
        defer { lock.unlock() }
        return decodedLocked()
    }

    /// The contacts, given up: the caller holds the only reference.
    func take() -> [ResidentContact] {
        lock.lock()
        defer { lock.unlock() }
        let all = decodedLocked()
        decoded = nil
        return all
    }

    /// Lets go of the bytes and of what was decoded: the caller holds the only reference.
    func release() {
        lock.lock()
        defer { lock.unlock() }
        decoded = nil
        bytes = nil
    }

    var isDecoded: Bool {
        lock.lock()
        defer { lock.unlock() }
        return decoded != nil
    }

    private func decodedLocked() -> [ResidentContact] {
        if let decoded { return decoded }
        let all: [ResidentContact]
        do {
            all = try bytes.map { Model.sortedByID(try SnapshotLoading.contacts(consuming: $0)) } ?? []
        } catch {
            // The bytes are those Beat wrote (their digests match what it recorded), and Beat
            // writes what it reads: only a fault in Beat itself, or a file forged to match a
            // digest, comes here. Going on without the contacts would lose them at the next
            // compaction; stopping loses nothing.
            fatalError("\(error)")
        }
        decoded = all
        bytes = nil
        return all
    }
}

extension Model {
    /// Decodes the contact log now if it is still sealed, so that no later read waits for it
    /// (the interface does this on its reading thread).
    mutating func decodeContacts() {
        guard contactLog.isSealed else { return }
        contactLog = ContactLog(contactLog.take())
    }
}
