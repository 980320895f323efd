#!/usr/bin/env bash
# Regenerates the sample study's results chapter in SampleTranscripts/report/ (Dutch and
# English Markdown with their figures, and the Dutch HTML page). A test fails when the
# committed copy is stale; run this after changing the sample data, the codebook or the
# report code, and commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product qda
qda="$(swift build --show-bin-path)/qda"
"$qda" report SampleTranscripts --codebook CodeBooks/back-on-traxx.md
"$qda" report SampleTranscripts --codebook CodeBooks/back-on-traxx.md --lang en
"$qda" report SampleTranscripts --codebook CodeBooks/back-on-traxx.md --format html
