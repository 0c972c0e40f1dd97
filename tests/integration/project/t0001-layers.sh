#!/usr/bin/env bash
# t0001-layers: the source tree reads top to bottom. Each layer includes only
# the layers under it (cmd -> plan -> stacks -> provider -> provider/base),
# and reaches a provider's insides only through provider/provider.h (which
# includes value.h, the values' conventions; and the checks' one entry,
# provider/checks.h), but for
# the three crossings docs/design.md names: plan/ and cmd/ use the AWS
# transport through transport.h, cmd/ the aws provider's sweep.h and
# permissions.h, postgres the ssh provider's connections (ssh.h); inside
# the aws provider, code outside transport/ includes transport.h only of it,
# and a service's folder reaches another service only through its api.h. A new
# #include that climbs a layer fails here, naming the line.
. "$(dirname "$0")/../lib.sh"

src=$(cd "$TEST_DIR/../.." && pwd)

# Print "TARGET FILE:LINE" for every quoted include under DIR ($1) whose
# target does not match the extended regex ALLOWED ($2); with a third
# argument "top", only in DIR's own files, not its sub-folders'.
includes_outside() {
	(cd "$src" && if test "$3" = top; then
		grep -nHE -d skip --include='*.c' --include='*.h' '^#include "' "$1"/*
	else
		grep -rnE --include='*.c' --include='*.h' '^#include "' "$1"
	fi) |
	sed -E 's/^([^:]+:[0-9]+):#include "([^"]+)".*/\2 \1/' |
	grep -vE "^($2) "
}

check_layer() {
	includes_outside "$@" >bad
	test_empty bad
}

test_expect_success 'provider/base uses nothing of terrace' '
	check_layer provider/base "provider/base/[a-z0-9_]+\.h"
'

test_expect_success 'the provider interface (provider/*.c) uses only itself and the base' '
	check_layer provider "provider/base/[a-z0-9_]+\.h|provider/(provider|checks|value)\.h" top
'

test_expect_success 'the AWS transport uses only the base and itself' '
	check_layer provider/aws/transport "provider/base/[a-z0-9_]+\.h|provider/aws/transport/[a-z0-9_]+\.(h|def)"
'

# provider/build/ builds what a resource uploads (a Lambda package, a job's
# script): a library of its own beside the base, used through its one public
# header by the types that build (aws, ssh) and by `terrace build` and the
# plan's rendering in cmd/.
build_lib="provider/build/build\.h"

test_expect_success 'the build library uses only the base and itself' '
	check_layer provider/build "provider/base/[a-z0-9_]+\.h|provider/build/[a-z0-9_]+\.h"
'

test_expect_success 'each provider uses the base, the provider interface and its own files' '
	check_layer provider/aws "provider/base/[a-z0-9_]+\.h|provider/provider\.h|$build_lib|provider/aws/.+\.(h|def)" &&
	check_layer provider/postgres "provider/base/[a-z0-9_]+\.h|provider/provider\.h|provider/postgres/.+\.(h|def)|provider/ssh/ssh\.h" &&
	check_layer provider/ssh "provider/base/[a-z0-9_]+\.h|provider/provider\.h|$build_lib|provider/ssh/.+\.(h|def)"
'

# The aws provider's own files: the shared core at the top of provider/aws/,
# one folder per service below it (and three of no service, held to the same
# rules: build/, run/, gen/). Outside transport/, code includes the
# transport through transport.h only (and its list of services,
# services.def, which provider.c makes the endpoints: block of); a service's folder uses the core, its
# own files and, of another service, its api.h (the calls it shares), but
# for the two headers of rds/ that Redshift's types share with RDS's.
aws_core="provider/base/[a-z0-9_]+\.h|provider/provider\.h|$build_lib|provider/aws/[a-z0-9_]+\.(h|def)"

# The checks, one room (provider/aws/checks/): the headers of its rows
# (row.h, rules.h, shared.h, roles.h, schedule.h, metric_queries.h, kinds/api.h) sit below the
# services, which write their rows with them; the runners' entry
# (checks/checks.h) above them: the core's provider.c and permissions.c
# include it, no service does.
check_rows="provider/aws/checks/(row|rules|shared|roles|schedule|metric_queries)\.h|provider/aws/checks/kinds/api\.h"

test_expect_success 'the row headers of the checks include only the base, the provider interface and each other' '
	(cd "$src/provider/aws/checks" && grep -nHE "^#include \"" row.h rules.h shared.h roles.h schedule.h metric_queries.h) >all &&
	grep -E "provider/aws/checks/row\.h" all &&
	grep -vE "#include \"(provider/base/[a-z0-9_]+\.h|provider/provider\.h|provider/aws/checks/(row|rules|shared|roles|schedule|metric_queries)\.h)\"" all >bad;
	# negatives: no run of terrace (a scan of the source)
	test_empty bad
'

# A check across resources is a STACK row of its service's rules.c, its
# function static there: no service header declares one (a function of
# a STACK row's signature, taking check_report_fn).
test_expect_success 'no service api.h declares a check across resources' '
	{ (cd "$src/provider/aws" && grep -lE "written_resource \*[a-z]+, size_t" */api.h) >across || true; } &&
	# negatives: no run of terrace (a scan of the source)
	test_empty across &&
	grep -qE "ACROSS_ROW\(" "$src/provider/aws/ec2/rules.c"
'

# "SERVICE/api.h rule_NAME FILE" for each rule function a service's api.h
# declares that another service's code names while its own rows do not: a
# check of that other service, which belongs in its own rules.c. What a
# check of several services shares is its owner's grammar: a rule its own
# rows name too (S3's key), one named for it (rule_s3_uri), a function of
# its API (IAM's aws_iam_resource_policy) or a row helper of checks/
# (schedule expressions).
rules_of_other_services() {
	(cd "$src/provider/aws" &&
	 for h in */api.h; do
		service=${h%/api.h}
		for fn in $(sed -nE "s/^int (rule_[a-z0-9_]+)\(.*/\1/p" "$h"); do
			case "$fn" in "rule_${service}_"*) continue ;; esac
			grep -qE "^[[:space:]]*[A-Z_]+\(.*\b$fn\b" -- "$service"/*.c && continue
			for file in $(grep -lw "$fn" -- */*.c); do
				case "$file" in "$service"/*|checks/*) ;; *) echo "$h $fn $file" ;; esac
			done
		done
	 done) >others
	test_empty others
}

test_expect_success 'no service api.h declares a check of another service' '
	rules_of_other_services &&
	grep -q "int rule_" "$src/provider/aws/iam/api.h"
'

test_expect_success 'the aws core includes the transport through transport.h only, and of the services their api.h' '
	check_layer provider/aws "$aws_core|provider/aws/transport/(transport\.h|services\.def)|provider/aws/[a-z0-9_]+/api\.h|provider/aws/checks/[a-z0-9_]+\.h|provider/aws/checks/[a-z0-9_]+/api\.h" top
'

test_expect_success 'the aws core at the top of provider/aws/ is at most 18 files, the rest in service folders' '
	(cd "$src/provider/aws" && find . -maxdepth 1 -type f | sort) >core &&
	if test $(wc -l <core) -gt 18; then cat core; false; fi
'

test_expect_success 'no file at the top of provider/aws/ holds a check: its rows are in checks/ and the services'\'' rules.c' '
	pattern="struct aws_check_row [a-z_]+\[\]|check_report_fn report|const json_t \*r, struct strbuf \*err\)" &&
	{ (cd "$src/provider/aws" && grep -lE "$pattern" *.c *.h) >holds || true; } &&
	# negatives: no run of terrace (a scan of the source)
	test_empty holds &&
	grep -qE "$pattern" "$src/provider/aws/checks/tables.c"
'

test_expect_success 'each service folder of provider/aws/ uses the core, itself, transport.h and other services'\'' api.h' '
	for dir in "$src"/provider/aws/*/; do
		service=$(basename "$dir") &&
		if test "$service" = transport || test "$service" = checks; then continue; fi &&
		check_layer "provider/aws/$service" "$aws_core|provider/aws/$service/[a-z0-9_]+\.(h|def)|provider/aws/transport/transport\.h|provider/aws/[a-z0-9_]+/api\.h|provider/aws/rds/(dbinstance|subnet_groups)\.h|$check_rows" ||
			return 1
	done
'

test_expect_success 'the stack language uses only the provider interface and the base' '
	check_layer stacks "provider/base/[a-z0-9_]+\.h|provider/(provider|checks)\.h|stacks/[a-z0-9_]+\.h"
'

# plan/ reaches the AWS transport (the S3 backend) through its one public
# header, and nothing else of a provider.
aws_transport="provider/aws/transport/transport\.h"

test_expect_success 'plan uses stacks, the provider interface and the AWS transport' '
	check_layer plan "provider/base/[a-z0-9_]+\.h|provider/(provider|checks)\.h|stacks/[a-z0-9_]+\.h|plan/[a-z0-9_]+\.h|$aws_transport"
'

# Four commands are the aws provider's own and reach it through one header
# each: `terrace sweep` (provider/aws/sweep.h), `terrace policy` with
# `plan -policy` (provider/aws/permissions.h), `terrace lab up`'s quota
# check (Service Quotas' api.h, provider/aws/servicequotas/api.h) and
# `terrace providers schema` for an awscc type's schema (Cloud Control's
# api.h, provider/aws/cloudcontrol/api.h).
test_expect_success 'cmd reaches providers only through plan, the interface and the AWS transport' '
	check_layer cmd "provider/base/[a-z0-9_]+\.h|provider/provider\.h|$build_lib|stacks/[a-z0-9_]+\.h|plan/[a-z0-9_]+\.h|cmd/[a-z0-9_]+\.h|$aws_transport|provider/aws/sweep\.h|provider/aws/permissions\.h|provider/aws/servicequotas/api\.h|provider/aws/cloudcontrol/api\.h|provider/aws/cfn_types\.h"
'

# The family of a type (its provider's own, written; or made at run time
# from data: the awscc types) is a field of its struct (provider.h, enum
# type_family), not the spelling of its name: no C file of the program
# outside provider/aws/cloudcontrol/, which names the types it makes,
# compares a name with the "awscc." prefix. Rows and messages that name
# awscc types are data, and stay.
test_expect_success 'a type'\''s family is asked of its struct, not told by an "awscc." prefix' '
	(cd "$src" && grep -rnE --include="*.c" --include="*.h" \
		"(str(n|case|ncase)?cmp|has_[a-z_]*prefix|starts_with)\([^;]*\"awscc\." cmd plan stacks provider) |
		grep -v "^provider/aws/cloudcontrol/" >bad
	# negatives: no run of terrace (a scan of the source)
	test_empty bad
'

test_done
