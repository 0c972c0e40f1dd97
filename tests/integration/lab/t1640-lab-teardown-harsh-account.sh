#!/usr/bin/env bash
# time-limit: 1800
# t1640-lab-teardown-harsh-account: teardown on an account where listings fail
# (issue 88 §1-2). Every type sweep lists (read from sweep's own debug log,
# so a new type is covered without a new test) has its listing call answer,
# round by round, access denied, no such operation, a 500 and throttling
# (tests/servers/fault_proxy.py --rules, each type a different fault in each
# round, every fault for every type over the four rounds). In each round,
# on a class of two labs (ann's state lost, bob's kept): sweep and sweep
# -json name every type they could not list with its kind and exit 1;
# lab status still checks both labs; lab down destroys bob's lab from its
# state, sweeps what it can of ann's, and exits 1 naming the types it could
# not look for and the command that would; what is left on moto (read
# without the proxy) is exactly ann's objects of the types failed that
# round; a plain destroy of a stack beside the lab works. Then a round where
# every listing is denied: lab down exits 0 with a warning naming them.
. "$(dirname "$0")/../lib.sh"

# Two attempts a call (AWS_MAX_ATTEMPTS, as the AWS CLI reads it): a
# listing answered 500 or throttling gives up after one retry, so a round
# does not wait out eight backoffs per type.
export AWS_MAX_ATTEMPTS=2
start_moto || test_fail_setup "moto did not start"
use_server moto
MOTO_DIRECT=$TEST_ENDPOINT
: >rules
start_fault_proxy TERRACE_VAR_endpoint proxy --rules "$PWD/rules" ||
	test_fail_setup "the fault proxy did not start"
PROXY=$TERRACE_VAR_endpoint

# inventory: the objects of this test's prefix on moto itself, "KIND NAME", sorted.
inventory () {
	servers_py "$TEST_HERE/inventory.py" "$MOTO_DIRECT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" t1640 \
		aws.s3.bucket aws.iam.role aws.glue.database aws.sqs.queue aws.sns.topic
}

# objects ID...: what inventory shows of these attendees' labs.
objects () {
	local id
	for id in "$@"; do
		printf '%s\n' "aws.s3.bucket t1640-$id-data" "aws.iam.role t1640-$id-runner" \
			"aws.glue.database t1640_${id}_db" "aws.sqs.queue t1640-$id-jobs" \
			"aws.sns.topic t1640-$id-events"
	done | sort
}

mkdir lab shared
write_stack lab/stack.yaml '  attendee: {type: string}'
cat >>lab/stack.yaml <<EOF2
lab:
  allowed_endpoints: ["$PROXY"]
  name_prefix: t1640
resources:
  store:
    type: aws.s3.bucket
    name: "t1640-\${var.attendee}-data"
  runner:
    type: aws.iam.role
    name: "t1640-\${var.attendee}-runner"
    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: glue.amazonaws.com}, Action: "sts:AssumeRole"}]}
  db:
    type: aws.glue.database
    name: "t1640_\${var.attendee}_db"
  jobs:
    type: aws.sqs.queue
    name: "t1640-\${var.attendee}-jobs"
  events:
    type: aws.sns.topic
    name: "t1640-\${var.attendee}-events"
EOF2
write_stack shared/stack.yaml
cat >>shared/stack.yaml <<EOF2
resources:
  store:
    type: aws.s3.bucket
    name: t1640-shared-data
  db:
    type: aws.glue.database
    name: t1640_shared_db
EOF2
sed -i "s/^stack: .*/stack: t1640-shared/" shared/stack.yaml
printf 'id\nann\nbob\n' >class.csv

# The listing call of each type sweep lists: sweep's debug log names each
# type before listing it ("sweep: listing TYPE") and each request after
# ("... HTTP 200 in N ms (attempt 1)"); the proxy logs the same requests,
# in the same order, as "SEQ ACTION LINE". The first request after a
# type's mark is its listing call. listing_calls LOG PROXYLOG writes "TYPE
# LINE" lines.
listing_calls () {
	servers_py - "$1" "$2" <<-'PY'
	import re, sys
	log, proxy = sys.argv[1:3]
	lines = [l.split(" ", 2)[2].rstrip("\n") for l in open(proxy) if l.strip()]
	n, marks = 0, []
	for l in open(log):
	    m = re.search(r"sweep: listing (\S+) \(provider", l)
	    if m:
	        marks.append((m.group(1), n))
	    elif re.search(r": HTTP [0-9]+ in [0-9]+ ms \(attempt [0-9]+\)$", l.rstrip()):
	        n += 1
	marks.append((None, n))
	for (kind, at), (_, nxt) in zip(marks, marks[1:]):
	    print(kind, lines[at] if nxt > at else "-")
	PY
}

test_expect_success 'setup: the labs up through the proxy; every listing call found' '
	terrace lab up lab -attendees class.csv >up.out 2>up.err &&
	test_contains up.out "Lab up: 2 ready, 0 failed." &&
	inventory >now && objects ann bob >expect && test_cmp expect now &&
	: >proxy.log &&
	TERRACE_LOG=debug terrace sweep -stack lab >base.out 2>base.log &&
	listing_calls base.log proxy.log >calls &&
	test $(wc -l <calls) -ge 40 &&
	! grep " -$" calls &&
	for t in aws.s3.bucket aws.iam.role aws.glue.database aws.sqs.queue aws.sns.topic aws.codecommit.repository; do
		grep -q "^$t " calls || return 1
	done
'

