#!/usr/bin/env bash
# time-limit: 1800 (a build of the copy without optimisation: about 20 s for
# the aws files that include types.def, twice; and the repository's own
# release build first when it has none)
# t0730-guide-toy-type: docs/adding-a-resource-type.md is enough to add a
# type, and `make unit` fails while a type is missing from what is derived
# from it (issue 70, point 2). A copy of the source (with the repository's
# build/, made first as t0720 makes it when it is missing, so that make
# recompiles only what the steps change; a git repository of its own, to
# count what the steps changed) gets the guide's toy type, aws.events.toy,
# by applying the blocks of its section "A toy type, step by step" that a
# `<!-- toy: ACTION -->` line announces, and nothing else: `create FILE`
# (its folder made when new), `append FILE`, `insert FILE after TEXT`
# (after the one line holding TEXT), `run` (shell commands in the copy's
# top folder) and `stack` (a stack of the type). The blocks before the run
# (the type's file, its types.def line, test, constraints.map lines, card
# and awscc.md row) are applied first, the copy built, and each check of
# `make unit` that holds a derived list fails naming the toy: constraints
# (gen_constraints.py), members sent (members_code.py), permissions
# (gen-reference.py --permissions, test_policy), the reference pages
# (t0710's check), check_type_lists.py. Then the guide's run (its
# generators and the build) and the blocks after it (its prose), and each
# check passes; with the card, the constraints.map lines, the awscc.md row
# or `.import_id` taken out again, check_type_lists.py, coverage.py and
# test_registry fail naming it. The copy's terrace runs the toy's own test
# against moto; the files the steps wrote by hand (git diff of the copy,
# generated files and blocks left out) are as many as the guide says; the
# map places the toy's file by its types.def line; the lists derived from
# the schema name it. A guide whose steps stop working fails here.
# The guide's run asks Java (javac) for the verdicts on the pattern of the
# toy's name (tests/servers/install-deps.sh installs a JDK).
. "$(dirname "$0")/../lib.sh"

copy=$TRASH/copy

# apply_toy.py GUIDE ROOT PART: apply the edits of the guide's toy blocks of
# PART (1: those before its `run` block, 2: those after it) to the copy at
# ROOT; writes toy-run.sh (the run's commands) and toy-stack.yaml (in the
# cwd) and prints one line per block applied. A block is fenced by three
# backticks or more (four around one that holds a fenced example).
cat >apply_toy.py <<'PY'
import os
import re
import sys

guide, root, part = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(guide).read()
blocks = re.findall(r"^<!-- toy: (.+?) -->\n(`{3,})[^\n]*\n(.*?)^\2\n", text, re.S | re.M)
if not blocks:
    sys.exit("%s: no <!-- toy: ... --> blocks" % guide)
if sum(1 for action, _f, _b in blocks if action == "run") != 1:
    sys.exit("%s: not one <!-- toy: run --> block" % guide)
at = 1
for action, _fence, body in blocks:
    words = action.split(" ", 1)
    verb, rest = words[0], words[1] if len(words) > 1 else ""
    if verb == "run":
        if at == part:
            with open("toy-run.sh", "w") as f:
                f.write("set -e\n" + body)
            print(action)
        at += 1
        continue
    if at != part:
        continue
    if verb == "create":
        path = os.path.join(root, rest)
        if os.path.exists(path):
            sys.exit("create %s: it is there already" % rest)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(body)
    elif verb == "append":
        path = os.path.join(root, rest)
        old = open(path).read()
        with open(path, "w") as f:
            f.write(old + ("" if old.endswith("\n") else "\n") + body)
    elif verb == "insert":
        name, sep, anchor = rest.partition(" after ")
        if not sep:
            sys.exit("insert %s: no `after TEXT`" % rest)
        path = os.path.join(root, name)
        lines = open(path).read().splitlines(True)
        found = [i for i, l in enumerate(lines) if anchor in l]
        if len(found) != 1:
            sys.exit("insert %s: %d lines hold %r, not one" % (name, len(found), anchor))
        lines[found[0] + 1:found[0] + 1] = [body]
        with open(path, "w") as f:
            f.write("".join(lines))
    elif verb == "stack":
        with open("toy-stack.yaml", "w") as f:
            f.write(body)
    else:
        sys.exit("unknown toy action %r" % action)
    print(action)
