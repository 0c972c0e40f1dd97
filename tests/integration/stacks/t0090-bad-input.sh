#!/usr/bin/env bash
# t0090-bad-input: mistakes in a stack are reported as
# "FILE:LINE:COL: error: MESSAGE" lines (with indented hints), all of them
# at once, and the command exits 1 without contacting any server.
. "$(dirname "$0")/../lib.sh"

# expect_errors FILE: validate and plan on FILE exit 1, and their stderr holds
# the lines of FILE.expect in that order (other lines may come between).
expect_errors () {
	local f=$1 cmd
	for cmd in validate plan; do
		test_expect_code 1 terrace $cmd -stack "$f" >out 2>err || return 1
		python3 - "$f.expect" err <<-'PY' >&5 || return 1
		import sys
		want = [l.rstrip("\n") for l in open(sys.argv[1])]
		got = [l.rstrip("\n") for l in open(sys.argv[2])]
		i = 0
		for line in got:
		    if i < len(want) and line == want[i]:
		        i += 1
		if i < len(want):
		    print("missing from stderr (in this order):")
		    for l in want[i:]:
		        print("  " + l)
		    print("stderr was:")
		    for l in got:
		        print("| " + l)
		    sys.exit(1)
		PY
	done
}

printf 'stack: bad\nresources:\n  lake:\n\ttype: aws.s3.bucket\n' >syntax.yaml
cat >syntax.yaml.expect <<-'END'
syntax.yaml:4:1: error: found character that cannot start any token
  a tab at 4:1: YAML indents with spaces only
END

test_expect_success 'a YAML syntax error' '
	expect_errors syntax.yaml
'

cat >type.yaml <<-'END'
stack: bad
resources:
  lake:
    type: aws.s3.buckt
    name: acme-lake
END
cat >type.yaml.expect <<-'END'
type.yaml:4:11: error: unknown resource type "aws.s3.buckt"
  did you mean "aws.s3.bucket"?
END

test_expect_success 'an unknown resource type, with a suggestion' '
	expect_errors type.yaml
'

cat >attr.yaml <<-'END'
stack: bad
resources:
  lake:
    type: aws.s3.bucket
    name: acme-lake
    versoning: true
END
cat >attr.yaml.expect <<-'END'
attr.yaml:6:5: error: unknown attribute "versoning" of resource "lake"
  did you mean "versioning"?
END

test_expect_success 'a misspelled attribute, with a suggestion' '
	expect_errors attr.yaml
'

cat >wrongtype.yaml <<-'END'
stack: bad
resources:
  lake:
    type: aws.s3.bucket
    name: acme-lake
    versioning: [1, 2]
    tags: [a, b]
END
cat >wrongtype.yaml.expect <<-'END'
wrongtype.yaml:6:17: error: attribute "versioning" of resource "lake" must be a bool, got list
wrongtype.yaml:7:11: error: attribute "tags" of resource "lake" must be a map, got list
END

test_expect_success 'values of the wrong type' '
	expect_errors wrongtype.yaml
'

cat >required.yaml <<-'END'
stack: bad
resources:
  lake:
    type: aws.s3.bucket
    versioning: true
END
cat >required.yaml.expect <<-'END'
required.yaml:3:3: error: resource "lake" is missing required attribute "name"
END

test_expect_success 'a missing required attribute' '
	expect_errors required.yaml
'

cat >ref.yaml <<-'END'
stack: bad
resources:
  lake:
    type: aws.s3.bucket
    name: acme-lake
  obj:
    type: aws.s3.object
    bucket: ${lakes.name}
    key: a.txt
    content: ${var.nope}
END
cat >ref.yaml.expect <<-'END'
ref.yaml:8:13: error: unknown resource "lakes" in "${lakes.name}"
  did you mean "lake"?
ref.yaml:10:14: error: unknown variable "nope" in "${var.nope}"
  declare it under variables:
END

test_expect_success 'unknown references, both reported' '
	expect_errors ref.yaml
'

cat >cycle.yaml <<-'END'
stack: bad
resources:
  a:
    type: aws.s3.bucket
    name: a-bucket
    tags: {peer: "${b.name}"}
  b:
    type: aws.s3.bucket
    name: b-bucket
    tags: {peer: "${a.name}"}
