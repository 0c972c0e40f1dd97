#!/usr/bin/env bash
# generate.sh: expected.txt from Terraform's own console, one line per
# expression of corpus.txt (comments skipped): canon.py's JSON of
# jsonencode(EXPR), or ERROR when Terraform refuses the expression. Run by
# hand after changing the corpus (needs terraform on PATH; 1.11 made the
# committed file); t0476 checks the committed file against a fresh run when
# terraform is there.
#
#   tests/integration/stacks/t0476/generate.sh [OUT]   (default: expected.txt here)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/expected.txt}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TF_CLI_CONFIG_FILE=/dev/null TF_IN_AUTOMATION=1
: >"$out"
grep -v '^#' "$here/corpus.txt" | while IFS= read -r expr; do
	{ (cd "$work" && printf 'jsonencode(%s)\n' "$expr" | terraform console 2>/dev/null) || true; } |
		python3 "$here/canon.py" terraform >>"$out"
done
