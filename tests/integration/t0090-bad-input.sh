#!/usr/bin/env bash
# t0090-bad-input: mistakes in a stack are reported as
# "FILE:LINE:COL: error: MESSAGE" lines (with indented hints), all of them
# at once, and the command exits 1 without contacting any server.
. "$(dirname "$0")/lib.sh"

# expect_errors FILE: validate and plan on FILE exit 1, and their stderr holds
# the lines of FILE.expect in that order (other lines may come between).
expect_errors () {
	local f=$1 cmd
	for cmd in validate plan; do
		test_expect_code 1 terrace $cmd -stack "$f" >out 2>err || return 1
		"$SERVERS_PYTHON" - "$f.expect" err <<-'PY' >&5 || return 1
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
  while scanning for the next token at 4:1
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

test_done
