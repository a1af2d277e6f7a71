import FuzzSupport

#if canImport(Glibc)
import Glibc
#endif

// The fuzz target for Web of Science and MEDLINE tagged text (built only with BIBD_FUZZ=1, see scripts/fuzz.sh).
exit(runFuzzer(.tagged))
