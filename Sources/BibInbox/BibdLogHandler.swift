import BibPipeline
import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// bibd's log lines on stderr: one line per event, control characters escaped in the message and in every
/// metadata value. Under journald (stderr is the stream named by `JOURNAL_STREAM`) each line starts with its
/// syslog priority (`<3>` error, `<4>` warning, `<6>` info…) and carries no timestamp, so that
/// `journalctl -p warning` shows the failures; elsewhere a line starts with its UTC time.
public struct BibdLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    let label: String
    let journal: Bool

    public init(label: String, level: Logger.Level, journal: Bool = BibdLogHandler.stderrIsJournal) {
        self.label = label; self.logLevel = level; self.journal = journal
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        let line = BibdLogHandler.line(level: event.level, label: label, message: "\(event.message)", metadata: merged,
                                       journal: journal, date: Date())
        ProgressLine.clearActive()
        StandardStream.err(line + "\n")
    }

    /// The syslog priority of each level (sd-daemon(3) prefixes).
    static let priorities: [Logger.Level: Int] = [.trace: 7, .debug: 7, .info: 6, .notice: 5, .warning: 4, .error: 3, .critical: 2]

    /// One formatted line, without its newline.
    public static func line(level: Logger.Level, label: String, message: String, metadata: Logger.Metadata,
                            journal: Bool, date: Date) -> String {
        let meta = metadata.sorted { $0.key < $1.key }.map { "\(LogText.escaped($0.key))=\(LogText.escaped("\($0.value)"))" }
        let body = ([level.rawValue, label + ":", LogText.escaped(message)] + meta).joined(separator: " ")
        if journal { return "<\(priorities[level] ?? 6)>" + body }
        return date.formatted(.iso8601) + " " + body
    }

    /// Whether stderr is connected to the journal: `JOURNAL_STREAM` ("DEVICE:INODE") names stderr's file.
    public static var stderrIsJournal: Bool {
        guard let value = ProcessInfo.processInfo.environment["JOURNAL_STREAM"] else { return false }
        var st = stat()
        guard fstat(2, &st) == 0 else { return false }
        return value == "\(st.st_dev):\(st.st_ino)"
    }
}