END
cat >cycle.yaml.expect <<-'END'
cycle.yaml:3:3: error: dependency cycle: a -> b -> a
END

test_expect_success 'a dependency cycle' '
	expect_errors cycle.yaml
'

test_expect_success 'a stack folder reports the errors of each of its files' '
	mkdir folder &&
	cp attr.yaml folder/one.yaml &&
	sed "s/lake/pond/; s/stack: bad/# the second file/" type.yaml >folder/two.yaml &&
	test_expect_code 1 terrace validate -stack folder >out 2>err &&
	test_contains err "folder/one.yaml:6:5: error: unknown attribute \"versoning\" of resource \"lake\"" &&
	test_contains err "folder/two.yaml:4:11: error: unknown resource type \"aws.s3.buckt\""
'

cat >colon.yaml <<-'END'
stack: bad
resources:
  lake:
    type: aws.s3.bucket
    name: acme-lake
    tags:
      note: see: the runbook
END
cat >colon.yaml.expect <<-'END'
colon.yaml:7:16: error: mapping values are not allowed in this context
  line 7 holds a second ": " after "note": put the value in quotes, as in note: "..."
END

test_expect_success 'YAML: an unquoted value holding ": " names the line and the fix' '
	expect_errors colon.yaml
'

cat >indent.yaml <<-'END'
stack: bad
resources:
  lake:
    type: aws.s3.bucket

     name: acme-lake
END
cat >indent.yaml.expect <<-'END'
indent.yaml:6:10: error: mapping values are not allowed in this context
  line 6 is indented more than line 4, so it reads as the rest of line 4's value: indent it as line 4 is, or quote that value
END

test_expect_success 'YAML: a line indented too deep names the line above it' '
	expect_errors indent.yaml
'

cat >quote.yaml <<-'END'
stack: bad
resources:
  lake:
    type: aws.s3.bucket
    name: acme-lake
    tags: {feeds: "${join(",", ["a", "b"])}"}
END
cat >quote.yaml.expect <<-'END'
quote.yaml:6:34: error: did not find expected ',' or '}'
  the double-quoted string opened at 6:19 ends at the " at 6:27, which was meant to be inside it: write the value in single quotes, '${join(",", ["a", "b"])}'
END

test_expect_success 'YAML: a quote inside a double-quoted string names the quote that ended it' '
	expect_errors quote.yaml
'

cat >tfref.yaml <<-'END'
stack: bad
resources:
  raw:
    type: aws.s3.bucket
    name: acme-raw
  obj:
    type: aws.s3.object
    bucket: ${aws_s3_bucket.raw.name}
    key: a.txt
    content: ${raw_bucket.arn}
    tags: {peer: "${zzz.name}"}
END
cat >tfref.yaml.expect <<-'END'
tfref.yaml:8:13: error: unknown resource "aws_s3_bucket" in "${aws_s3_bucket.raw.name}"
  did you mean "${raw.name}"? a resource is named by its name alone, without its type
tfref.yaml:10:14: error: unknown resource "raw_bucket" in "${raw_bucket.arn}"
  did you mean "raw"?
tfref.yaml:11:18: error: unknown resource "zzz" in "${zzz.name}"
  the resources are raw, obj
END

test_expect_success 'unknown references: did you mean, for Terraform-style and longer names too' '
	expect_errors tfref.yaml
'

test_expect_success 'a variable file read as a stack file: is this a variable file?' '
	mkdir varfolder &&
	cp attr.yaml varfolder/stack.yaml && sed -i "s/versoning/versioning/" varfolder/stack.yaml &&
	printf "prefix: dev\nsize: 3\n" >varfolder/dev.yaml &&
	test_expect_code 1 terrace validate -stack varfolder >out 2>err &&
	test_contains err "varfolder/dev.yaml:1:1: error: unknown top-level key \"prefix\"" &&
	test_contains err "  is this a variable file? pass it with -var-file or name it *.vars.yaml" &&
	test_not_contains err "\"size\""
'

