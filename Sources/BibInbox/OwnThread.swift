import Foundation

/// Work run on a thread of its own (a daemon loop beside a test or a benchmark), with `wait()` for its end.
/// The work and everything it captures are released on that thread as soon as it returns, before `wait()`
/// returns and before the thread ends. A Foundation `Thread` keeps its closure until the thread's exit handlers,
/// and those run after libdispatch has freed the thread's own state (its cache of continuations): a last
/// reference dropped there, such as a `Library` whose SQLite connections close through `DispatchQueue.sync`,
/// reuses that freed memory and corrupts the heap.
public final class OwnThread: @unchecked Sendable {
    private let condition = NSCondition()
    private var work: (@Sendable () -> Void)?
    private var finished = false

    /// Starts `work` on a new thread.
    public init(_ work: @escaping @Sendable () -> Void) {
        self.work = work
        Thread { [self] in
            runWork()
            condition.lock()
            finished = true
            condition.broadcast()
            condition.unlock()
        }.start()
    }

    /// Blocks until the work has returned and been released.
    public func wait() {
        condition.lock()
        while !finished { condition.wait() }
        condition.unlock()
    }

    /// Takes the work and runs it: its last reference is this function's local, released before it returns.
    @inline(never)
    private func runWork() {
        condition.lock()
        let taken = work
        work = nil
        condition.unlock()
        taken?()
    }
}
