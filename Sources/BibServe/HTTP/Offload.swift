import Dispatch

/// Runs blocking store work (SQLite, rendering) off the concurrency pool, so that slow requests never starve the
/// threads that accept and answer the others.
enum Offload {
    private static let queue = DispatchQueue(label: "bibd.serve.work", qos: .userInitiated, attributes: .concurrent)

    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body() }) }
        }
    }
}
