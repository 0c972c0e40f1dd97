#!/usr/bin/env bash
# t0961-upgrade-postgres-role: upgrading terrace changes no deployment. The
# previous release (tests/integration/previous_release.sh) applies a stack
# with a role that sets none of inherit, replication and bypass_rls (added to
# postgres.role after it shipped) and an external schema setting left unset;
# then psql gives the role REPLICATION, NOINHERIT and BYPASSRLS, as a
# migration for a CDC reader would. The build under test plans no change,
# and an update of another of the role's options keeps them. The state
# records the terrace version that wrote it, and one without it is read.
# Last, the rule for every type (docs/adding-a-resource-type.md, "Attributes
# added later"), held against the previous release's schema: an attribute
# added to a type it had is optional and computed, without a default, and
# no attribute gains a default.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/previous_release.sh"

start_postgres || test_fail_setup "postgres did not start"
previous_release_build || test_fail_setup "the previous release could not be built"

export TERRACE_VAR_pg_password=$PG_PASSWORD

role_flags () {
	psql_test "SELECT rolreplication, rolinherit, rolbypassrls, rolconnlimit FROM pg_roles
		   WHERE rolname = 'cdc_reader'"
}

cat >stack.yaml <<YAML
stack: t0961
variables:
  pg_password: {type: string, sensitive: true}
  limit: {type: number, default: 5}
$(pg_provider)
resources:
  cdc_reader:
    type: postgres.role
    name: cdc_reader
    login: true
    connection_limit: \${var.limit}
  staging:
    type: postgres.schema
    name: staging
    database: postgres
YAML

test_expect_success 'the previous release applies the stack' '
	previous_terrace apply -auto-approve >out 2>&1 &&
	test_contains out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	test_equal "f|t|f|5" "$(role_flags)"
'

test_expect_success 'a migration gives the role REPLICATION, NOINHERIT and BYPASSRLS' '
	psql_test "ALTER ROLE cdc_reader REPLICATION NOINHERIT BYPASSRLS" &&
	test_equal "t|f|t|5" "$(role_flags)"
'

test_expect_success 'the new build plans no change: unset options are left as they are' '
	terrace plan -detailed-exitcode >out 2>&1 &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	test_not_contains out replication
'

test_expect_success 'an update of another option keeps them' '
	TERRACE_VAR_limit=7 terrace apply -auto-approve >out 2>&1 &&
	test_contains out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_not_contains out replication &&
	test_equal "t|f|t|7" "$(role_flags)" &&
	TERRACE_VAR_limit=7 terrace plan -detailed-exitcode >out 2>&1 &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'the state names the terrace that wrote it' '
	terrace version -json >version.json &&
	json_get version.json "d[\"terrace_version\"]" >want &&
	json_get terrace.state.json "d[\"terrace_version\"]" >got &&
	test_cmp want got
'

test_expect_success 'a state without terrace_version is read, and gets it at the next write' '
	python3 -c "import json; d = json.load(open(\"terrace.state.json\")); \
		del d[\"terrace_version\"]; json.dump(d, open(\"terrace.state.json\", \"w\"))" &&
	TERRACE_VAR_limit=7 terrace plan -detailed-exitcode >out 2>&1 &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	terrace apply -auto-approve >out 2>&1 &&
	test_equal "t|f|t|5" "$(role_flags)" &&
	json_get terrace.state.json "d[\"terrace_version\"]" >got &&
	test_cmp want got
'

test_expect_success 'attributes added since the previous release leave existing objects alone' '
	previous_terrace providers schema -json >previous-schema.json &&
	terrace providers schema -json -written >schema.json &&
	python3 - previous-schema.json schema.json >rule.out 2>&1 <<-\PY
	import json, sys
	old, new = (json.load(open(f))["provider_schemas"] for f in sys.argv[1:3])
	bad = []
	def compare(where, before, now):
	    for name, a in now.items():
	        b = before.get(name)
	        if b is None:
	            # Unset, a computed attribute keeps what the object has; a
	            # config-only one is never read back, so it compares with nothing.
	            kept = (a.get("computed") or a.get("config_only")) and "default" not in a
	            if a.get("optional") and not kept:
	                bad.append(f"{where}.{name}: added after the type shipped, so it must be "
	                           "optional and computed (or config-only) without a default")
	        elif "default" in a and "default" not in b:
	            bad.append(f"{where}.{name}: gained a default ({json.dumps(a['default'])})")
	        elif b and a.get("nested") and b.get("nested"):
	            compare(f"{where}.{name}", b["nested"], a["nested"])
	for provider, p in new.items():
	    for rtype, r in p["resource_schemas"].items():
	        was = old.get(provider, {}).get("resource_schemas", {}).get(rtype)
	        if was:
	            compare(rtype, was["attributes"], r["attributes"])
	print("\n".join(bad))
	sys.exit(1 if bad else 0)
	PY
	rc=$?
	cat rule.out >&5
	test $rc = 0
'

test_done
