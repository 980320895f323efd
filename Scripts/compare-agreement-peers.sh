#!/usr/bin/env bash
# Side by side in one run: QDAKit's agreement statistics against scikit-learn (Cohen's κ),
# statsmodels (Fleiss' κ) and krippendorff (Krippendorff's α) on the same 1,000,000 units,
# checking that every figure agrees to 1e-9 and reporting the ratio of times.
#
#   Scripts/compare-agreement-peers.sh
#
# Installs the Python packages from PyPI into a virtual environment in .benchmarks/venv
# (git-ignored), builds the Benchmarks tool `agreement-peers` (release), which writes the
# unit matrix and QDAKit's figures and times to .benchmarks/peers/, then runs
# Scripts/compare_agreement_peers.py on them. Exit status 1 when a figure differs.
set -euo pipefail
cd "$(dirname "$0")/.."

WORK=.benchmarks
VENV="$WORK/venv"
mkdir -p "$WORK"
if [ ! -x "$VENV/bin/python" ]; then
    echo "== creating $VENV" >&2
    python3 -m venv "$VENV"
fi
echo "== installing numpy, scikit-learn, statsmodels, krippendorff" >&2
"$VENV/bin/pip" install --quiet --disable-pip-version-check numpy scikit-learn statsmodels krippendorff >&2

echo "== building agreement-peers (release)" >&2
swift build -c release --package-path Benchmarks --product agreement-peers >&2
"$(swift build -c release --package-path Benchmarks --show-bin-path)/agreement-peers" "$WORK/peers"

"$VENV/bin/python" Scripts/compare_agreement_peers.py "$WORK/peers"
