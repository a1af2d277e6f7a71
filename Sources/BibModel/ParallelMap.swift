import Dispatch
import Foundation

/// An order-keeping map spread over the cores, for the many independent records of one file (reading entries,
/// normalizing, match features, JSON coding). Each result is written at its item's position, so the output is
/// exactly what a one-core `map` gives.
public enum ParallelMap {
    /// Fewer items than this are mapped on the calling thread (starting threads would cost more).
    public static let threshold = 32

    /// `transform(i)` for every `i` in `0..<count`, in order. `transform` is called from several threads at once.
    public static func indices<T>(_ count: Int, _ transform: (Int) -> T) -> [T] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores > 1, count >= threshold else { return (0..<count).map(transform) }
        // Several slices per core, so that a core slowed by other processes does not hold the rest back.
        let slices = min(count, cores * 8)
        return withoutActuallyEscaping(transform) { transform in
            [T](unsafeUninitializedCapacity: count) { buffer, initializedCount in
                nonisolated(unsafe) let base = buffer.baseAddress!
                nonisolated(unsafe) let work = transform
                DispatchQueue.concurrentPerform(iterations: slices) { slice in
                    let start = count * slice / slices, end = count * (slice + 1) / slices
                    for i in start..<end { (base + i).initialize(to: work(i)) }
                }
                initializedCount = count
            }
        }
    }

    /// `transform` of every element of `items`, in order (see `indices`).
    public static func map<C: RandomAccessCollection, T>(_ items: C, _ transform: (C.Element) -> T) -> [T] where C.Index == Int {
        let start = items.startIndex
        return indices(items.count) { transform(items[start + $0]) }
    }
}
