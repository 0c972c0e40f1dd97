#!/usr/bin/env bash
# t0710-docs-reference: the generated parts of docs/ (each provider's
# configuration and resource attribute tables, from `terrace providers schema
# -json`, and each command's -help in docs/cli.md) match this terrace. They
# are regenerated into a temporary copy and compared with the committed pages;
# a copy that drifted (an attribute changed or missing, a type without a
# section, a section for a type that is gone, a stale -help) fails
# `docs/gen-reference.py --check` with a line naming the page, the type and
# the attribute or command, and telling what to run. docs/real-aws.md's IAM
# table (one row per aws type, the operations its source sends) fails the
# same way when a type's code calls another operation. The README stays a
# short front page that links every page of docs/.
. "$(dirname "$0")/lib.sh"

gen () {
	python3 "$REPO_ROOT/docs/gen-reference.py" --terrace "$TERRACE" "$@"
}

test_expect_success 'the committed docs match this terrace (else: run make docs)' '
	gen --check 2>err || { cat err; return 1; }
'

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

test_expect_success 'the hand-written command and function tables are checked against terrace' '
	cp -r "$REPO_ROOT/docs" tables &&
	sed -i "/^| \`terrace force-unlock /d" tables/cli.md &&
	sed -i "s/^| \`terrace state pull\` \/ \`state push FILE\` |/| \`terrace state pull\` |/" tables/cli.md &&
	sed -i "/^| \`sha256(s)\` |/d" tables/stack-language.md &&
	echo "| \`shout(s)\` | louder |" >>tables/stack-language.md &&
	test_expect_code 1 gen --check --docs tables 2>err &&
	test_contains err "cli.md: the command table has no row for \`terrace force-unlock\`" &&
	test_contains err "cli.md: the command table'"'"'s rows for \`terrace state\` do not name its subcommand push" &&
	test_contains err "stack-language.md: the function table has no row for sha256()" &&
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
	"$TERRACE" providers schema -json |
		python3 -c "import json,sys; print(*sorted(json.load(sys.stdin)[\"provider_schemas\"][\"aws\"][\"resource_schemas\"]), sep=\"\n\")" >types &&
	test_cmp types rows &&
	grep "^| \`aws.ec2.subnet\` |" "$REPO_ROOT/docs/real-aws.md" >subnet &&
	test_contains subnet "\`ec2:CreateSubnet\`" &&
	test_contains subnet "\`ec2:CreateTags\`" &&
	grep "^| \`aws.s3.bucket\` |" "$REPO_ROOT/docs/real-aws.md" >bucket &&
	test_contains bucket "\`s3:ListBucketVersions\`" &&
	test_contains bucket "\`s3:DeleteObjectVersion\`" &&
	! grep -E "s3:(HeadObject|HeadBucket|ListObjectsV2)\`" bucket
'

test_expect_success 'a stale IAM table fails, naming the page and the type' '
	cp -r "$REPO_ROOT/docs" iam && cp -r "$REPO_ROOT/provider/aws" src &&
	sed -i "/^| \`aws.ec2.vpc\` |/d" iam/real-aws.md &&
	sed -i "s/\"ModifySubnetAttribute\"/\"ModifyVpcAttribute\"/" src/ec2_subnet.c &&
	test_expect_code 1 gen --check --docs iam --source src 2>err &&
	test_contains err "real-aws.md: iam actions: type aws.ec2.vpc is missing" &&
	test_contains err "real-aws.md: iam actions: type aws.ec2.subnet differs from the source" &&
	test_contains err "source: | \`aws.ec2.subnet\` | \`ec2:CreateSubnet\`, \`ec2:CreateTags\`, \`ec2:DeleteSubnet\`, \`ec2:DeleteTags\`, \`ec2:DescribeSubnets\`, \`ec2:ModifyVpcAttribute\` |" &&
	test $(grep -c "^real-aws.md\|^iam/real-aws.md" err) = 2 &&
	gen --docs iam --source src >out &&
	test_contains out "wrote iam/real-aws.md" &&
	gen --check --docs iam --source src
'

test_expect_success 'a helper'"'"'s operation reaches only the types that call it' '
	cp -r "$REPO_ROOT/provider/aws" src2 &&
	sed -i "s/\"DeleteTags\"/\"DeleteVpcPeeringConnection\"/" src2/ec2.c &&
	test_expect_code 1 gen --check --source src2 2>err &&
	test_contains err "type aws.ec2.vpc differs from the source" &&
	test_contains err "type aws.ec2.eip differs from the source" &&
	! grep "aws.ec2.security_group_rule differs" err &&
	! grep "aws.s3.bucket differs" err
'

test_expect_success 'the README fits in 10 KB, keeps the two commands and links every docs page' '
	test $(wc -c <"$REPO_ROOT/README.md") -lt 10240 &&
	test_line "$REPO_ROOT/README.md" "make demo" &&
	test_line "$REPO_ROOT/README.md" "make test" &&
	(cd "$REPO_ROOT" && ls docs/*.md docs/providers/*.md) >pages &&
	test $(wc -l <pages) -ge 10 &&
	while read page; do
		test_contains "$REPO_ROOT/README.md" "]($page)" || return 1
	done <pages
'

test_expect_success 'the README says how to install before the demo, with the man page and completion' '
	sed -n "1,/make demo/p" "$REPO_ROOT/README.md" >before-demo &&
	test_line before-demo "## Install" &&
	test_match before-demo "^    make install PREFIX=" &&
	test_match before-demo "^    man terrace" &&
	test_match before-demo "terrace completion bash" &&
	(cd "$REPO_ROOT" && sed -n "/^install:/,/^\$/p" Makefile) >install-rule &&
	test_contains install-rule "man1/terrace.1" &&
	test_contains install-rule "install-completion"
'

test_expect_success 'no stale note: types the schema has are not called unmodelled' '
	"$TERRACE" providers schema -json >schema.json &&
	test_contains schema.json "\"aws.rds.subnet_group\"" &&
	! grep -i "not modelled.*subnet group\|subnet groups and VPC security groups" \
		"$REPO_ROOT/docs/providers/aws.md" &&
	test_contains schema.json "\"host_key\"" &&
	! grep "host key must be in known_hosts" "$REPO_ROOT/docs/providers/postgres.md"
'

test_expect_success 'no file of the project keeps a merge conflict marker' '
	(cd "$REPO_ROOT" && grep -rIlE "^(<<<<<<<|>>>>>>>) " --exclude-dir=node_modules \
		--exclude-dir=.git --exclude-dir=build --exclude-dir=build-san \
		README.md Makefile docs cmd stacks plan provider modules examples tests bench .ci) >marked;
	test_empty marked
'

test_done
