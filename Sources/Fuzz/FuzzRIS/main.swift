import FuzzSupport

#if canImport(Glibc)
import Glibc
#endif

/// The fuzz target for RIS files: libFuzzer calls it with each input (built only with BIBD_FUZZ=1, see scripts/fuzz.sh).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzFamily.ris.run(data, size)
    return 0
}

exit(runFuzzer(fuzzOneInput))
