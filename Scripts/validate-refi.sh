#!/usr/bin/env bash
# Validates what `qda export qdpx` and `qda codebook convert --to qdc` write against the REFI-QDA
# project schema (QDA-XML 1.0), with xmllint (Debian/Ubuntu: apt-get install libxml2-utils).
#
#   Scripts/validate-refi.sh                 export the sample study and its codebook, validate both
#   Scripts/validate-refi.sh FILE [SCHEMA]   validate FILE (.qdpx, .qde or .qdc)
#
# SCHEMA defaults to Project.xsd in ../shared/interop-samples/schema beside the repository, or
# $REFI_SCHEMA. A .qdc is checked by placing its <Codes> in a minimal project, because the
# published Codebook.xsd copy at hand is not well-formed XML; its code elements have the same
# structure as the project's.
# Without xmllint or without the schema the script says so and exits 0 (nothing to check with).
set -euo pipefail
cd "$(dirname "$0")/.."

schema="${2:-${REFI_SCHEMA:-../shared/interop-samples/schema/Project.xsd}}"
if ! command -v xmllint >/dev/null; then
    echo "validate-refi: xmllint is not installed (apt-get install libxml2-utils); skipped"
    exit 0
fi
if [ ! -f "$schema" ]; then
    echo "validate-refi: no REFI-QDA schema at $schema (pass one or set REFI_SCHEMA); skipped"
    exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

validate() {
    local file="$1"
    case "$file" in
    *.qdpx)
        rm -rf "$work/unpacked" && mkdir "$work/unpacked"
        (cd "$work/unpacked" && unzip -q "$file")
        local qde
        qde="$(find "$work/unpacked" -maxdepth 1 -name '*.qde' | head -n 1)"
        xmllint --noout --schema "$schema" "$qde"
        ;;
    *.qdc)
        sed -e 's|<CodeBook xmlns="urn:QDA-XML:codebook:1.0"[^>]*>|<Project xmlns="urn:QDA-XML:project:1.0" name="codebook"><CodeBook>|' \
            -e 's|</CodeBook>|</CodeBook></Project>|' "$file" >"$work/codebook-as-project.qde"
        xmllint --noout --schema "$schema" "$work/codebook-as-project.qde"
        ;;
    *)
        xmllint --noout --schema "$schema" "$file"
        ;;
    esac
    echo "validate-refi: $file is valid against $(basename "$schema")"
}

if [ $# -ge 1 ]; then
    case "$1" in /*) validate "$1" ;; *) validate "$PWD/$1" ;; esac
    exit 0
fi

swift build --product qda >/dev/null 2>&1
qda="$(swift build --show-bin-path)/qda"
"$qda" export qdpx SampleTranscripts -o "$work/sample.qdpx" 2>/dev/null
"$qda" codebook convert CodeBooks/back-on-traxx.md --to qdc -o "$work/sample.qdc" 2>/dev/null
validate "$work/sample.qdpx"
validate "$work/sample.qdc"
