#!/usr/bin/env bash
# bench/editor.sh: how long the YAML language server (npm
# yaml-language-server, tests/servers) takes to give its first answer from
# terrace's JSON Schema of the stack file, as an editor opening a stack
# would see it: the schema written by `terrace providers schema
# -json-schema`, a stack file naming it in its modeline, and a completion
# asked after `type: awscc.efs.` (t0703/lsp.py, the test's own client). The
# first answer includes the server reading and resolving the schema (some
# 5 MB, its shared blocks written once); the later ones reuse it.
#
#   bench/editor.sh [RUNS] [OTHER.json]   (default 3; TERRACE=path/to/terrace)
#
# Prints each run's seconds to the first answer and the load `uptime`
# shows before and after: on a shared machine the figure is the machine's
# as much as the server's. With OTHER.json (another version's schema, say
# `git stash; make build/terrace; build/terrace providers schema
# -json-schema >old.json`), each run times terrace's schema then OTHER's,
# the same way, so the two meet the same load.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
terrace=${TERRACE:-$here/build/terrace}
server=$here/tests/servers/node_modules/yaml-language-server/bin/yaml-language-server
runs=${1:-3}
other=${2:-}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$terrace" providers schema -json-schema >"$dir/schema.json"
echo "schema: $(wc -c <"$dir/schema.json") bytes; load before: $(uptime | sed 's/.*load average: //')"
if test -n "$other"; then
	cp "$other" "$dir/other.json"
	echo "other: $other, $(wc -c <"$dir/other.json") bytes"
fi
time_one() { # SCHEMA LABEL
	python3 "$here/tests/integration/cmd/t0703/lsp.py" "$server" "$1" "$dir" |
		python3 -c 'import json, sys; d = json.load(sys.stdin); print("'"$2"': first answer in %.2f s, the server'"'"'s CPU to then %.2f s" % (d["first_answer_seconds"], d["first_answer_cpu_seconds"]))'
}
for i in $(seq "$runs"); do
	time_one "$dir/schema.json" "run $i"
	if test -n "$other"; then
		time_one "$dir/other.json" "run $i, other"
	fi
done
echo "load after: $(uptime | sed 's/.*load average: //')"
