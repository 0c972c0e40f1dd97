#!/usr/bin/env bash
# t0712-docs-reference-tables: the hand-written tables of docs/ that
# `docs/gen-reference.py --check` holds against terrace (the command and
# function tables, the top-level keys of stack-language.md, the rows of
# docs/real-aws.md's IAM table) fail it, naming page and row, when they
# drift from the code.
. "$(dirname "$0")/../lib.sh"

gen () {
	python3 "$REPO_ROOT/docs/gen-reference.py" --terrace "$TERRACE" "$@"
}

test_expect_success 'the hand-written command and function tables are checked against terrace' '
	cp -r "$REPO_ROOT/docs" tables &&
	sed -i "/^| \`terrace force-unlock /d" tables/cli.md &&
	sed -i "s/^| \`terrace state pull\` \/ \`state push FILE\` |/| \`terrace state pull\` |/" tables/cli.md &&
	sed -i "/^| \`urlencode(s)\` |/d" tables/stack-language.md &&
	echo "| \`shout(s)\` | louder |" >>tables/stack-language.md &&
	test_expect_code 1 gen --check --docs tables 2>err &&
	test_contains err "cli.md: the command table has no row for \`terrace force-unlock\`" &&
	test_contains err "cli.md: the command table'"'"'s rows for \`terrace state\` do not name its subcommand push" &&
	test_contains err "stack-language.md: the function table has no row for urlencode()" &&
	test_contains err "stack-language.md: the function table has shout(), which terrace does not know"
'

test_expect_success 'the top-level keys in stack-language.md are the code'"'"'s' '
	test_contains "$REPO_ROOT/docs/stack-language.md" "\`checks\` and \`data\`" &&
	printf "stack: x\nzzzzzzzzzz: 1\n" >keys.yaml &&
	test_expect_code 1 terrace validate -stack keys.yaml 2>err &&
	sed -n "s/^  the top-level keys are //p" err | sed "s/, / /g; s/ and / /" | tr " " "\n" >code-keys &&
	sed -n "/<!-- generated: top-level keys -->/{n;p}" "$REPO_ROOT/docs/stack-language.md" |
		tr -d "\`" | sed "s/, / /g; s/ and / /" | tr " " "\n" >doc-keys &&
	test_cmp code-keys doc-keys &&
	cp -r "$REPO_ROOT/docs" keys &&
	sed -i "s/, \`lab\`//" keys/stack-language.md &&
	test_expect_code 1 gen --check --docs keys 2>err &&
	test_contains err "stack-language.md: top-level keys: differs from the code"
'

test_expect_success 'the IAM table has a row per aws type, with its helpers'"'"' operations' '
	grep "^| \`aws\." "$REPO_ROOT/docs/real-aws.md" | cut -d"\`" -f2 | sort >rows &&
	"$TERRACE" providers schema -json -written |
		python3 -c "import json,sys; print(*sorted(json.load(sys.stdin)[\"provider_schemas\"][\"aws\"][\"resource_schemas\"]), sep=\"\n\")" >types &&
	test_cmp types rows &&
	grep "^| \`aws.ec2.subnet\` |" "$REPO_ROOT/docs/real-aws.md" >subnet &&
	test_contains subnet "\`ec2:CreateSubnet\`" &&
	test_contains subnet "\`ec2:CreateTags\`" &&
	grep "^| \`aws.s3.bucket\` |" "$REPO_ROOT/docs/real-aws.md" >bucket &&
	test_contains bucket "\`s3:ListBucketVersions\`" &&
	test_contains bucket "\`s3:DeleteObjectVersion\`" &&
	# negatives: no run of terrace (a row of the repository'"'"'s docs, just read)
	! grep -E "s3:(HeadObject|HeadBucket|ListObjectsV2)\`" bucket
'

test_done
