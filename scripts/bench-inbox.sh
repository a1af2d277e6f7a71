#!/usr/bin/env bash
# Inbox latency benchmark: the time from a file landing in the inbox to library.bib containing its work,
# over stores of 10,000 and 100,000 synthetic works, with a per-step breakdown of one batch.
# Builds the release binary once (a debug build is several times slower and says little about the daemon).
# Usage: scripts/bench-inbox.sh [WORKS...]   (default: 10000 100000; BIBD=path/to/bibd; SAMPLES=5; DEBOUNCE_MS=500)
set -euo pipefail
cd "$(dirname "$0")/.."
BIBD=${BIBD:-.build/release/bibd}
[ -x "$BIBD" ] || swift build -c release --product bibd
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
for n in "${sizes[@]}"; do
  "$BIBD" bench-inbox --works "$n" --samples "${SAMPLES:-5}" --debounce-ms "${DEBOUNCE_MS:-500}"
  echo
done
