import FuzzSupport

#if canImport(Glibc)
import Glibc
#endif

// The fuzz target for BibTeX and biblatex files (built only with BIBD_FUZZ=1, see scripts/fuzz.sh).
exit(runFuzzer(.bibtex))
