#!/usr/bin/env bash
# t0711-docs-reference-regenerate: the generated parts of docs/ are
# regenerated into a temporary copy and compared with the committed pages;
# a copy that drifted (an attribute changed or missing, a type without a
# section, a section for a type that is gone, a stale -help) fails
# `docs/gen-reference.py --check` with a line naming the page, the type and
# the attribute or command, and telling what to run; regenerating repairs it.
. "$(dirname "$0")/lib.sh"

gen () {
	python3 "$REPO_ROOT/docs/gen-reference.py" --terrace "$TERRACE" "$@"
}

test_expect_success 'regenerating into a copy changes nothing' '
	cp -r "$REPO_ROOT/docs" copy &&
	gen --docs copy >out &&
	test_empty out &&
	diff -r "$REPO_ROOT/docs" copy
'

test_expect_success 'a drifted copy fails, naming page, type and attribute or command' '
	sed -i "s/^| \`host\` | string | required |/| \`host\` | string | optional |/" copy/providers/ssh.md &&
	sed -i "/^| \`versioning\` |/d" copy/providers/aws.md &&
	sed -i "/<!-- generated: ssh.cron -->/,/<!-- end generated: ssh.cron -->/d" copy/providers/ssh.md &&
	printf "<!-- generated: aws.gone.type -->\nold\n<!-- end generated: aws.gone.type -->\n" >>copy/providers/aws.md &&
	sed -i "s/^  -destroy .*/  -destroy  something else/" copy/cli.md &&
	test_expect_code 1 gen --check --docs copy 2>err &&
	test_contains err "ssh.md: provider ssh: attribute host differs from the schema" &&
	test_contains err "aws.md: aws.s3.bucket: attribute versioning is missing" &&
	test_contains err "ssh.md: ssh.cron has no generated section" &&
	test_contains err "aws.md: aws.gone.type has a generated section but terrace has no such type" &&
	test_contains err "cli.md: terrace plan: differs from its -help" &&
	test_contains err "+  -destroy                 plan to destroy every resource" &&
	test_contains err "run \`make docs\` (docs/gen-reference.py)"
'

test_expect_success 'regenerating repairs it, a missing type gets a section of its own' '
	sed -i "/<!-- generated: aws.gone.type -->/,/<!-- end generated: aws.gone.type -->/d" copy/providers/aws.md &&
	gen --docs copy >out &&
	test_contains out "wrote copy/providers/ssh.md" &&
	gen --check --docs copy &&
	test_contains copy/providers/ssh.md "### \`ssh.cron\`"
'

test_done