PY

# by_hand.py ROOT: the files of the git repository at ROOT that differ from
# its commit, one a line, but those only a generator wrote: a file whose
# opening lines say GENERATED, tests/unit/pattern_verdicts.json (JSON, with
# no room to say it: gen_constraints.py --verdicts writes it whole), and in
# a page, a change that lies wholly inside its `<!-- generated: X -->` ...
# `<!-- end generated: X -->` blocks.
cat >by_hand.py <<'PY'
import difflib
import subprocess
import sys

root = sys.argv[1]
WHOLLY_GENERATED = {"tests/unit/pattern_verdicts.json"}


def git(*args):
    return subprocess.run(["git", "-C", root] + list(args), check=True,
                          capture_output=True, text=True).stdout


def generated_lines(lines):
    """The indexes of the lines inside generated blocks (markers included)."""
    out, inside = set(), False
    for i, line in enumerate(lines):
        if line.startswith("<!-- generated:"):
            inside = True
        if inside:
            out.add(i)
        if line.startswith("<!-- end generated:"):
            inside = False
    return out


for entry in git("status", "--porcelain", "--untracked-files=all").splitlines():
    path = entry[3:]
    new = open("%s/%s" % (root, path)).read().splitlines()
    if "GENERATED" in "\n".join(new[:6]) or path in WHOLLY_GENERATED:
        continue
    if entry.startswith("??"):
        print(path)
        continue
    old = git("show", "HEAD:" + path).splitlines()
    old_gen, new_gen = generated_lines(old), generated_lines(new)
    ops = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    if any(tag != "equal" and (set(range(i1, i2)) - old_gen or set(range(j1, j2)) - new_gen)
           for tag, i1, i2, j1, j2 in ops):
        print(path)
PY

# The repository's build/ is written by t0720 too: not at once, nor while
# it is copied (the lock is let go once the copy has it).
test_exclusive release-build

test_expect_success 'setup: a copy of the source, with the repository'\''s build/ (made when missing), committed' '
	make -C "$REPO_ROOT" --no-print-directory -j2 build/terrace >make.out 2>&1 ||
		{ tail -20 make.out; false; } &&
	mkdir "$copy" &&
	(cd "$REPO_ROOT" &&
	 if git rev-parse --git-dir >/dev/null 2>&1; then
		git ls-files -co --exclude-standard -z | grep -zvE "^build(-san)?/" | tar -c --null -T - -f -
	 else
		tar -c --exclude=./.git --exclude=./build --exclude=./build-san -f - .
	 fi) | tar -x -C "$copy" &&
	cp -a "$REPO_ROOT/build" "$copy/build" &&
	test -f "$copy/docs/adding-a-resource-type.md" &&
	(cd "$copy" && git init -q && git add -A &&
	 git -c user.name=t0730 -c user.email=t0730@example.invalid -c commit.gpgsign=false \
		commit -qm "the source") &&
	test -z "$(git -C "$copy" status --porcelain)" &&
	test ! -e "$copy/provider/aws/events/toy.c" # negatives: no run of terrace (the copy of the source)
'
exec 7>&- # test_exclusive's lock

