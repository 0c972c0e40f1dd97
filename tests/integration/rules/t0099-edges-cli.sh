#!/usr/bin/env bash
# t0099-edges-cli: the edges of the one table of checks, through the
# commands. `provider/aws/checks/gen_constraints.py --edges` gives, for each aws
# type with rows of the models' half and each kind of edge they have (an
# enum, a length's least and most, a range's ends, a list's most items, a
# pattern), a value just inside and one just outside, generated from the
# table as test_constraints' test_edges_of_every_row makes them (rows a
# written rule completes are passed over there: the written rule's own
# tests hold them). t0099/edges_stacks.py writes them into stacks, one
# resource per edge, the rest of each resource a valid one of its type:
#   - every value just inside passes `terrace validate`, and, given by
#     variables, `terrace plan` against moto;
#   - every value just outside is refused by `terrace validate`, each with
#     FILE:LINE:COL where the value is written and the attribute named;
#   - the same values given by variables (${var.vNN}, known only at plan)
#     pass validate without the variables, are refused by `validate
#     -var-file`, and by `terrace plan`, each at the FILE:LINE:COL where the
#     expression is written, as validate says it of a value written there,
#     before any request that writes: moto's request log
#     (TERRACE_REQUEST_LOG) holds the plan's reads (its GetCallerIdentity),
#     and no create, put or other write.
. "$(dirname "$0")/../lib.sh"

# This file's own request log, so that its plan's requests are told apart
# from other files'; they are added to the run's log afterwards, for the
# contract check.
REQUESTS=$TRASH/requests
mkdir -p "$REQUESTS"
start_moto TERRACE_REQUEST_LOG="$REQUESTS" || test_fail_setup "moto did not start"
use_server moto

# The role and the subnet the stacks name, made first, and what the types'
# cards say their BASE names (every_type/cards.py): plan reads that what a
# literal names exists (provider/aws/checks/kinds/reads.c).
made_first () {
	local call
	while IFS=$'\t' read -r -a call; do aws_server "${call[@]}" >/dev/null || return 1; done
}
stand_in_roles edges &&
vpc=$(aws_server ec2 create-vpc --cidr-block 10.99.0.0/16 --query Vpc.VpcId --output text) &&
EDGES_SUBNET=$(aws_server ec2 create-subnet --vpc-id "$vpc" --cidr-block 10.99.1.0/24 \
	--query Subnet.SubnetId --output text) &&
EDGES_ALLOCATION=$(aws_server ec2 allocate-address --domain vpc --query AllocationId --output text) &&
python3 "$TEST_DIR/every_type/cards.py" made-first >made-first &&
made_first <made-first &&
"$REPO_ROOT/provider/aws/checks/gen_constraints.py" --edges >edges.jsonl 2>passed-over &&
EDGES_SUBNET=$EDGES_SUBNET EDGES_ALLOCATION=$EDGES_ALLOCATION python3 "$TEST_HERE/t0099/edges_stacks.py" "$TEST_NAME" . <edges.jsonl ||
	test_fail_setup "the edges or their stacks could not be generated"
for d in inside outside plan; do
	printf 'def handler(event, context):\n    return event\n' >"$d/main.py"
done
# the types with rows and no edge here, and why
cat passed-over
edges=$(wc -l <expect.txt)
echo "# $edges edges: $(cut -d' ' -f4 expect.txt | sort -u | wc -l) aws types," \
	"kinds: $(cut -d' ' -f6 expect.txt | sort | uniq -c | awk '{printf "%s %s, ", $1, $2}')"

