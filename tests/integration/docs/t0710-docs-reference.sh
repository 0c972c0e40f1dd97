#!/usr/bin/env bash
# t0710-docs-reference: the generated parts of docs/ (each provider's
# configuration and resource attribute tables, from `terrace providers schema
# -json`, each command's -help in docs/cli.md, docs/real-aws.md's IAM table)
# match this terrace: `docs/gen-reference.py --check` passes on the committed
# pages. The README stays a short front page that links every page of docs/
# and says how to install; no page keeps a stale note, no file a merge
# conflict marker. What a drifted page makes --check say: t0711 (attribute
# tables and -help), t0712 (the hand-written tables), t0713 (the IAM table).
. "$(dirname "$0")/../lib.sh"

gen () {
	python3 "$REPO_ROOT/docs/gen-reference.py" --terrace "$TERRACE" "$@"
}

test_expect_success 'the committed docs match this terrace (else: run make docs)' '
	gen --check 2>err || { cat err; return 1; }
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
	"$TERRACE" providers schema -json -written >schema.json &&
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
	test_empty marked # negatives: no run of terrace (a scan of the repository)
'

test_done
