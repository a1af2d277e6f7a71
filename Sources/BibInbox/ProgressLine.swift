import Foundation

/// The live progress line of a long ingest or refresh on a terminal: files done of the total, the rate and the
/// time left, redrawn in place at most every `interval` seconds. Per-file outcomes are printed as they happen
/// above it (`clear` wipes the line first); when output is piped there is no live line, only those outcomes.
public final class ProgressLine: @unchecked Sendable {
    let total: Int
    let started: Date
    let interval: Double
    let write: (String) -> Void
    private var lastDrawn = Date.distantPast
    private var shown = false

    public init(total: Int, interval: Double = 0.2, started: Date = Date(), write: @escaping (String) -> Void) {
        self.total = total; self.interval = interval; self.started = started; self.write = write
    }

    /// The line on screen now, which a log line must wipe before it is written (`BibdLogHandler` does).
    nonisolated(unsafe) private static var active: ProgressLine?
    private static let activeLock = NSLock()

    /// Makes this the line that log lines wipe; `finish()` ends that.
    public func activate() {
        ProgressLine.activeLock.lock(); defer { ProgressLine.activeLock.unlock() }
        ProgressLine.active = self
    }

    /// Wipes the active live line, if any (called before a log line is written).
    public static func clearActive() {
        activeLock.lock(); defer { activeLock.unlock() }
        active?.clear()
    }

    /// Redraws the line after `done` files (always for the last one).
    public func update(done: Int, now: Date = Date()) {
        guard done == total || now.timeIntervalSince(lastDrawn) >= interval else { return }
        lastDrawn = now
        shown = true
        write("\r\u{1B}[K" + ProgressLine.text(done: done, total: total, elapsed: now.timeIntervalSince(started)))
    }

    /// Wipes the live line so that an outcome line can be printed in its place.
    public func clear() {
        guard shown else { return }
        write("\r\u{1B}[K")
        shown = false
        lastDrawn = .distantPast
    }

    /// Ends the live line, leaving its last state on screen.
    public func finish() {
        if shown { write("\n") }
        shown = false
        ProgressLine.activeLock.lock(); defer { ProgressLine.activeLock.unlock() }
        if ProgressLine.active === self { ProgressLine.active = nil }
    }

    /// "[120/363] 14.2 files/s, 17 s left" (the rate and the time left once a file is done).
    public static func text(done: Int, total: Int, elapsed: Double) -> String {
        let head = "[\(done)/\(total)]"
        guard done > 0, elapsed > 0 else { return head }
        let rate = Double(done) / elapsed
        let left = Double(total - done) / rate
        return head + " " + String(format: "%.1f files/s", rate) + ", " + (done == total ? "done in \(duration(elapsed))" : "\(duration(left)) left")
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min \(s % 60) s" }
        return "\(s / 3600) h \(s % 3600 / 60) min"
    }
}
