#!/usr/bin/env bash
# Crash safety of the inbox daemon: drops a burst of files (some with identical content), kills `bibd watch`
# with SIGKILL at random moments ROUNDS times, restarts it each time, then finishes with `bibd refresh` and checks:
#   - no file is lost: every dropped name is in processed/ or failed/ exactly once, nothing is left in the inbox,
#     and nothing else appeared there (no stray temporary files);
#   - every failed file has its sidecar;
#   - nothing is ingested twice: the store holds one ingested file row per distinct content among processed files;
#   - the store, library.bib and library.json agree (same works, same citation keys).
# The burst mixes distinct synthetic text dumps (they ingest), the seed dumps, the corpus pages and exact
# duplicates under other names. Usage: scripts/crash-test.sh [ROUNDS] [FILES]   (BIBD=path/to/bibd)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-20}
FILES=${2:-400}
BIBD=${BIBD:-.build/debug/bibd}
[ -x "$BIBD" ] || swift build -q
T=$(mktemp -d /tmp/bibd-crash.XXXXXX)
trap 'kill -9 $(cat "$T/pid" 2>/dev/null) 2>/dev/null || true' EXIT
mkdir -p "$T/inbox" "$T/stage"
cat > "$T/bibd.yaml" <<YAML
store: $T/store
inbox: $T/inbox
processed: $T/processed
failed: $T/failed
debounce_ms: 50
log_level: info
YAML

sources=(fixtures/corpus/*.html fixtures/seeds/*.txt)
i=0
while [ "$i" -lt "$FILES" ]; do
  if [ $((i % 10)) -eq 9 ]; then
    cp "$T/stage/$((i - 1))-"* "$T/stage/dup-$i.txt" 2>/dev/null || cp "${sources[0]}" "$T/stage/dup-$i.html"
  elif [ $((i % 3)) -eq 0 ]; then
    src=${sources[$(((i / 3) % ${#sources[@]}))]}
    base=$(basename "$src")
    cp "$src" "$T/stage/$i-$base"
    case "$src" in *.html) printf '\n<!-- copy %s -->\n' "$i" >> "$T/stage/$i-$base" ;; *) printf '\n%.0s' $(seq 0 "$i") >> "$T/stage/$i-$base" ;; esac
  else
    printf 'Title: Crash safety of %s inbox number %d\nAuthors: Ada Lovelace; Alan Turing\nYear: %d\nDOI: 10.5555/crash.%d\n' \
      "$(shuf -n1 -e quiet noisy slow fast)" "$i" $((2000 + i % 25)) "$i" > "$T/stage/$i-synthetic.txt"
  fi
  i=$((i + 1))
done
dropped=$(ls "$T/stage" | sort)
"$BIBD" init --config "$T/bibd.yaml" >/dev/null

run_watch() {
  "$BIBD" watch --config "$T/bibd.yaml" >>"$T/watch.log" 2>&1 &
  echo $! > "$T/pid"
}

# Files land while the daemon runs and while it is down; it is killed at random moments, often mid-batch.
names=($(ls "$T/stage" | shuf))
per=$(( (${#names[@]} + ROUNDS - 1) / ROUNDS ))
midwork=0
for r in $(seq 1 "$ROUNDS"); do
  run_watch
  for n in "${names[@]:$(( (r - 1) * per )):$per}"; do mv "$T/stage/$n" "$T/inbox/$n"; done
  sleep "0.$(printf "%03d" $((RANDOM % 300 + 10)))"
  kill -9 "$(cat "$T/pid")" 2>/dev/null || true
  wait "$(cat "$T/pid")" 2>/dev/null || true
  [ -n "$(ls "$T/inbox")" ] && midwork=$((midwork + 1))
done
echo "crash test: $ROUNDS kills, $midwork of them with files still in the inbox"
"$BIBD" refresh --config "$T/bibd.yaml" >"$T/refresh.out" 2>>"$T/watch.log" || true

python3 - "$T" "$dropped" <<'PY'
import hashlib, json, os, sqlite3, sys
t, dropped = sys.argv[1], sys.argv[2].split()
inbox = [n for n in os.listdir(f"{t}/inbox")]
proc = sorted(os.listdir(f"{t}/processed")) if os.path.isdir(f"{t}/processed") else []
fail = sorted(n for n in os.listdir(f"{t}/failed") if not n.endswith(".error.json")) if os.path.isdir(f"{t}/failed") else []
problems = []
if inbox: problems.append(f"left in the inbox: {inbox}")
seen = proc + fail
for n in dropped:
    c = seen.count(n)
    if c != 1: problems.append(f"{n} accounted for {c} times")
extra = set(seen) - set(dropped)
if extra: problems.append(f"unexpected names: {sorted(extra)}")
for n in fail:
    if not os.path.exists(f"{t}/failed/{n}.error.json"): problems.append(f"{n} failed without a sidecar")
db = sqlite3.connect(f"{t}/store/bibd.sqlite")
ingested = {r[0] for r in db.execute("select sha256 from file where outcome='ingested'")}
hashes = {hashlib.sha256(open(f"{t}/processed/{n}", "rb").read()).hexdigest() for n in proc}
if hashes != ingested: problems.append(f"processed contents {len(hashes)} != ingested rows {len(ingested)}")
sources = db.execute("select count(distinct sha256) from source").fetchone()[0]
if sources != len(ingested): problems.append(f"sources {sources} != ingested files {len(ingested)}")
works = {r[0]: r[1] for r in db.execute("select id, citekey from work")}
if None in works.values(): problems.append("a work has no citation key")
lib = json.load(open(f"{t}/store/library.json"))
if {w["id"]: w["citekey"] for w in lib} != works: problems.append("library.json disagrees with the store")
bib = open(f"{t}/store/library.bib").read()
missing = [k for k in works.values() if "{" + str(k) + "," not in bib]
if missing: problems.append(f"library.bib lacks {missing[:5]}")
strays = [n for n in os.listdir(f"{t}/store") if n.endswith(".tmp")]
if strays: problems.append(f"temporary files left in the store: {strays}")
print(f"crash test: {len(dropped)} files, {len(proc)} processed, {len(fail)} failed, {len(works)} works, "
      f"{len(ingested)} distinct contents ingested, {len(problems)} problems")
for p in problems: print("PROBLEM", p)
if problems: print("kept for inspection:", t)
sys.exit(1 if problems else 0)
PY
rm -rf "$T"