# Its build without optimisation (RELFLAGS, a command-line variable through
# MAKEFLAGS): the copy only has to run. test_policy and test_registry
# linked with the release library (the sanitizer build of the whole copy
# would take minutes).
unit_test () {
	(cd "$copy" && make --no-print-directory -s -j2 RELFLAGS=-O0 --eval '
build/tests/%: tests/unit/%.c build/libterrace.a ; @mkdir -p build/tests && $(CC) $(BASEFLAGS) $(RELFLAGS) -o $@ $< build/libterrace.a $(LIBS) $(CMOCKA_LIBS)' \
		"build/tests/$1" && "build/tests/$1")
}

# in_copy CMD...: a check of make unit, run in the copy's top folder.
in_copy () {
	(cd "$copy" && "$@")
}

test_expect_success 'the guide'\''s toy steps before its run apply to the copy' '
	python3 apply_toy.py "$copy/docs/adding-a-resource-type.md" "$copy" 1 >applied &&
	cat applied &&
	test_line applied "create provider/aws/events/toy.c" &&
	test_line applied "append provider/aws/types.def" &&
	test_line applied "create tests/integration/aws/events/t1519-events-toy.sh" &&
	grep -q "^insert provider/aws/checks/constraints.map after " applied &&
	test_line applied "create tests/integration/every_type/cards/aws.events.toy.py" &&
	grep -q "^insert docs/providers/awscc.md after " applied &&
	test_line applied run &&
	grep -q "aws_events_toy_type" "$copy/provider/aws/types.def" &&
	grep -q "^aws.events.toy name events CreateEventBus Name$" "$copy/provider/aws/checks/constraints.map"
'

test_expect_success 'the copy builds with the toy type (its generated files not yet run)' '
	(cd "$copy" && make --no-print-directory -j2 RELFLAGS=-O0 build/terrace) >build.out 2>&1 ||
		{ tail -n 30 build.out; false; }
'

# Each check of make unit that holds a list derived from the types, while
# the toy is in its types.def line and source but not yet in the list.
test_expect_success 'before the run: the constraints check fails, naming the toy'\''s rows (gen_constraints.py --check)' '
	! in_copy provider/aws/checks/gen_constraints.py --check 2>err &&
	test_contains err "run \`make constraints\`" &&
	test_contains err "{ \"aws.events.toy\", \"name\", false, \"events CreateEventBus Name\""
'

test_expect_success 'before the run: the members check fails, naming what the toy sends (members_code.py --check)' '
	! in_copy tests/contract/members_code.py --check 2>err &&
	test_contains err "not listed: events CreateEventBus Name" &&
	test_contains err "not listed: events DeleteEventBus Name"
'

test_expect_success 'before the run: the permissions check and test_policy fail, naming the toy' '
	! in_copy docs/gen-reference.py --permissions --check >out 2>&1 &&
	test_contains out "{ \"aws.events.toy\", AWS_PHASE_CREATE, \"events:CreateEventBus events:DescribeEventBus\" }" &&
	! unit_test test_policy >policy.out 2>&1 &&
	test_contains policy.out "aws.events.toy: no actions for phase 0 in permissions.gen.c"
'

test_expect_success 'before the run: the reference pages (t0710'\''s check) and check_type_lists.py fail, naming the toy' '
	! in_copy docs/gen-reference.py --check --terrace build/terrace >out 2>&1 &&
	test_contains out "aws.events.toy" &&
	! in_copy tests/check_type_lists.py --check 2>err &&
	test_line err "check_type_lists.py: aws.events.toy: not in docs/providers/aws*.md: its section (\`make docs\` writes it; its prose goes above the table)"
'

test_expect_success 'the guide'\''s run (its generators and the build), then its steps after the run' '
	(cd "$copy" && MAKEFLAGS="-j2 RELFLAGS=-O0" bash "$TRASH/toy-run.sh") >run.out 2>&1 ||
		{ tail -n 30 run.out; false; } &&
	python3 apply_toy.py "$copy/docs/adding-a-resource-type.md" "$copy" 2 >applied &&
	cat applied &&
	test_line applied "insert docs/providers/aws.md after ### \`aws.events.toy\`" &&
	test_line applied stack
'

