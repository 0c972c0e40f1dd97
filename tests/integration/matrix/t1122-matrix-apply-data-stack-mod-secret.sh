#!/usr/bin/env bash
# t1122-matrix-apply-data-stack-mod-secret: issue 39's matrix (see t1120 and
# t1121) through the commands that change things, for the ways data, stack, mod, secret.
# Each way's stack (one resource of every type moto, PostgreSQL and
# OpenSSH can make, and the blocks build, python, lifecycle, depends_on)
# is applied, planned again (no change), read back (show -json, state
# show of every resource, output -json, console: the same value
# everywhere, the way's; a value known after apply is the same in each and
# holds the id of the VPC it comes from; a secret is "(sensitive value)"
# in each and never printed by the commands that read the stack), and
# destroyed (nothing left in state): tests/integration/matrix_run.py's
# apply phase. The way `stack` once applied: plan -all over it and the
# stack it reads plans no change in either.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/matrix.sh"

own_crontabs
matrix_servers
matrix_apply_ways data stack mod secret
matrix_figures
test_done
