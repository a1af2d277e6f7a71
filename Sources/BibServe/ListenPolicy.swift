import BibPipeline
import Foundation

/// Which addresses the server may bind: loopback always, any other only when the config allows remote clients.
public enum ListenPolicy {
    /// Host names and address forms that only this machine can reach.
    static func isLoopback(_ address: String) -> Bool {
        let a = address.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if a == "localhost" || a == "::1" || a == "0:0:0:0:0:0:0:1" { return true }
        let parts = a.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// Throws `ServeError.remoteNotAllowed` unless `address` is loopback or `settings` allow remote clients.
    public static func check(_ address: String, settings: ServeConfig) throws {
        guard isLoopback(address) || settings.allowRemote else { throw ServeError.remoteNotAllowed(address) }
    }
}
