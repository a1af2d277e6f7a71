import ArgumentParser
import BibPipeline
import BibServe
import Foundation

/// `bibd serve`: the local web server over the library (pull export, review, browse).
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the library over HTTP on this machine: pull export, the review page, search and status.",
        discussion: """
            Listens on the config's serve.listen and serve.port (127.0.0.1:8765) unless --listen/--port name others;
            a non-loopback address is refused unless the config sets serve.allow_remote. Writes need the token in the
            store's serve.token file (made on first start, mode 0600); the login URL printed at start gives a browser
            a session. Stops on SIGTERM or SIGINT.
            """)

    @OptionGroup var options: StoreOptions

    @Option(help: "TCP port (default: the config's serve.port; 0 picks a free one).")
    var port: Int?

    @Option(help: "Address to listen on (default: the config's serve.listen).")
    var listen: String?

    func validate() throws {
        if let port, !(0...65535).contains(port) { throw ValidationError("--port must be from 0 to 65535") }
    }

    func run() throws {
        // A daemon whose standard output went away (a journal restarted) goes on working.
        StandardStream.closedOutputEndsProcess = false
        let library = try options.openLibrary()
        let server: LibraryServer
        do { server = try LibraryServer(library: library, listen: listen, port: port) } catch let e as ServeError {
            Console.error(e.description)
            throw ExitCode(ExitCodes.badConfig)
        }
        try ServeRunner.run(server)
    }
}

/// Runs a server to its end from synchronous code (the commands are synchronous), printing the URLs at start.
enum ServeRunner {
    static func run(_ server: LibraryServer) throws {
        let outcome = ServeOutcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await server.run { port in
                    Console.line("bibd serve: http://\(server.listen.contains(":") ? "[\(server.listen)]" : server.listen):\(port)/")
                    Console.line("log in to decide pairs: \(server.loginURL(port: port))")
                }
            } catch {
                outcome.set(error)
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            Console.error("bibd serve stopped: \(error)")
            throw ExitCode.failure
        }
    }
}

/// The error a server task ended with, handed back to the waiting thread.
final class ServeOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?
    var error: Error? { lock.lock(); defer { lock.unlock() }; return stored }
    func set(_ e: Error) { lock.lock(); stored = e; lock.unlock() }
}
