#!/usr/bin/env bash
# t0422-s3-journal-moto: the S3 backend's journal on moto (t0423 runs the
# same steps on the signature-verifying s3rver): apply makes each change
# durable as an object under KEY.journal/ instead of rewriting the whole
# state, and ends with one whole state (one .history/ copy, the serial one
# up) and no record left; an apply held at its closing write and killed
# with SIGKILL leaves the state object as it was and its records, which the
# next load replays, so no create reported done is lost; records of another
# state (an older serial, the same serial but other bytes) are ignored and
# deleted by the next save; a damaged record fails the load naming it.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/s3_backend_suite.sh"

start_moto || test_fail_setup "moto did not start"
journal_suite moto
test_done
