import Foundation

/// The inbox, processed and failed folders: a missing one is created (mode 0750, with its parents); a path that
/// exists but is not a folder is an error naming it.
public enum InboxFolders {
    /// The mode of a folder bibd creates: the owner writes, its group reads, others see nothing.
    public static let mode: Int = 0o750

    /// Creates `url` when missing; returns whether it was created. Throws when it exists and is not a folder.
    @discardableResult
    public static func ensure(_ url: URL) throws -> Bool {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) {
            guard isDir.boolValue else { throw InboxFolderError.notAFolder(url.path) }
            return false
        }
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: NSNumber(value: mode)])
        return true
    }

    /// The files set aside in `failed` (sidecars and hidden names not counted).
    public static func failedFileCount(in failed: URL) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: failed.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(InboxMover.sidecarSuffix) }.count
    }
}

/// A configured inbox folder that cannot be one.
public enum InboxFolderError: Error, CustomStringConvertible, Sendable {
    case notAFolder(String)

    public var description: String {
        switch self {
        case .notAFolder(let path): return "\(path) exists and is not a folder"
        }
    }
}
