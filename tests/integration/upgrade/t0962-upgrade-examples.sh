#!/usr/bin/env bash
# t0962-upgrade-examples: upgrading terrace changes no deployment, for the
# examples that run without a network namespace. The previous release
# (tests/integration/previous_release.sh) applies each example as that
# release had it; the build under test then plans "No changes.":
#   movies-api           (moto: the catalog modules, Lambda, Glue, Athena)
#   minio-lake           (s3rver, as demo.sh runs it)
#   ecommerce-lakehouse  (s3rver, PostgreSQL, sshd and the login crontab)
# t0963 does the same for the examples that need a namespace. movies-api's
# files of this tree over it: its main.yaml and analysis.yaml plan no change,
# its landing.yaml exactly its own six new resources.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/examples.sh"
. "$TEST_DIR/previous_release.sh"

own_crontabs

export MOTO_IAM_LOAD_MANAGED_POLICIES=true
start_moto || test_fail_setup "moto did not start"
start_s3rver || test_fail_setup "s3rver did not start"
start_postgres || test_fail_setup "postgres did not start"
start_sshd || test_fail_setup "sshd did not start"
printf '%s\n' "17 4 * * * /usr/bin/true nightly-rotate" >"$TRASH/mine.crontab"
own_crontab "$TRASH/mine.crontab" || test_fail_setup "cannot write the crontab"
previous_release_build || test_fail_setup "the previous release could not be built"
export PYTHONDONTWRITEBYTECODE=1

use_server moto
export TERRACE_VAR_region=us-east-1 TERRACE_VAR_project=alice-movies
# Its layer's pip, offline from a wheelhouse, for a previous release whose
# example has one (186eb26 on: PREVIOUS_RELEASE=186eb26).
movies_api_offline_pip || test_fail_setup "no wheelhouse for movies-api"
upgrade_example movies-api
# This tree's views (the columns of top_rated made by a for expression from
# a typed, validated variable) over what the previous release applied.
test_expect_success 'movies-api: this tree'"'"'s main.yaml and analysis.yaml plan no change over it' '
	cd "$TRASH/movies-api" &&
	cp "$REPO_ROOT/examples/movies-api/main.yaml" "$REPO_ROOT/examples/movies-api/analysis.yaml" . &&
	grep -q "for c in var.top_rated_columns" analysis.yaml &&
	upgrade_plans_no_change
'
# This tree's landing path (landing.yaml, ingest/landed/) over it: only its
# own resources are planned, each a create; what the release applied stays.
test_expect_success 'movies-api: this tree'"'"'s landing.yaml plans its six resources and nothing else' '
	cd "$TRASH/movies-api" &&
	cp "$REPO_ROOT/examples/movies-api/landing.yaml" . &&
	mkdir -p ingest/landed && cp "$REPO_ROOT/examples/movies-api/ingest/landed/handler.py" ingest/landed/ &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >landing-plan.out 2>landing-plan.err &&
	grep -E "^ *# [^ ]+ (will|must) be" landing-plan.out | sort >planned &&
	printf "  # %s will be created\n" landed landed_dlq landed_fn landed_mapping landed_notify landed_role | sort >expected &&
	test_cmp expected planned &&
	test_line landing-plan.out "Plan: 6 to add, 0 to change, 0 to destroy."
'

use_server s3rver
export TERRACE_VAR_prefix=workshop
upgrade_example minio-lake

unset TERRACE_VAR_prefix
ecommerce_lakehouse_env
upgrade_example ecommerce-lakehouse

test_done
