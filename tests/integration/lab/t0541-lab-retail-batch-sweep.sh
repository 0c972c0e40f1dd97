#!/usr/bin/env bash
# time-limit: 3000 (make bench-lab runs it for 30 attendees: long under load)
# t0541-lab-retail-batch-sweep: the lab of t0540 (examples/retail-batch for
# LAB_ATTENDEES attendees, 3 in the suite, 30 in `make bench-lab`, against
# moto in the shared network the instructor applied first) again, its local state deleted midway:
# sweep's dry run deletes nothing, sweep -force finds and deletes every
# attendee's resources and leaves the shared network; its destroy leaves
# nothing but the default VPC. The wall time of sweep -force is printed as
# "# figure: ...".
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/examples.sh"

N=${LAB_ATTENDEES:-3}

require_netns
retail_lab_start

# The shared network, as t0540's first step applies it.
setup_apply network "examples/retail-batch/network"
lab_vpc=$(cd network && terrace output -raw vpc_id) || test_fail_setup "no vpc_id output"
export TERRACE_VAR_lab_network=retail-lab

test_expect_success 'the lab again, its local state deleted midway: sweep finds the rest' '
	terrace lab up . -attendees attendees.csv >up2.out 2>up2.err &&
	test_contains up2.out "Lab up: $N ready, 0 failed." &&
	rm -rf terrace.state.d terrace.state.json* &&
	test_expect_code 0 terrace sweep >dry.out 2>dry.err &&
	test_contains dry.out "This was a dry run: nothing was deleted" &&
	bucket_exists lab-01-hist-retail &&
	test_expect_code 0 timed "sweep -force" terrace sweep -force >sweep.out 2>sweep.err &&
	test_match sweep.out "^Sweep complete! [1-9][0-9]* deleted\.$" &&
	RETAIL_KEEP_VPC=$lab_vpc retail_batch_gone lab
'

test_expect_success 'the shared network destroyed last: nothing left but the default VPC' '
	(cd network && test_expect_code 0 terrace destroy -auto-approve >../network-destroy.out 2>&1) &&
	test_line network-destroy.out "Destroy complete! Resources: 12 destroyed." &&
	retail_batch_gone lab
'

test -f "$TRASH/figures" && sed 's/^/# figure: /' "$TRASH/figures"
test_done
