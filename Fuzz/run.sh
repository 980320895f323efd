#!/usr/bin/env bash
# Builds the libFuzzer targets with the fuzzer and address sanitizers and runs them.
#
#   Fuzz/run.sh                       every target for 600 s, two at a time
#   Fuzz/run.sh -t 60 FuzzTranscript  one target for 60 s
#   Fuzz/run.sh --build-only          build, don't run
#
# Seeds come from the sample study and the shipped codebooks (plus Fuzz/seeds/<target>);
# the growing corpus is kept in Fuzz/corpus/<target>, crashes go to Fuzz/artifacts/<target>/,
# and each run's log to Fuzz/logs/<target>.log. Linux only (libFuzzer ships with the Swift
# toolchain there). Not part of `swift test`.
set -euo pipefail
cd "$(dirname "$0")"
FUZZ="$PWD"
ROOT="$(cd .. && pwd)"

SECONDS_PER_TARGET=600
PARALLEL=2
BUILD_ONLY=0
TARGETS=()
while [ $# -gt 0 ]; do
    case "$1" in
        -t|--time) SECONDS_PER_TARGET="$2"; shift 2 ;;
        -j|--jobs) PARALLEL="$2"; shift 2 ;;
        --build-only) BUILD_ONLY=1; shift ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) TARGETS+=("$1"); shift ;;
    esac
done
if [ ${#TARGETS[@]} -eq 0 ]; then
    TARGETS=(FuzzTranscript FuzzCodebookMarkdown FuzzCodebookCSV FuzzCodingFile FuzzPseudonymise)
fi

# gold cannot link libFuzzer's whole archive next to SwiftPM's renamed entry point; lld can.
echo "== building fuzz targets"
swift build -c debug \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld \
    2>&1 | grep -v "Cannot export local symbol" || true
BIN="$(swift build -c debug --show-bin-path)"
for target in "${TARGETS[@]}"; do
    [ -x "$BIN/$target" ] || { echo "build failed: $BIN/$target is missing" >&2; exit 1; }
done
[ "$BUILD_ONLY" = 1 ] && exit 0

seed() {  # seed TARGET: add the sample inputs to the target's corpus (libFuzzer drops duplicates)
    local target="$1" dir="$FUZZ/corpus/$1"
    mkdir -p "$dir"
    case "$target" in
        FuzzTranscript)
            find "$ROOT/SampleTranscripts" "$ROOT/Examples" -maxdepth 2 \( -name '*.txt' -o -name '*.md' \) \
                -not -path '*/codings/*' -exec cp {} "$dir/" \; 2>/dev/null || true ;;
        FuzzCodebookMarkdown)
            cp "$ROOT"/CodeBooks/*.md "$dir/" 2>/dev/null || true ;;
        FuzzCodebookCSV)
            find "$ROOT/CodeBooks" "$ROOT/Examples" -name '*.csv' -exec cp {} "$dir/" \; 2>/dev/null || true ;;
        FuzzCodingFile)
            find "$ROOT/SampleTranscripts/codings" \( -name '*.tsv' -o -name '*.csv' \) -print0 2>/dev/null \
                | while IFS= read -r -d '' f; do cp "$f" "$dir/$(basename "$(dirname "$f")")-$(basename "$f")"; done \
                || true ;;
        FuzzPseudonymise)
            # key file, a NUL byte, then the text to pseudonymise
            for f in "$ROOT"/Examples/pseudonymise/*.txt; do
                [ -e "$f" ] || continue
                { cat "$ROOT/Examples/pseudonymise/key.csv"; printf '\0'; cat "$f"; } > "$dir/$(basename "$f")"
            done ;;
    esac
    if [ -d "$FUZZ/seeds/$target" ]; then cp "$FUZZ/seeds/$target"/* "$dir/" 2>/dev/null || true; fi
}

run() {  # run TARGET: fuzz for SECONDS_PER_TARGET and keep the log
    local target="$1"
    seed "$target"
    mkdir -p "$FUZZ/artifacts/$target" "$FUZZ/logs"
    echo "== $target: ${SECONDS_PER_TARGET}s, log in Fuzz/logs/$target.log"
    SWIFT_BACKTRACE=enable=no "$BIN/$target" "$FUZZ/corpus/$target" \
        -max_total_time="$SECONDS_PER_TARGET" -max_len=4096 -timeout=10 -rss_limit_mb=4096 \
        -print_final_stats=1 -artifact_prefix="$FUZZ/artifacts/$target/" \
        > "$FUZZ/logs/$target.log" 2>&1 || echo "!! $target stopped with a finding: see Fuzz/logs/$target.log"
    grep -E "^#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb" \
        "$FUZZ/logs/$target.log" | sed "s/^/   $target: /" || true
}

running=0
for target in "${TARGETS[@]}"; do
    run "$target" &
    running=$((running + 1))
    if [ "$running" -ge "$PARALLEL" ]; then wait -n; running=$((running - 1)); fi
done
wait
crashes=$(find "$FUZZ/artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
echo "== done: $crashes finding(s) in Fuzz/artifacts"