test_expect_success 'after the run: every check of a derived list passes' '
	in_copy provider/aws/checks/gen_constraints.py --check &&
	in_copy tests/contract/members_code.py --check &&
	in_copy tests/contract/coverage.py --check &&
	in_copy docs/gen-reference.py --permissions --check &&
	unit_test test_policy >policy.out 2>&1 &&
	unit_test test_registry >registry.out 2>&1 &&
	unit_test test_constraints >constraints.out 2>&1 &&
	in_copy docs/gen-reference.py --check --terrace build/terrace &&
	in_copy tests/check_type_lists.py --check &&
	in_copy docs/check-design-map.py --check &&
	in_copy tests/integration/group.py --check >group.out &&
	in_copy tests/integration/negatives.py --check tests/integration/aws/events/t1519-events-toy.sh &&
	test_contains "$copy/docs/real-aws.md" "| \`aws.events.toy\` | \`events:CreateEventBus\`" &&
	test_contains "$copy/docs/stack-language.md" "\`aws.events.toy\` name (256)"
'

test_expect_success 'without its card, check_type_lists.py names the toy and the lists the card stands for' '
	card=tests/integration/every_type/cards/aws.events.toy.py &&
	mv "$copy/$card" card.py &&
	! in_copy tests/check_type_lists.py --check 2>err &&
	mv card.py "$copy/$card" &&
	test_contains err "aws.events.toy: not in tests/integration/every_type/counts.py (COUNTS)" &&
	test_contains err "aws.events.toy: not in tests/integration/aws/common/t0810-lost-create-every-type.sh (its creates table)" &&
	test_contains err "aws.events.toy: not in tests/integration/rules/t0099/edges_stacks.py" &&
	in_copy tests/check_type_lists.py --check
'

test_expect_success 'without its awscc.md row, check_type_lists.py names the toy' '
	cp "$copy/docs/providers/awscc.md" awscc.md &&
	grep -v "^| \`aws.events.toy\` |" awscc.md >"$copy/docs/providers/awscc.md" &&
	! in_copy tests/check_type_lists.py --check 2>err &&
	cp awscc.md "$copy/docs/providers/awscc.md" &&
	test_contains err "aws.events.toy: not in docs/providers/awscc.md (native counterparts)"
'

test_expect_success 'without its constraints.map lines, coverage.py names what the toy sends unchecked' '
	cp "$copy/provider/aws/checks/constraints.map" constraints.map &&
	grep -v "^aws.events.toy " constraints.map >"$copy/provider/aws/checks/constraints.map" &&
	! in_copy tests/contract/coverage.py --check 2>err &&
	cp constraints.map "$copy/provider/aws/checks/constraints.map" &&
	test_contains err "coverage: events CreateEventBus Name: sent by the code" &&
	test_contains err "coverage: events CreateEventBus Description: sent by the code" &&
	in_copy tests/contract/coverage.py --check
'

test_expect_success 'without its import_id, test_registry names the toy' '
	cp "$copy/provider/aws/events/toy.c" toy.c &&
	grep -v "\.import_id = " toy.c >"$copy/provider/aws/events/toy.c" &&
	! unit_test test_registry >registry.out 2>&1 &&
	cp toy.c "$copy/provider/aws/events/toy.c" &&
	test_contains registry.out "aws.events.toy: set exactly one of import_id and not_importable" &&
	unit_test test_registry >registry.out 2>&1 &&
	(cd "$copy" && make --no-print-directory -s -j2 RELFLAGS=-O0 build/terrace)
'

