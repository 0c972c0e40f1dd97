#!/usr/bin/env bash
# time-limit: 1800 (49 s of CPU; 547 s and then over 600 s of wall clock seen under a full suite at load 10-13)
# t0711-docs-reference-regenerate: the generated parts of docs/ are
# regenerated into a temporary copy and compared with the committed pages;
# a copy that drifted (an attribute changed or missing, a type without a
# section, a section for a type that is gone, a stale -help) fails
# `docs/gen-reference.py --check` with a line naming the page, the type and
# the attribute or command, and telling what to run; regenerating repairs it.
. "$(dirname "$0")/../lib.sh"

gen () {
	python3 "$REPO_ROOT/docs/gen-reference.py" --terrace "$TERRACE" "$@"
}

test_expect_success 'regenerating into a copy changes nothing' '
	cp -r "$REPO_ROOT/docs" copy &&
	gen --docs copy >out &&
	# negatives: no run of terrace (the generator of the pages; diff -r compares them)
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

# section TYPE / without TYPE: the page on stdin's section of TYPE (its
# heading to the next heading), or the page without it.
section () {
	awk -v h="### \`$1\`" '$0 == h {f = 1; print; next} f && /^##/ {f = 0} f'
}
without () {
	awk -v h="### \`$1\`" '$0 == h {f = 1; next} f && /^##/ {f = 0} !f'
}

# What a merge of two branches that each added types left on aws.md (issue
# 47): a block's rows and end marker after another type's block, sections
# under "## Lookups" and out of types.def's order. --check names each; make
# docs refuses the page until a person removes the leftovers, then puts
# every section in its place with its notes.
test_expect_success 'a merged page'\''s leftovers and misplaced sections fail --check; make docs moves the sections back' '
	cp -r "$REPO_ROOT/docs" merged &&
	page=merged/providers/aws.md &&
	sed -n "/<!-- generated: aws.ecr.repository -->/,/<!-- end generated: aws.ecr.repository -->/p" $page |
		sed 1,7d >leftover &&
	test $(wc -l <leftover) -ge 5 &&
	sed -i "/<!-- end generated: aws.kinesis.stream -->/r leftover" $page &&
	section aws.sqs.queue <$page >queue &&
	{ without aws.sqs.queue <$page && echo && cat queue; } >moved &&
	section aws.glue.job <moved >job &&
	without aws.glue.job <moved >$page &&
	sed -i "/^### \`aws.scheduler.schedule\`/e cat job" $page &&
	test_expect_code 1 gen --check --docs merged 2>err &&
	test_match err "aws.md:[0-9]+: a generated table row outside every block" &&
	test_match err "aws.md:[0-9]+: .<!-- end generated: aws.ecr.repository -->. has no .<!-- generated: aws.ecr.repository -->. before it" &&
	test_match err "aws.md:[0-9]+: the section of .aws.sqs.queue. is under \"## Lookups\"" &&
	test_match err "aws.md:[0-9]+: the section of .aws.scheduler.schedule. comes after that of .aws.glue.job." &&
	test_expect_code 1 gen --docs merged >out 2>err2 &&
	test_contains err2 "the page cannot be generated until this is mended" &&
	sed -i "/<!-- end generated: aws.kinesis.stream -->/,/<!-- end generated: aws.ecr.repository -->/{/<!-- end generated: aws.kinesis.stream -->/!d}" $page &&
	gen --docs merged >out &&
	test_contains out "wrote merged/providers/aws.md" &&
	test_cmp "$REPO_ROOT/docs/providers/aws.md" $page
'

test_done
