#!/usr/bin/env bash
# Checks a bibd export directory with real readers.
#
# Usage: scripts/validate-exports.sh EXPORT_DIR
# EXPORT_DIR holds library.bib (BibTeX), library-biblatex.bib, library.json (canonical), library.csl.json.
# Checks:
#   1. every CSL-JSON item (library.csl.json and the "csl" of library.json) validates against the CSL schema,
#      and library.json has bibd's canonical shape;
#   2. pandoc --citeproc renders every entry of library.bib and of library.csl.json, with no warning;
#   3. biber --tool --validate-datamodel on library-biblatex.bib prints no WARN/ERROR line other than a missing
#      title or date of a work that has none (biber exits 0 on bad data, so its output is grepped);
#   4. bibtexparser 2.x parses library.bib and library-biblatex.bib back to the values the CSL-JSON states.
# The CSL schema is read from $CSL_SCHEMA (default: the copy in fixtures/schema/, from ../shared/schema/).
# Needs: pandoc, biber, python3 with jsonschema and bibtexparser>=2,<3.
# Exit status: 0 when every check passes, 1 otherwise, 2 on usage errors or missing tools.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="${1:-}"
schema="${CSL_SCHEMA:-$(cd "$(dirname "$0")/.." && pwd)/fixtures/schema/csl-data.json}"
if [ -z "$dir" ] || [ ! -d "$dir" ]; then echo "usage: $0 EXPORT_DIR" >&2; exit 2; fi
for f in library.bib library-biblatex.bib library.json library.csl.json; do
    [ -f "$dir/$f" ] || { echo "missing $dir/$f" >&2; exit 2; }
done
for tool in pandoc biber python3; do
    command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 2; }
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

echo "== CSL-JSON schema and canonical JSON"
python3 "$here/validate_csl.py" "$schema" "$dir/library.csl.json" "$dir/library.json" || fail "CSL schema / canonical JSON"

# Keys of a .bib file, one per line (entries start at the beginning of a line).
bib_keys() { grep -oE '^@[A-Za-z]+\{[^,]+' "$1" | sed 's/^@[A-Za-z]*{//' | sort; }
csl_keys() { python3 -c 'import json,sys; print("\n".join(sorted(i["id"] for i in json.load(open(sys.argv[1])))))' "$1"; }

# pandoc --citeproc renders to HTML; each reference is a <div id="ref-KEY">. Every key must be there.
check_pandoc() {
    local bib="$1" label="$2" keys="$3"
    printf -- "---\nnocite: '@*'\n---\n" > "$tmp/doc.md"
    if ! pandoc --citeproc --bibliography="$bib" -t html "$tmp/doc.md" -o "$tmp/out.html" 2> "$tmp/pandoc.err"; then
        fail "pandoc could not read $label"; cat "$tmp/pandoc.err"; return
    fi
    if [ -s "$tmp/pandoc.err" ]; then fail "pandoc warned on $label"; cat "$tmp/pandoc.err"; fi
    local rendered missing
    rendered="$(grep -oE 'id="ref-[^"]+"' "$tmp/out.html" | sed 's/^id="ref-//; s/"$//' | sort)"
    missing="$(comm -23 <(echo "$keys") <(echo "$rendered"))"
    if [ -n "$missing" ]; then fail "pandoc did not render from $label: $missing"; fi
    echo "pandoc $label: $(echo "$rendered" | grep -c .) references rendered"
}

echo "== pandoc --citeproc"
check_pandoc "$dir/library.bib" "library.bib (bibtex)" "$(bib_keys "$dir/library.bib")"
cp "$dir/library.csl.json" "$tmp/library.json"
check_pandoc "$tmp/library.json" "library.csl.json" "$(csl_keys "$dir/library.csl.json")"

echo "== biber --validate-datamodel"
cp "$dir/library-biblatex.bib" "$tmp/biblatex.bib"
# biber joins --output-directory and the input path, so it runs inside $tmp on a relative name.
(cd "$tmp" && biber --tool --validate-datamodel --output-directory=. --output-file=biber-out.bib biblatex.bib) \
    > "$tmp/biber.log" 2>&1
biber_rc=$?
if [ "$biber_rc" -ne 0 ] || [ ! -s "$tmp/biber-out.bib" ] && [ -s "$tmp/biblatex.bib" ]; then
    fail "biber did not run (rc $biber_rc)"; cat "$tmp/biber.log"
fi
# Every work is written, even one with no title or no date; biber's data model then misses that field. Such a
# warning is expected when the work's CSL item has no title/issued either; any other WARN/ERROR line fails.
python3 - "$tmp/biber.log" "$dir/library.csl.json" > "$tmp/biber-unexpected.txt" <<'PY'
import json, re, sys
items = {i["id"]: i for i in json.load(open(sys.argv[2]))}
for line in open(sys.argv[1]):
    if not re.search(r"\b(WARN|ERROR) - ", line):
        continue
    m = re.search(r"Entry '([^']+)'.*Missing mandatory field (?:'(\w+)'|- one of '([^']+)' must be defined)", line)
    if m:
        item, field = items.get(m.group(1), {}), m.group(2) or m.group(3)
        if (field == "title" and "title" not in item) or ("date" in field and "issued" not in item):
            print("expected (the work has none): " + line.strip(), file=sys.stderr)
            continue
    print(line.rstrip())
PY
if [ -s "$tmp/biber-unexpected.txt" ]; then cat "$tmp/biber-unexpected.txt"; fail "biber reported problems in library-biblatex.bib"; fi
echo "biber: $(grep -cE '^@' "$tmp/biblatex.bib") entries in, $(grep -cE '^@' "$tmp/biber-out.bib" 2>/dev/null) out," \
    "$(grep -c . "$tmp/biber-unexpected.txt") unexpected WARN/ERROR lines"

echo "== bibtexparser round trip"
python3 "$here/check_bib_roundtrip.py" bibtex "$dir/library.bib" "$dir/library.csl.json" || fail "bibtexparser on library.bib"
python3 "$here/check_bib_roundtrip.py" biblatex "$dir/library-biblatex.bib" "$dir/library.csl.json" \
    || fail "bibtexparser on library-biblatex.bib"

if [ "$failed" -ne 0 ]; then echo "validate-exports: FAILED"; exit 1; fi
echo "validate-exports: all checks passed"
