#!/usr/bin/env bash
# Times the release `qda` binary end to end on generated studies of growing size, with
# /usr/bin/time -v (wall time and peak resident memory), so the scaling is visible.
#
#   Scripts/benchmark-scaling.sh                 # 100, 1,000 and 10,000 transcripts
#   SIZES="100 1000" RUNS=5 Scripts/benchmark-scaling.sh
#   RUNS_LARGE=3 Scripts/benchmark-scaling.sh      # runs per command for 10,000 and more (default 1)
#
# Studies are generated (deterministically, seed 1, two coders, agreement 0.8, a codebook of
# 66 codes and one of 300 keyword rules for auto-coding) into .benchmarks/ (git-ignored) and
# reused. Each command runs RUNS times (default 3); the table shows the fastest wall time and
# the largest peak memory. It also times `qda --help` and `qda check` on the sample study.
# Results are printed as Markdown tables and kept in .benchmarks/scaling-<date>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"100 1000 10000"}
RUNS=${RUNS:-3}
RUNS_LARGE=${RUNS_LARGE:-1}
WORK=.benchmarks
mkdir -p "$WORK"

echo "== building qda (release) and generate-study (release)" >&2
swift build -c release --product qda >&2
swift build -c release --package-path Benchmarks --product generate-study >&2
QDA=$(swift build -c release --show-bin-path)/qda
GENERATE=$(swift build -c release --package-path Benchmarks --show-bin-path)/generate-study

# measure LABEL COMMAND...: runs the command RUNS times; prints "best-seconds peak-kilobytes".
measure() {
    local best="" peak=0 log
    log=$(mktemp)
    for _ in $(seq "$RUNS"); do
        [ -n "${BEFORE_EACH:-}" ] && eval "$BEFORE_EACH"
        /usr/bin/time -v "$@" >/dev/null 2>"$log" || true
        if grep -q "exited with non-zero status" "$log"; then echo "warning: \`$*\` failed" >&2; fi
        local wall rss seconds
        wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}')
        rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
        # m:ss.ss or h:mm:ss
        seconds=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
        if [ -z "$best" ] || awk "BEGIN { exit !($seconds < $best) }"; then best=$seconds; fi
        if [ "$rss" -gt "$peak" ]; then peak=$rss; fi
    done
    rm -f "$log"
    echo "$best $peak"
}

results="$WORK/scaling-$(date +%Y-%m-%d-%H%M).md"
{
    echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB"
    echo "qda: $("$QDA" --version), $RUNS runs per command ($RUNS_LARGE from 10,000 transcripts), fastest wall time and largest peak memory"
    echo
} | tee "$results"

echo "| command | time | peak memory |" | tee -a "$results"
echo "|---|---|---|" | tee -a "$results"
for label in "qda --help" "qda check SampleTranscripts"; do
    if [ "$label" = "qda --help" ]; then
        read -r t m < <(RUNS=$((RUNS * 5)) measure "$QDA" --help)
    else
        read -r t m < <(RUNS=$((RUNS * 5)) measure "$QDA" check SampleTranscripts)
    fi
    printf "| \`%s\` | %.0f ms | %d MB |\n" "$label" "$(echo "$t * 1000" | bc)" $((m / 1024)) | tee -a "$results"
done
echo | tee -a "$results"

echo "| transcripts | input (transcripts + codings) | check | agree (2 coders) | freq | autocode (300 rules) | report | peak memory (largest) | peak / input |" \
    | tee -a "$results"
echo "|---|---|---|---|---|---|---|---|---|" | tee -a "$results"
for size in $SIZES; do
    study="$WORK/study-$size"
    # A study whose generation was interrupted has fewer transcripts or no participants.csv.
    written=$(find "$study" -maxdepth 1 -name '*.txt' 2>/dev/null | wc -l)
    if [ ! -f "$study/codebook-300.md" ] || [ ! -f "$study/participants.csv" ] || [ "$written" -ne "$size" ]; then
        echo "== generating $study" >&2
        rm -rf "$study"
        "$GENERATE" --transcripts "$size" --seed 1 "$study" >&2
    fi
    rm -rf "$study/codings/auto" "$WORK/report-$size"
    input=$(cat "$study"/*.txt "$study"/codings/*/*.tsv | wc -c)
    if ! "$QDA" check "$study" >/dev/null 2>&1; then echo "warning: qda check reports errors in $study" >&2; fi
    row="| $size | $((input / 1000000)) MB"
    peak=0
    for command in check agree freq autocode report; do
        BEFORE_EACH=""
        case $command in
            check) args=(check "$study") ;;
            agree) args=(agree "$study" --coders anna,bram) ;;
            freq) args=(freq "$study") ;;
            autocode)
                args=(autocode "$study" --codebook "$study/codebook-300.md" --no-guide --force)
                BEFORE_EACH="rm -rf '$study/codings/auto'"
                ;;
            report)
                args=(report "$study" -o "$WORK/report-$size" --force)
                BEFORE_EACH="rm -rf '$WORK/report-$size'"
                ;;
        esac
        echo "== $size: qda ${args[*]}" >&2
        runs=$RUNS
        if [ "$size" -ge 10000 ]; then runs=$RUNS_LARGE; fi
        read -r t m < <(RUNS=$runs BEFORE_EACH="$BEFORE_EACH" measure "$QDA" "${args[@]}")
        rm -rf "$study/codings/auto"
        row="$row | $(printf '%.2f' "$t") s ($((m / 1024)) MB)"
        if [ "$m" -gt "$peak" ]; then peak=$m; fi
    done
    ratio=$(echo "scale=1; $peak * 1024 / $input" | bc)
    echo "$row | $((peak / 1024)) MB | ${ratio}× |" | tee -a "$results"
done
echo >&2
echo "kept in $results" >&2
