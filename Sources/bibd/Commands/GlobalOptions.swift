import ArgumentParser
import BibInbox
import BibPipeline
import BibStore
import Foundation
import Logging

/// Options every store-using command shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "Config file (YAML). Default: $BIBD_CONFIG, then ./config/bibd.yaml, then built-in defaults.")
    var config: String?

    @Option(name: .long, help: "Store folder (overrides the config file's 'store').")
    var store: String?

    @Flag(name: .long, help: "Log every file's outcome to stderr (the config's log_level); otherwise only warnings.")
    var verbose = false

    /// The resolved configuration with command-line overrides applied; a bad config exits with code 78.
    func resolvedConfig() throws -> Config {
        do {
            var c = try Config.resolve(explicit: config)
            if let store { c.store = store }
            return c
        } catch let e as PipelineError {
            Console.error(e.description)
            throw ExitCode(ExitCodes.badConfig)
        }
    }

    /// Opens the library (taking the store lock); a busy store exits with code 75, a refused one with 66.
    func openLibrary(lockWait: Double = 30, opening: StoreOpening = .existing) throws -> Library {
        let c = try resolvedConfig()
        LogSetup.bootstrap(level: verbose ? c.logLevel : "warning")
        return try StoreOptions.open(c, lockWait: lockWait, opening: opening)
    }

    /// Opens the library for `config`, turning failures into a one-line message and an exit status.
    static func open(_ config: Config, lockWait: Double, opening: StoreOpening = .existing) throws -> Library {
        do {
            return try Library(config: config, logger: Logger(label: "bibd"), lockWait: lockWait, opening: opening)
        } catch let e as StoreError where e.isRefusal {
            Console.error(e.description)
            throw ExitCode(ExitCodes.storeRefused)
        } catch let e as PipelineError {
            Console.error(e.description)
            if case .storeBusy = e { throw ExitCode(ExitCodes.storeBusy) }
            throw ExitCode.failure
        } catch {
            Console.error(String(describing: error))
            throw ExitCode.failure
        }
    }
}

/// Exit statuses beyond 0/1, chosen from sysexits.h so that cron and systemd can tell them apart.
enum ExitCodes {
    /// EX_CONFIG: the configuration is invalid.
    static let badConfig: Int32 = 78
    /// EX_TEMPFAIL: the store is locked by another bibd.
    static let storeBusy: Int32 = 75
    /// EX_DATAERR: `export --keys/--cited-in` names a key the store does not hold (the rest is still written).
    static let missingCitedKey: Int32 = 65
    /// EX_UNAVAILABLE: the export format cannot hold a work (the rest is still written).
    static let workNotExportable: Int32 = 69
    /// EX_NOINPUT: no usable store: none here (and the command may not create one), its database lost while
    /// its exports remain, or a database that is not bibd's. Nothing was written.
    static let storeRefused: Int32 = 66
}

/// Plain output helpers: results on stdout, diagnostics on stderr, control characters escaped in both.
enum Console {
    static func error(_ s: String) {
        StandardStream.err("bibd: " + LogText.escaped(s) + "\n")
    }

    /// One result line on stdout, written at once (unbuffered) so that piped output streams.
    static func line(_ s: String) {
        StandardStream.out(LogText.escaped(s) + "\n")
    }

    /// A live progress line on stderr for `total` items, or nil when stderr is not a terminal or the job is short.
    static func progressLine(total: Int) -> ProgressLine? {
        guard stderrIsTerminal, total > 20 else { return nil }
        let line = ProgressLine(total: total) { progress($0) }
        line.activate()
        return line
    }

    static func progress(_ s: String) {
        StandardStream.err(s)
    }

    static var stderrIsTerminal: Bool { isatty(2) == 1 }
}

/// Sets up swift-log once per process: logs go to stderr at the configured level, as `BibdLogHandler` lines.
enum LogSetup {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var done = false

    static func bootstrap(level: String) {
        lock.lock()
        defer { lock.unlock() }
        guard !done else { return }
        done = true
        let lvl = Logger.Level(rawValue: level) ?? .info
        let journal = BibdLogHandler.stderrIsJournal
        LoggingSystem.bootstrap { label in BibdLogHandler(label: label, level: lvl, journal: journal) }
    }
}

/// Expands the command-line paths: files as given, folders to the files inside them (sorted, hidden skipped).
func expandInputs(_ paths: [String]) -> [URL] {
    var out: [URL] = []
    for p in paths {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: p)) ?? []
            for n in names.sorted() where !n.hasPrefix(".") {
                var sub: ObjCBool = false
                let full = (p as NSString).appendingPathComponent(n)
                if FileManager.default.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue {
                    out.append(URL(fileURLWithPath: full))
                }
            }
        } else {
            out.append(URL(fileURLWithPath: p))
        }
    }
    return out
}
