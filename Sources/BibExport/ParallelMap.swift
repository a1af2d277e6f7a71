import Foundation

/// Order-keeping map over the cores: the exporters render many independent works, and each result lands at its
/// work's position, so the output is the same as a one-core map.
enum ParallelMap {
    /// Below this many items the work is done on the calling thread.
    static let minimumCount = 64

    /// `transform(i)` for every `i` in `0..<count`, in order; contiguous chunks run on the available cores.
    /// `transform` must be safe to call from several threads at once.
    static func map<T>(_ count: Int, _ transform: (Int) -> T) -> [T] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores > 1, count >= minimumCount else { return (0..<count).map(transform) }
        let chunks = min(count / (minimumCount / 2), cores * 4)
        return withoutActuallyEscaping(transform) { transform in
            [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                nonisolated(unsafe) let target = buffer.baseAddress!
                nonisolated(unsafe) let body = transform
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    for i in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) {
                        (target + i).initialize(to: body(i))
                    }
                }
                initialized = count
            }
        }
    }
}