test_expect_success 'an unknown top-level key lists every top-level key the code knows' '
	printf "stack: bad\nresources: {}\nzzzzzz: 1\n" >toplevel.yaml &&
	test_expect_code 1 terrace validate -stack toplevel.yaml >out 2>err &&
	test_contains err "the top-level keys are stack, variables, providers, locals, resources, modules, outputs, backend, environments, lab, moved, removed, import, checks and data"
'

cat >known.yaml <<-'END'
stack: bad
variables:
  base: {type: string, default: "10.0.0.0/16"}
locals:
  net: ${cidrsubnet("10.20.0.0/33", 8, 1)}
  from_var: ${cidrsubnet(var.base, 8, 1)}
resources:
  lake:
    type: aws.s3.bucket
    name: acme-lake
outputs:
  subnet: ${local.net}
  arn: ${lake.arn}
END
cat >known.yaml.expect <<-'END'
known.yaml:5:8: error: local net: cidrsubnet: argument 1 must be a CIDR prefix like "10.0.0.0/16" or "fd00::/56", got "10.20.0.0/33"
END

test_expect_success 'a local known before plan fails at its own line, in validate as in plan' '
	expect_errors known.yaml &&
	test_not_contains err "output subnet" &&
	test_not_contains err from_var
'

# A FIFO waited for a writer forever, with no message; now what is no
# regular file is refused before it is read (provider/base/input_file.c),
# by validate and plan alike: as the stack, as a -var-file, as a file of a
# stack folder. timeout's 124 would say it hung.
fifo_said="a FIFO (named pipe), not a regular file: it would be read only while something writes it"
test_expect_success 'a FIFO as the stack, a -var-file, a stack file or to fmt: named, never waited on' '
	mkfifo pipe.yaml &&
	mkdir piped && cp type.yaml piped/stack.yaml && sed -i "s/buckt/bucket/" piped/stack.yaml &&
	for cmd in validate plan; do
		test_expect_code 1 timeout 20 "$TERRACE" $cmd -stack pipe.yaml >out 2>err &&
		test_line err "Error: cannot read pipe.yaml: $fifo_said" &&
		(cd piped && test_expect_code 1 timeout 20 "$TERRACE" $cmd -var-file ../pipe.yaml) >out 2>err &&
		test_line err "Error: cannot read ../pipe.yaml: $fifo_said" || return 1
	done &&
	mkfifo piped/more.yaml &&
	for cmd in validate plan; do
		test_expect_code 1 timeout 20 "$TERRACE" $cmd -stack piped >out 2>err &&
		test_line err "Error: cannot read piped/more.yaml: $fifo_said" || return 1
	done &&
	test_expect_code 1 timeout 20 "$TERRACE" fmt pipe.yaml >out 2>err &&
	test_line err "Error: fmt: cannot read pipe.yaml: $fifo_said" &&
	rm pipe.yaml
'

# A pipe the shell makes with its writer is read, as Terraform reads it:
# process substitution (sops -d's output, never written to disk) and
# /dev/stdin in a pipeline. The value's type error proves what was read.
test_expect_success 'a -var-file from <(...) or /dev/stdin is read' '
	mkdir subst && printf "stack: t0090-subst\nvariables:\n  size: {type: number}\nresources: {}\n" >subst/stack.yaml &&
	(cd subst && test_expect_code 1 timeout 20 bash -c "\"\$0\" validate -var-file <(printf \"size: abc\\n\")" "$TERRACE") >out 2>err &&
	test_match err "^/dev/fd/[0-9]+:1:7: error: var.size: a number is required, got \"abc\"$" &&
	(cd subst && printf "size: 3\n" | timeout 20 "$TERRACE" validate -var-file /dev/stdin) >out 2>err &&
	test_contains out "Success! The stack is valid (0 resources)."
'

