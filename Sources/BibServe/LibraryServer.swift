import BibPipeline
import Foundation
import Hummingbird
import Logging

/// `bibd serve`: the HTTP server over a library (Hummingbird), a thin shell over `ServedLibrary`.
public struct LibraryServer: Sendable {
    public let served: ServedLibrary
    public let listen: String
    public let port: Int
    let loopbackOnly: Bool

    /// A server for `library` on `listen`:`port` (defaults from the config's `serve` settings). Refuses a
    /// non-loopback address unless the config allows remote clients; makes the store's token on first start.
    public init(library: Library, listen: String? = nil, port: Int? = nil, limits: ServeLimits = ServeLimits()) throws {
        let settings = library.config.serve
        let address = listen ?? settings.listen
        try ListenPolicy.check(address, settings: settings)
        self.listen = address
        self.port = port ?? settings.port
        loopbackOnly = ListenPolicy.isLoopback(address)
        served = ServedLibrary(library: library, token: try ServeToken.loadOrCreate(in: library.store.directory), limits: limits)
    }

    /// The router with every route; unknown paths get 404.
    func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: RequestGuard(loopbackOnly: loopbackOnly))
        PageRoutes.add(to: router, served)
        ExportRoutes.add(to: router, served)
        DecisionRoutes.add(to: router, served)
        return router
    }

    /// Serves until the task is cancelled or (with `handleSignals`) SIGTERM/SIGINT arrives; `onStart` gets the
    /// port actually bound (port 0 asks for any free one).
    public func run(handleSignals: Bool = true, logger: Logger = Logger(label: "bibd.serve"),
                    onStart: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let app = Application(router: router(), configuration: .init(address: .hostname(listen, port: port), serverName: "bibd"),
                              onServerRunning: { channel in await onStart(channel.localAddress?.port ?? port) }, logger: logger)
        if handleSignals { try await app.runService() } else { try await app.run() }
    }

    /// The URL that logs a browser in (printed at start).
    public func loginURL(port: Int) -> String {
        let host = listen.contains(":") ? "[\(listen)]" : listen
        return "http://\(host):\(port)/login?token=\(served.token.value)"
    }
}
