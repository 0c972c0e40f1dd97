#!/usr/bin/env bash
# time-limit: 1800 (a release build of the copy: about 90 s, for the aws files
# that include types.def; and the repository's own first when it has none)
# t0730-guide-toy-type: docs/adding-a-resource-type.md is enough to add a
# type. A copy of the source (with the repository's build/, made first as
# t0720 makes it when it is missing, so that make recompiles only what the
# steps change) gets the guide's toy type, aws.mq.toy, by applying the
# blocks of its section "A toy type, step by step" that a `<!-- toy:
# ACTION -->` line announces, and nothing else:
# `create FILE` (its folder made when new: the toy is the first type of
# its service, in a folder of its own), `append FILE`, `insert FILE after TEXT` (after the one line
# holding TEXT), `run` (shell commands in the copy's top folder, run after
# the edits) and `stack` (a stack of the type). Then the copy is built by
# the guide's own commands, and: the type is in `terrace providers schema
# -json`, the stack validates (and without its name is refused),
# docs/check-design-map.py passes (and fails without the toy's line of the
# map), and the lists derived from the schema name it (t0435/all_types.py,
# every_type/types.py, which t0979 derives its types not delayed with, and
# the generated reference). A guide whose steps stop working fails here.
. "$(dirname "$0")/../lib.sh"

copy=$TRASH/copy

# apply_toy.py GUIDE ROOT: apply the guide's toy blocks to the copy at ROOT;
# writes toy-run.sh and toy-stack.yaml (in the cwd) and prints one line per
# block applied.
cat >apply_toy.py <<'PY'
import os
import re
import sys

guide, root = sys.argv[1], sys.argv[2]
text = open(guide).read()
blocks = re.findall(r"^<!-- toy: (.+?) -->\n```[^\n]*\n(.*?)^```\n", text, re.S | re.M)
if not blocks:
    sys.exit("%s: no <!-- toy: ... --> blocks" % guide)
run = open("toy-run.sh", "w")
run.write("set -e\n")
for action, body in blocks:
    words = action.split(" ", 1)
    verb, rest = words[0], words[1] if len(words) > 1 else ""
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
        at = [i for i, l in enumerate(lines) if anchor in l]
        if len(at) != 1:
            sys.exit("insert %s: %d lines hold %r, not one" % (name, len(at), anchor))
        lines[at[0] + 1:at[0] + 1] = [body]
        with open(path, "w") as f:
            f.write("".join(lines))
    elif verb == "run":
        run.write(body)
    elif verb == "stack":
        with open("toy-stack.yaml", "w") as f:
            f.write(body)
    else:
        sys.exit("unknown toy action %r" % action)
    print(action)
PY

# files_of.py ROOT: "SHA256 PATH" of each file under ROOT but build/.
cat >files_of.py <<'PY'
import hashlib
import os
import sys

root = sys.argv[1]
for top, dirs, files in os.walk(root):
    dirs[:] = [d for d in dirs if not (top == root and d in ("build", "build-san", ".git"))]
    for name in files:
        path = os.path.join(top, name)
        with open(path, "rb") as f:
            print(hashlib.sha256(f.read()).hexdigest(), os.path.relpath(path, root))
PY

# The repository's build/ is written by t0720 too: not at once, nor while
# it is copied (the lock is let go once the copy has it).
test_exclusive release-build

test_expect_success 'setup: a copy of the source, with the repository'\''s build/ (made when missing)' '
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
	python3 files_of.py "$copy" >files.before &&
	test -f "$copy/docs/adding-a-resource-type.md" &&
	test ! -e "$copy/provider/aws/mq" # negatives: no run of terrace (the copy of the source)
'
exec 7>&- # test_exclusive's lock

