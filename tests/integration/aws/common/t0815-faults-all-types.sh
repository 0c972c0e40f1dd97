#!/usr/bin/env bash
# t0815-faults-all-types: the stack of one resource of every aws type
# (t0435/all_types.py, wired to apply by every_type/applied_stack.py) applied
# through tests/servers/fault_proxy.py at 25% faults (connections dropped
# before and after forwarding, 503 SlowDown, 500, 429 Throttling; seeded)
# for three seeds. As a CI job would, an apply that exits non-zero is run
# again (up to 6 times). Each seed must end with exactly one object of every
# type (counted with the AWS CLI straight against moto), every resource
# recorded (no pending entry), a second plan with no change, and a destroy
# (through the faults too, re-run the same way) that leaves nothing. The
# figures: faults injected and apply/destroy runs per seed.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

HERE=$REPO_ROOT/tests/integration
TRIES=6
. "$REPO_ROOT/tests/integration/every_type/counts.sh"

# runs NAME COMMAND...: run a terrace command until it exits 0, at most
# TRIES times; prints how many runs it took (0 when none succeeded).
runs () {
	local name=$1 i
	shift
	for i in $(seq $TRIES); do
		if terrace "$@" >"$name.$i.out" 2>"$name.$i.err"; then
			echo "$i"
			return 0
		fi
	done
	echo 0
	return 1
}

test_expect_success 'setup: the schema, code and a key' '
	"$TERRACE" providers schema -json -written >schema.json &&
	printf "def handler(e, c):\n    return 1\n" >app.py &&
	ssh-keygen -q -t ed25519 -N "" -C t0815 -f deploy
'

for seed in 1 2 3; do
	test_expect_success "25% faults, seed $seed: exactly one of every type, tracked, plan clean, destroyed" '
		p=t0815-s'$seed' &&
		rm -f terrace.state.json* &&
		write_stack stack.yaml &&
		python3 "$HERE/every_type/applied_stack.py" schema.json $p >>stack.yaml &&
		start_fault_proxy TERRACE_VAR_endpoint faults-'$seed' --seed '$seed' --rate 0.25 \
			--faults drop_before,drop_after,503,500,429 &&
		{ applies=$(runs apply-'$seed' apply -auto-approve); ok=$?; } &&
		stop_fault_proxy TERRACE_VAR_endpoint &&
		count_all $p >counts-'$seed' &&
		cat counts-'$seed' &&
		test $ok = 0 &&
		test_contains apply-'$seed'.$applies.out "Apply complete!" &&
		! grep -v " 1\$" counts-'$seed' &&
		! grep -q "\"status\": \"pending\"" terrace.state.json &&
		test "$(terrace state list | grep -c "^aws_")" = "$(wc -l <counts-'$seed')" &&
		terrace plan -detailed-exitcode >plan-'$seed' 2>&1 &&
		faults=$(grep -vc " pass " faults-'$seed'.log) &&
		requests=$(wc -l <faults-'$seed'.log) &&
		start_fault_proxy TERRACE_VAR_endpoint destroy-'$seed' --seed '$seed' --rate 0.25 \
			--faults drop_before,drop_after,503,500,429 &&
		{ destroys=$(runs destroy-'$seed' destroy -auto-approve); ok=$?; } &&
		stop_fault_proxy TERRACE_VAR_endpoint &&
		echo "# figure: seed '$seed': apply: $faults faults in $requests requests, $applies apply run(s); destroy: $(grep -vc " pass " destroy-'$seed'.log) faults in $(wc -l <destroy-'$seed'.log) requests, $destroys destroy run(s)" >>figures &&
		test $ok = 0 &&
		test_contains destroy-'$seed'.$destroys.out "Destroy complete!" &&
		count_all $p >gone-'$seed' &&
		! grep -v " 0\$" gone-'$seed'
	'
done

cat figures 2>/dev/null
test_done
