/// libFuzzer's driver, called from each target's `main.swift`. SwiftPM links an executable with its own entry
/// point (it renames `main` to `<module>_main`), so libFuzzer's `main` cannot be used; the driver is the
/// documented way to start libFuzzer from a program's own main.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// Starts libFuzzer with the process arguments and `callback` as the target; returns its exit status.
public func runFuzzer(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32 {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    return LLVMFuzzerRunDriver(&argc, &argv, callback)
}

/// The family the running target fuzzes (one per process, set once before libFuzzer starts).
nonisolated(unsafe) private var fuzzedFamily: FuzzFamily?

/// The entry point libFuzzer calls with each input, in every target: it runs the process's family.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzzedFamily?.run(data, size)
    return 0
}

/// Starts libFuzzer on `family`'s parsers with the process arguments; returns its exit status.
public func runFuzzer(_ family: FuzzFamily) -> Int32 {
    fuzzedFamily = family
    return runFuzzer(fuzzOneInput)
}
