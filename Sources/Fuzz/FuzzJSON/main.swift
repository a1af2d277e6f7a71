import FuzzSupport

#if canImport(Glibc)
import Glibc
#endif

// The fuzz target for JSON record files (built only with BIBD_FUZZ=1, see scripts/fuzz.sh).
exit(runFuzzer(.json))