# Each round gives type i slot (i+ROUND) mod 5 of SLOTS: over five rounds,
# each type answers every fault once and is listed once.
SLOTS="denied unknown_operation 500 429 pass"
# The words sweep gives each fault's kind (-json's "kind", the text's reason).
kind_of () {
	case $1 in
	denied) echo denied ;; unknown_operation) echo unknown_operation ;;
	500) echo failed ;; 429) echo throttled ;;
	esac
}
reason_of () {
	case $1 in
	denied) echo "access denied, so the account holds none made with these credentials" ;;
	unknown_operation) echo "no such operation at the endpoint, so the account holds none made with these credentials" ;;
	500) echo "failed, try again" ;; 429) echo "throttled after retries, try again" ;;
	esac
}

# write_rules ROUND [SLOT]: the proxy's rules of a round (types that share a
# listing call share the first's slot), or SLOT for every type; expected.ROUND:
# "TYPE FAULT" of every type that round's listing fails, sorted.
write_rules () {
	servers_py - calls "$1" "${2:-$SLOTS}" >rules.new 3>expected.$1 <<-'PY'
	import os, re, sys
	calls, rnd, slots = sys.argv[1], sys.argv[2], sys.argv[3].split()
	rnd = int(rnd) if rnd.isdigit() else 0
	slot_of, out = {}, os.fdopen(3, "w")
	for i, line in enumerate(open(calls)):
	    kind, call = line.rstrip("\n").split(" ", 1)
	    if call not in slot_of:
	        slot_of[call] = slots[(i + rnd) % len(slots)]
	        if slot_of[call] != "pass":
	            print(slot_of[call], "^" + re.escape(call) + "$")
	    if slot_of[call] != "pass":
	        out.write("%s %s\n" % (kind, slot_of[call]))
	PY
	sort -o "expected.$1" "expected.$1" && mv rules.new rules
}

for round in 0 1 2 3 4; do
	test_expect_success "round $round: sweep names every type it could not list, and exits 1" '
		if test $round -gt 0; then
			terrace lab up lab -attendees class.csv >up.$round.out 2>up.$round.err &&
			test_contains up.$round.out "Lab up: 2 ready, 0 failed."
		fi &&
		write_rules $round &&
		test_expect_code 1 terrace sweep -stack lab >sweep.$round.out 2>sweep.$round.err &&
		test_contains sweep.$round.err "sweep could not look for $(wc -l <expected.$round) types: any object of them is not listed; run the same sweep again once the service answers." &&
		test $(grep -c "^Error: sweep could not list " sweep.$round.err) = $(wc -l <expected.$round) &&
		while read -r type fault; do
			test_contains sweep.$round.err "Error: sweep could not list $type (provider \"aws\"): $(reason_of $fault): " || return 1
		done <expected.$round &&
		test_expect_code 1 terrace sweep -stack lab -json >sweep.$round.json 2>sweep.$round.jerr &&
		json_get sweep.$round.json "\"\\n\".join(sorted(g[\"type\"] + \" \" + g[\"kind\"] for g in d[\"not_listed\"]))" >got &&
		while read -r type fault; do echo "$type $(kind_of $fault)"; done <expected.$round | sort >want &&
		test_cmp want got
	'

	test_expect_success "round $round: lab status still checks both labs" '
		test_expect_code 0 terrace lab status lab -attendees class.csv >status.$round.out 2>status.$round.err &&
		test_match status.$round.out "^  ann +ok" && test_match status.$round.out "^  bob +ok"
	'

	test_expect_success "round $round: lab down destroys by state, sweeps what it lists, names the rest, exits 1" '
		rm -rf lab/terrace.state.d/ann &&
		test_expect_code 1 terrace lab down lab -attendees class.csv -auto-approve >down.$round.out 2>down.$round.err &&
		test_match down.$round.out "^  bob +destroyed" &&
		test_contains down.$round.err "every lab with a state was destroyed from it. To look again: terrace sweep -stack lab" &&
		while read -r type fault; do
			case $fault in
			denied|unknown_operation) test_contains down.$round.err "Warning: lab down could not look for $type (provider \"aws\"): " ;;
			*) test_contains down.$round.err "Error: lab down could not look for $type (provider \"aws\"): " ;;
			esac || return 1
		done <expected.$round &&
		inventory >now &&
		objects ann | while read -r type name; do
			grep -q "^$type " expected.$round && echo "$type $name"
		done | sort >expect &&
		test_cmp expect now &&
		: >rules && terrace sweep -stack lab -force >clean.$round.out 2>clean.$round.err &&
		test_equal "" "$(inventory)"
	'

	test_expect_success "round $round: a plain destroy of another stack works" '
		write_rules $round &&
		(cd shared && terrace apply -auto-approve >../apply.$round.out 2>&1 &&
		 test_expect_code 0 terrace destroy -auto-approve >../destroy.$round.out 2>&1) &&
		test_line destroy.$round.out "Destroy complete! Resources: 2 destroyed."
	'
	: >rules
done

test_expect_success 'every listing denied: lab down exits 0, warning of each type it could not look for' '
	terrace lab up lab -attendees class.csv >up.d.out 2>up.d.err &&
	write_rules d denied &&
	test_expect_code 0 terrace lab down lab -attendees class.csv -auto-approve >down.d.out 2>down.d.err &&
	test_contains down.d.out "Lab down: 2 destroyed, 0 failed" &&
	test $(grep -c "^Warning: lab down could not look for " down.d.err) = $(wc -l <expected.d) &&
	test_contains down.d.err "Warning: lab down could not look for aws.codecommit.repository (provider \"aws\"): access denied, so the account holds none made with these credentials: codecommit ListRepositories: HTTP 400 AccessDeniedException" &&
	! grep -q "^Error" down.d.err &&
	test_expect_code 2 terrace sweep -stack lab >sweep.d.out 2>sweep.d.err &&
	: >rules &&
	test_equal "" "$(inventory)"
'

test_done
