#!/usr/bin/env bash
# Builds and runs bibd's libFuzzer targets (Sources/Fuzz), one per parser family.
#   scripts/fuzz.sh TARGET SECONDS    run one target (html text bibtex ris tagged json xml csv) for SECONDS
#   scripts/fuzz.sh TARGET runs=N     run one target until it has executed N inputs (libFuzzer's -runs)
#   scripts/fuzz.sh all SECONDS       run every target, one after another, SECONDS each
# Runs of one target share its corpus, so a long campaign can be several sessions; each prints its executions.
# The targets exist only with BIBD_FUZZ=1 (see Package.swift) and are built in release mode with
# -sanitize=fuzzer,address in their own scratch path (.build-fuzz), so a plain `swift build` never sees them.
# Seeds are copied from fixtures/ into a scratch corpus under $FUZZ_WORK (fixtures/ is never written).
# Prints the executions and findings of each run; exits non-zero when a target crashed, hung, ran out of
# memory or leaked (the input is kept under $FUZZ_WORK/TARGET/findings/).
# Knobs: FUZZ_WORK (default .build-fuzz/fuzz), FUZZ_TIMEOUT seconds per input (default 10),
# FUZZ_RSS_MB memory limit per process (default 2048), FUZZ_MAX_LEN longest input (default per family, below).
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(html text bibtex ris tagged json xml csv)
scratch=.build-fuzz
work=${FUZZ_WORK:-$scratch/fuzz}
timeout=${FUZZ_TIMEOUT:-10}
rss=${FUZZ_RSS_MB:-2048}

usage() { echo "usage: $0 {all|$(IFS='|'; echo "${targets[*]}")} {SECONDS|runs=N}" >&2; exit 64; }
[ $# -eq 2 ] || usage
[[ "$2" =~ ^[0-9]+$ || ( "$2" =~ ^runs=[0-9]+$ && "$1" != all ) ]] || usage

product() {
    case "$1" in
        html) echo FuzzHTML ;; text) echo FuzzText ;; bibtex) echo FuzzBibTeX ;; ris) echo FuzzRIS ;;
        tagged) echo FuzzTagged ;; json) echo FuzzJSON ;; xml) echo FuzzXML ;; csv) echo FuzzCSV ;;
        *) usage ;;
    esac
}

# The fixtures each family starts from (file name patterns under fixtures/).
seeds() {
    local r=fixtures/records/files
    case "$1" in
        html) find fixtures/corpus fixtures/corpus2/pages fixtures/html fixtures/sites fixtures/adversarial -name '*.html' ;;
        text) find fixtures/dumps fixtures/unseen fixtures/adversarial -name '*.txt' ;;
        bibtex) ls $r/BIBTEX_* ;;
        ris) ls $r/RIS_* ;;
        tagged) ls $r/WOS_* $r/MEDLINE_* fixtures/corpus/MEDLINE_* ;;
        json) ls $r/*JSON_* $r/EUROPEPMC_*.json ;;
        xml) find $r fixtures/corpus -name '*.xml' -o -name '*.nxml' ;;
        csv) ls $r/*CSV_* ;;
    esac
}

# Longest input libFuzzer makes (seeds longer than this are cut to it). Pages are long. Record files are read
# record by record and a parser's cost grows with its input, so 4 KB (one to a few records) keeps each
# execution short: in one 25 s run-off, bibtex did 6,863 executions at 16 KB and 15,083 at 4 KB.
max_len() {
    if [ -n "${FUZZ_MAX_LEN:-}" ]; then echo "$FUZZ_MAX_LEN"; return; fi
    case "$1" in html) echo 65536 ;; text) echo 16384 ;; *) echo 4096 ;; esac
}

build() {
    local p
    for p in "$@"; do
        BIBD_FUZZ=1 swift build -c release --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address \
            --product "$p" 2>&1 | grep -E "error|Build of product|Compiling Fuzz" || true
        [ -x "$scratch/release/$p" ] || { echo "fuzz.sh: $p did not build" >&2; exit 1; }
    done
}

# run TARGET SECONDS|runs=N
run() {
    local t=$1 limit=$2 p dir log rc execs found stop
    p=$(product "$t")
    dir=$work/$t
    mkdir -p "$dir/seeds" "$dir/corpus" "$dir/findings"
    { seeds "$t" 2>/dev/null || true; } | while read -r f; do cp -n "$f" "$dir/seeds/" 2>/dev/null || true; done
    log=$dir/last-run.log
    local before start
    before=$(ls "$dir/findings" | wc -l)
    case "$limit" in runs=*) stop="-runs=${limit#runs=}" ;; *) stop="-max_total_time=$limit" ;; esac
    start=$SECONDS
    set +e
    "$scratch/release/$p" "$dir/corpus" "$dir/seeds" "$stop" -timeout="$timeout" \
        -rss_limit_mb="$rss" -max_len="$(max_len "$t")" -print_final_stats=1 \
        -artifact_prefix="$dir/findings/" >"$log" 2>&1
    rc=$?
    set -e
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    found=$(( $(ls "$dir/findings" | wc -l) - before ))
    echo "fuzz $t: ${execs:-?} executions in $((SECONDS - start)) s, $found finding(s), libFuzzer exit $rc (log: $log)"
    if [ "$rc" -ne 0 ] || [ "$found" -ne 0 ]; then
        grep -E "ERROR|SUMMARY|Test unit written|==[0-9]+==" "$log" | head -20 >&2
        return 1
    fi
}

if [ "$1" = all ]; then
    products=(); for t in "${targets[@]}"; do products+=("$(product "$t")"); done
    build "${products[@]}"
    failed=0
    for t in "${targets[@]}"; do run "$t" "$2" || failed=1; done
    exit $failed
fi
build "$(product "$1")"
run "$1" "$2"