# every_named FILE PREFIX [SHIFT]: each edge of expect.txt is refused in
# FILE, its line starting PREFIX (with NAME, LINE (plus SHIFT lines), COL,
# TYPE, ATTRIBUTE put in), once.
every_named () {
	local file=$1 prefix=$2 shift=${3:-0} name line col type attr kind want missing=0
	while read -r name line col type attr kind; do
		want=${prefix//NAME/$name}
		want=${want//LINE/$((line + shift))}
		want=${want//COL/$col}
		want=${want//TYPE/$type}
		want=${want//ATTR/$attr}
		if test "$(grep -cF -- "$want" "$file")" != 1; then
			echo "not refused once ($kind): $want"
			missing=$((missing + 1))
		fi
	done <expect.txt
	test "$missing" = 0
}

test_expect_success "the edges cover each kind, and types of several services" '
	test "$edges" -ge 30 &&
	for kind in enum length-min length-max range-min range-max list-max pattern; do
		grep -q " $kind\$" expect.txt || { echo "no $kind edge"; return 1; }
	done &&
	test "$(cut -d" " -f4 expect.txt | cut -d. -f2 | sort -u | wc -l)" -ge 8
'

test_expect_success "every value just inside passes validate" '
	(cd inside && terrace validate -no-color >../out 2>../err) &&
	test_contains out "Success! The stack is valid ($edges resources)" &&
	test_empty err
'

test_expect_success "every value just outside is refused by validate, each at its line and column" '
	(cd outside && test_expect_code 1 terrace validate -no-color >../out 2>../err) &&
	every_named err "./stack.yaml:LINE:COL: error: resource \"NAME\" (TYPE): ATTR: " &&
	test "$(grep -c ": error: " err)" = "$edges"
'

test_expect_success "given by variables, the values pass validate, which does not know them" '
	(cd plan && terrace validate -no-color >../out 2>../err) &&
	test_contains out "Success!"
'

# plan/stack.yaml declares a variable a line for each edge before its
# resources: its lines are expect.txt's, that many further down.
test_expect_success "given by variables, the values just inside pass validate -var-file" '
	(cd plan && terrace validate -no-color -var-file ../inside.vars.yaml >../out 2>../err) &&
	test_contains out "Success!" &&
	test_empty err
'

test_expect_success "given by variables, the values just outside are refused by validate -var-file, each where its expression is" '
	(cd plan && test_expect_code 1 terrace validate -no-color \
		-var-file ../outside.vars.yaml >../out 2>../err) &&
	every_named err "./stack.yaml:LINE:COL: error: resource \"NAME\" (TYPE): ATTR: " "$edges" &&
	test "$(grep -c ": error: " err)" = "$edges"
'

test_expect_success "the values just inside, by variables, pass plan against moto" '
	(cd plan && terrace plan -no-color -input=false -var-file ../inside.vars.yaml >../out 2>../err) &&
	test_contains out "Plan: $edges to add"
'

# The requests so far are put aside (moto opens its log for each request it
# writes), so that the log holds the next plan's alone.
mkdir -p requests-before && mv "$REQUESTS"/*.jsonl requests-before/ 2>/dev/null

test_expect_success "the values just outside, by variables, are refused by plan before any write" '
	(cd plan && test_expect_code 1 terrace plan -no-color -input=false \
		-var-file ../outside.vars.yaml >../out 2>../err) &&
	every_named err "./stack.yaml:LINE:COL: error: resource \"NAME\" (TYPE): ATTR: " "$edges" &&
	test "$(grep -c ": error: resource \"e[0-9]*\" " err)" = "$edges" &&
	grep -h "\"scope\": \"us-east-1/sts\"" "$REQUESTS"/*.jsonl >sts &&
	test -s sts &&
	python3 - "$REQUESTS" >writes <<-\PY &&
	import json, pathlib, sys, urllib.parse
	# what a request does: the JSON target, the query Action, or the REST
	# method (S3, Lambda, Scheduler: any but GET and HEAD writes)
	for f in pathlib.Path(sys.argv[1]).glob("*.jsonl"):
	    for line in f.read_text().splitlines():
	        r = json.loads(line)
	        op = (r.get("target") or "").rpartition(".")[2] or \
	            urllib.parse.parse_qs(r.get("body") or "").get("Action", [""])[0]
	        reads = ("Get", "Describe", "List", "Head")
	        if op and not op.startswith(reads) or not op and r["method"] not in ("GET", "HEAD"):
	            print(op or r["method"] + " " + r["path"])
	PY
	test_empty writes
'

# The plan's reads join the run's request log, for the contract check.
if test -n "${TERRACE_REQUEST_LOG:-}" && mkdir -p "$TERRACE_REQUEST_LOG"; then
	cat requests-before/*.jsonl "$REQUESTS"/*.jsonl \
		>"$TERRACE_REQUEST_LOG/$TEST_NAME-$$.jsonl" 2>/dev/null
fi

test_done
