import Foundation

/// Printouts and exports written to a file (`-o FILE`, the interface's `p`): atomically —
/// a temporary file beside it, fsynced, renamed over it — so a reader never sees half a
/// report, and `0600`, since a printout may hold residents' personal data.
public enum OutputFile {
    /// Writes `text` (UTF-8) to `path` and returns the absolute path written. Refuses a
    /// folder that holds a Beat store, so no printout can land on the store's own files.
    @discardableResult
    public static func write(_ text: String, to path: String) throws -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let url = URL(fileURLWithPath: absolute).standardized
        let folder = url.deletingLastPathComponent().path
        if Store.exists(at: folder) { throw BeatError.cannotCreate(L10n.outputIntoStore(url.path)) }
        if Disk.isDirectory(url.path) { throw BeatError.cannotCreate(L10n.cannotWrite(url.path, L10n.outputIsFolder)) }
        guard Disk.isDirectory(folder) else { throw BeatError.cannotCreate(L10n.cannotWrite(url.path, L10n.outputNoFolder(folder))) }
        try Disk.replace(url.path, with: Array(text.utf8))
        return url.path
    }
}

extension OutputFile {
    /// Whether something exists at `path`.
    public static func exists(_ path: String) -> Bool { Disk.exists(path) }
}

extension L10n {
    static func outputIntoStore(_ path: String) -> String {
        tr("\(path): to folder magazynu Beat; zapisz wydruk gdzie indziej.", "\(path): that is a Beat store's folder; write the printout elsewhere.")
    }
    static var outputIsFolder: String { tr("to jest folder", "it is a folder") }
    static func outputNoFolder(_ f: String) -> String { tr("nie ma folderu \(f)", "there is no folder \(f)") }
}
