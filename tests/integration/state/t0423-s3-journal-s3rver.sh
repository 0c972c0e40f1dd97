#!/usr/bin/env bash
# t0423-s3-journal-s3rver: the S3 backend's journal on s3rver, which checks
# signatures (t0422 runs the same steps on moto): apply makes each change
# durable as an object under KEY.journal/ instead of rewriting the whole
# state, and ends with one whole state (one .history/ copy, the serial one
# up) and no record left; an apply held at its closing write and killed
# with SIGKILL leaves the state object as it was and its records, which the
# next load replays, so no create reported done is lost; records of another
# state (an older serial, the same serial but other bytes) are ignored and
# deleted by the next save; a damaged record fails the load naming it.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/s3_backend_suite.sh"

start_s3rver || test_fail_setup "s3rver did not start"
journal_suite s3rver
test_done