test_expect_success 'the guide'\''s toy steps apply to the copy' '
	python3 apply_toy.py "$copy/docs/adding-a-resource-type.md" "$copy" >applied &&
	cat applied &&
	test_line applied "create provider/aws/mq/toy.c" &&
	test_line applied "append provider/aws/types.def" &&
	grep -q "^insert docs/design.md after " applied &&
	test_line applied run &&
	test_line applied stack &&
	grep -q "aws_mq_toy_type" "$copy/provider/aws/types.def" &&
	grep -q "aws/mq/: toy.c (aws.mq.toy" "$copy/docs/design.md"
'

# The guide's commands as written; what they compile again (every aws file
# includes types.def) without optimisation (RELFLAGS, a command-line
# variable through MAKEFLAGS): the copy only has to run.
test_expect_success 'the copy builds, its permissions and pages generated, by the guide'\''s commands' '
	(cd "$copy" && MAKEFLAGS="-j2 RELFLAGS=-O0" bash "$TRASH/toy-run.sh") >run.out 2>&1 ||
		{ tail -n 30 run.out; false; }
'

# Issue 59: adding a type by the guide touches at most 8 files outside
# tests/ and docs/ (Terraform's AWS provider: about four and a page).
test_expect_success 'the guide'\''s steps touched at most 8 files outside tests/ and docs/' '
	python3 files_of.py "$copy" >files.after &&
	python3 - files.before files.after >touched <<-\PY &&
	import sys
	def read(path):
	    return dict(line.rstrip("\n").split(" ", 1)[::-1] for line in open(path))
	before, after = read(sys.argv[1]), read(sys.argv[2])
	for path in sorted(set(before) | set(after)):
	    if before.get(path) != after.get(path) and not path.startswith(("tests/", "docs/")):
	        print(path)
	PY
	cat touched &&
	test_line touched provider/aws/mq/toy.c &&
	test_line touched provider/aws/types.def &&
	test "$(wc -l <touched)" -le 8
'

test_expect_success 'the toy type is in providers schema -json' '
	"$copy/build/terrace" providers schema -json -written >schema.json &&
	test_equal "arn name size" "$(json_get schema.json "\" \".join(sorted(d[\"provider_schemas\"][\"aws\"][\"resource_schemas\"][\"aws.mq.toy\"][\"attributes\"]))")"
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

# The map places a type's file by its types.def line (issue 70): without its
# line in the map the check passes; without its types.def line too, it names
# the file.
test_expect_success 'the design map check passes, places the toy'\''s file by its types.def line, and names it without both' '
	"$copy/docs/check-design-map.py" --check &&
	cp "$copy/docs/design.md" design.md.toy &&
	cp "$copy/provider/aws/types.def" types.def.toy &&
	grep -v "toy.c (aws.mq.toy" design.md.toy >"$copy/docs/design.md" &&
	"$copy/docs/check-design-map.py" --check &&
	grep -v "aws_mq_toy_type\|mq/toy.c" types.def.toy >"$copy/provider/aws/types.def" &&
	! "$copy/docs/check-design-map.py" --check 2>map.err &&
	cp design.md.toy "$copy/docs/design.md" &&
	cp types.def.toy "$copy/provider/aws/types.def" &&
	test_contains map.err "the map leaves out provider/aws/mq/toy.c"
'

test_expect_success 'the lists derived from the schema name it: every type'\''s stack, t0979'\''s, the reference' '
	python3 "$copy/tests/integration/cmd/t0435/all_types.py" schema.json >all_types &&
	test_contains all_types "\"aws_mq_toy\": {\"type\": \"aws.mq.toy\"" &&
	test_match "$copy/tests/integration/reality/t0979-reality-every-type.sh" \
		"every_type/types.py\"? schema.json delayed >not_delayed" &&
	python3 "$copy/tests/integration/every_type/types.py" schema.json >types &&
	test_line types aws.mq.toy &&
	test_line "$copy/docs/providers/aws.md" "### \`aws.mq.toy\`" &&
	(cd "$copy" && docs/gen-reference.py --check --terrace build/terrace)
'

test_done