test_expect_success 'a symbolic link loop in a stack folder is named, not "no stack files"' '
	mkdir looped && cp piped/stack.yaml looped/ && ln -s loop.yaml looped/loop.yaml &&
	test_expect_code 1 terrace validate -stack looped >out 2>err &&
	test_line err "Error: cannot read looped/loop.yaml: a symbolic link loop (ELOOP: too many levels of symbolic links)" &&
	rm looped/stack.yaml &&
	test_expect_code 1 terrace plan -stack looped >out 2>err &&
	test_line err "Error: cannot read looped/loop.yaml: a symbolic link loop (ELOOP: too many levels of symbolic links)" &&
	test_not_contains err "no stack files" &&
	ln -s selfloop selfloop &&
	test_expect_code 1 terrace validate -stack selfloop >out 2>err &&
	test_line err "Error: cannot read selfloop: a symbolic link loop (ELOOP: too many levels of symbolic links)" &&
	printf "stack: m\nmodules:\n  net:\n    source: ./selfloop\n" >mod.yaml &&
	test_expect_code 1 terrace validate -stack mod.yaml >out 2>err &&
	test_contains err "mod.yaml:4:13: error: module \"net\": cannot read selfloop: a symbolic link loop (ELOOP: too many levels of symbolic links)" &&
	rm selfloop mod.yaml &&
	mkdir plain && cp piped/stack.yaml plain/ &&
	(cd plain && test_expect_code 1 "$TERRACE" validate -var-file ../looped) >out 2>err &&
	test_line err "Error: cannot read ../looped: a folder, not a file"
'

test_expect_success 'a folder of stack folders says so and what to run' '
	mkdir -p stacks/a && cp piped/stack.yaml stacks/a/ &&
	test_expect_code 1 terrace validate -stack stacks >out 2>err &&
	test_line err "Error: no stack files (*.yaml, *.yml) in stacks" &&
	test_line err "1 of its folders holds stack files: run the command with -all, or give one folder with -stack"
'

# for_each over more keys than a resource may have instances passed
# validate (plan refused it) where count: 20000 was refused: a for_each or
# count known at validate (written as a list or a map, or an expression of
# locals and literals) is refused by the same words; one made from a
# variable is plan's, whose value may come with -var.
python3 - <<-'PY'
keys = ", ".join('"k%d"' % i for i in range(20000))
open("many.yaml", "w").write("stack: bad\nresources:\n  lake:\n    type: aws.s3.bucket\n"
                             "    for_each: [%s]\n    name: acme-${each.key}\n" % keys)
open("many.yaml.expect", "w").write('many.yaml:5:15: error: for_each of resource "lake" has '
                                    '20000 keys; one resource or module has at most 10000 instances\n')
keys = ", ".join('k%d: %d' % (i, i) for i in range(10001))
open("many_map.yaml", "w").write("stack: bad\nresources:\n  lake:\n    type: aws.s3.bucket\n"
                                 "    for_each: {%s}\n    name: acme-${each.key}\n" % keys)
open("many_map.yaml.expect", "w").write('many_map.yaml:5:15: error: for_each of resource "lake" '
                                        'has 10001 keys; one resource or module has at most 10000 instances\n')
keys = ", ".join('k%d: %d' % (i, i) for i in range(10001))
open("many_local.yaml", "w").write(
    "stack: bad\nvariables:\n  n: {type: number, default: 20000}\nlocals:\n"
    "  keys: {%s}\n  n: 20000\nresources:\n  lake:\n    type: aws.s3.bucket\n"
    "    for_each: ${local.keys}\n    name: acme-${each.key}\n  logs:\n    type: aws.s3.bucket\n"
    "    count: ${local.n + 0}\n    name: acme-logs-${count.index}\n" % keys)
open("many_local.yaml.expect", "w").write(
    'many_local.yaml:10:15: error: for_each of resource "lake" has 10001 keys; one resource or '
    'module has at most 10000 instances\n'
    'many_local.yaml:14:12: error: count of resource "logs" is 20000; one resource or module has '
    'at most 10000 instances\n')
PY

test_expect_success 'for_each of 20,000 keys is refused at validate as at plan, at its line' '
	expect_errors many.yaml &&
	expect_errors many_map.yaml &&
	expect_errors many_local.yaml &&
	sed -e "s/^  keys: .*/  keys: {a: 1}/" -e "s/^  n: 20000/  n: 2/" -e "s/local.n + 0/var.n/" many_local.yaml >from_var.yaml &&
	terrace validate -stack from_var.yaml >out 2>err &&
	test_contains out "Success! The stack is valid (2 resources)." &&
	sed -i "s/, \"k1[0-9]*\"//g" many.yaml &&
	terrace validate -stack many.yaml >out 2>err
'

test_done