# Issue 70: a new type in an existing service is its file, its types.def
# line, its test, its card and its prose, plus generated files (and its
# constraints.map lines; the toy its awscc.md row besides): the count the
# guide says.
test_expect_success 'the files the steps wrote by hand are as many as the guide says' '
	python3 by_hand.py "$copy" >by-hand &&
	cat by-hand &&
	said=$(sed -n "s/.*It touches \([0-9]*\) files by hand.*/\1/p" "$copy/docs/adding-a-resource-type.md") &&
	test -n "$said" &&
	test_equal "$said" "$(wc -l <by-hand)" &&
	test_line by-hand provider/aws/events/toy.c &&
	test_line by-hand provider/aws/types.def &&
	test_line by-hand provider/aws/checks/constraints.map &&
	test_line by-hand tests/integration/aws/events/t1519-events-toy.sh &&
	test_line by-hand tests/integration/every_type/cards/aws.events.toy.py &&
	test_line by-hand docs/providers/aws.md &&
	test_line by-hand docs/providers/awscc.md &&
	git -C "$copy" status --porcelain >changed &&
	test_contains changed " M provider/aws/permissions.gen.c" &&
	test_contains changed " M provider/aws/checks/constraints.gen.c" &&
	test_contains changed " M tests/contract/members-code.txt" &&
	test_contains changed " M tests/unit/pattern_verdicts.json" &&
	test_contains changed " M docs/real-aws.md"
'

test_expect_success 'the toy'\''s own test passes against moto, run with the copy'\''s terrace' '
	TERRACE="$copy/build/terrace" TMPDIR="$TRASH" \
		"$copy/tests/integration/run.sh" t1519-events-toy.sh >toy-test.out 2>&1 ||
		{ cat toy-test.out; false; } &&
	test_match toy-test.out "^ok 1 - apply makes the bus" &&
	test_match toy-test.out "^ok 3 - destroy leaves no bus"
'

test_expect_success 'the toy type is in providers schema -json' '
	"$copy/build/terrace" providers schema -json -written >schema.json &&
	test_equal "arn description name" "$(json_get schema.json "\" \".join(sorted(d[\"provider_schemas\"][\"aws\"][\"resource_schemas\"][\"aws.events.toy\"][\"attributes\"]))")"
'

test_expect_success 'the guide'\''s stack of it validates; without its name it is refused' '
	mkdir valid missing &&
	{ printf "stack: toy\nproviders:\n  aws:\n    region: us-east-1\n"; cat toy-stack.yaml; } >valid/stack.yaml &&
	(cd valid && "$copy/build/terrace" validate -no-color) >valid.out 2>&1 &&
	test_line valid.out "Success! The stack is valid (1 resources)." &&
	grep -v "^    name: " valid/stack.yaml >missing/stack.yaml &&
	! (cd missing && "$copy/build/terrace" validate -no-color) >missing.out 2>&1 &&
	test_contains missing.out "is missing required attribute \"name\""
'

# The map places a type's file by its types.def line (issue 70): the toy
# needs no line of its own; without its types.def line, the check names
# the file.
test_expect_success 'the design map places the toy'\''s file by its types.def line, and names it without' '
	in_copy docs/check-design-map.py --check &&
	cp "$copy/provider/aws/types.def" types.def.toy &&
	grep -v "aws_events_toy_type\|events/toy.c" types.def.toy >"$copy/provider/aws/types.def" &&
	! in_copy docs/check-design-map.py --check 2>map.err &&
	cp types.def.toy "$copy/provider/aws/types.def" &&
	test_contains map.err "the map leaves out provider/aws/events/toy.c"
'

test_expect_success 'the lists derived from the schema name it: every type'\''s stack, t0979'\''s, the reference' '
	python3 "$copy/tests/integration/cmd/t0435/all_types.py" schema.json >all_types &&
	test_contains all_types "\"aws_events_toy\": {\"type\": \"aws.events.toy\"" &&
	test_match "$copy/tests/integration/reality/t0979-reality-every-type.sh" \
		"every_type/types.py\"? schema.json delayed >not_delayed" &&
	python3 "$copy/tests/integration/every_type/types.py" schema.json >types &&
	test_line types aws.events.toy &&
	test_line "$copy/docs/providers/aws.md" "### \`aws.events.toy\`" &&
	in_copy docs/gen-reference.py --check --terrace build/terrace
'

test_done
