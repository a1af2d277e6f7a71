#!/usr/bin/env bash
# Crash safety of the inbox daemon: drops a burst of files (some with identical content), kills `bibd watch`
# with SIGKILL at random moments ROUNDS times, restarts it each time, then finishes with `bibd refresh` and checks:
#   - no file is lost: every dropped name is in processed/ or failed/ exactly once, nothing is left in the inbox;
#   - nothing is ingested twice: the store holds one ingested file row per distinct content among processed files;
#   - the store, library.bib and library.json agree (same works, same citation keys).
# Usage: scripts/crash-test.sh [ROUNDS] [FILES]   (BIBD=path/to/bibd to use another binary)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-20}
FILES=${2:-300}
BIBD=${BIBD:-.build/debug/bibd}
[ -x "$BIBD" ] || swift build -q
T=$(mktemp -d /tmp/bibd-crash.XXXXXX)
trap 'kill -9 $(cat "$T/pid" 2>/dev/null) 2>/dev/null || true' EXIT
mkdir -p "$T/inbox" "$T/stage"

# The burst: corpus pages and seed dumps, each copy made distinct by a trailing comment or blank line, plus
# exact duplicates under other names (they must be recognized by content, not ingested twice).
sources=(fixtures/corpus/*.html fixtures/seeds/*.txt)
i=0
while [ "$i" -lt "$FILES" ]; do
  src=${sources[$((i % ${#sources[@]}))]}
  base=$(basename "$src")
  if [ $((i % 10)) -eq 9 ]; then
    cp "$src" "$T/stage/dup-$i-$base"
  else
    cp "$src" "$T/stage/$i-$base"
    case "$src" in *.html) printf '\n<!-- copy %s -->\n' "$i" >> "$T/stage/$i-$base" ;; *) printf '\n%.0s' $(seq 0 $((i / ${#sources[@]}))) >> "$T/stage/$i-$base" ;; esac
  fi
  i=$((i + 1))
done
dropped=$(ls "$T/stage" | sort)

run_watch() {
  "$BIBD" watch --store "$T/store" --inbox "$T/inbox" --processed "$T/processed" --failed "$T/failed" \
    >>"$T/watch.log" 2>&1 &
  echo $! > "$T/pid"
}

# Files land while the daemon runs and while it is down; it is killed at random moments.
names=($dropped)
per=$(( (${#names[@]} + ROUNDS - 1) / ROUNDS ))
for r in $(seq 1 "$ROUNDS"); do
  run_watch
  for n in "${names[@]:$(( (r - 1) * per )):$per}"; do mv "$T/stage/$n" "$T/inbox/$n"; done
  sleep "0.$(( RANDOM % 9 + 1 ))"
  kill -9 "$(cat "$T/pid")" 2>/dev/null || true
  wait "$(cat "$T/pid")" 2>/dev/null || true
done
"$BIBD" refresh --store "$T/store" --inbox "$T/inbox" --processed "$T/processed" --failed "$T/failed" >"$T/refresh.out" 2>>"$T/watch.log" || true

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
lib = json.load(open(f"{t}/store/library.json"))
if {w["id"]: w["citekey"] for w in lib} != works: problems.append("library.json disagrees with the store")
bib = open(f"{t}/store/library.bib").read()
missing = [k for k in works.values() if "{" + k + "," not in bib]
if missing: problems.append(f"library.bib lacks {missing[:5]}")
print(f"crash test: {len(dropped)} files, {len(proc)} processed, {len(fail)} failed, {len(works)} works, "
      f"{len(ingested)} distinct contents ingested")
for p in problems: print("PROBLEM", p)
sys.exit(1 if problems else 0)
PY
