#!/usr/bin/env bash
# t0421-s3-backend-s3rver: the state in an S3 bucket (backend: type s3) on
# s3rver, which verifies signatures (t0420 runs the same steps on moto): the
# state object and its history seen with the aws CLI, the lock object (a
# second apply names the holder, or waits with -lock-timeout; nothing is
# lost), a kill -9 leaving a lock that force-unlock clears, a saved plan
# applied to the remote state from another folder (the plan file names the
# backend, without credentials), state pull/push, a lost race refused, and
# a damaged state object refused with its history named.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/s3_backend_suite.sh"

start_s3rver || test_fail_setup "s3rver did not start"
backend_suite s3rver
test_done
