#!/usr/bin/env bash
# t0476-expressions-terraform: everyday Terraform expressions (t0476/corpus.txt:
# arithmetic, templates, for expressions, splats, indexes, try and can)
# through `terrace console`, each compared with what Terraform 1.11's own
# console gives (t0476/expected.txt, made by t0476/generate.sh; checked
# against a fresh run when terraform is on PATH, used as committed when it
# is not). Results compare as canonical JSON of jsonencode(EXPR) (canon.py),
# so 3 and 3.0 differ; where Terraform refuses an expression terrace must
# refuse it too. No server: the expressions are pure.
. "$(dirname "$0")/../lib.sh"

corpus=$TEST_HERE/t0476
printf 'stack: %s\n' "$TEST_NAME" >stack.yaml

test_expect_success 'the committed results are Terraform'"'"'s own (regenerated when terraform is here)' '
	if command -v terraform >/dev/null; then
		"$corpus/generate.sh" "$PWD/fresh.txt" &&
		test_cmp "$corpus/expected.txt" fresh.txt
	else
		echo "terraform is not on PATH: the committed expected.txt stands"
	fi &&
	grep -v "^#" "$corpus/corpus.txt" >exprs &&
	test "$(wc -l <exprs)" = "$(wc -l <"$corpus/expected.txt")"
'

test_expect_success 'terrace console gives Terraform'"'"'s result for every expression of the corpus' '
	while IFS= read -r expr; do
		printf "jsonencode(%s)\n\"@@\"\n" "$expr"
	done <exprs >in &&
	test_expect_code 1 terrace console <in >out 2>err &&
	python3 "$corpus/canon.py" terrace-split <out >got &&
	paste -d "\t" exprs "$corpus/expected.txt" got |
		awk -F "\t" "{ n++; if (\$2 == \$3) ok++; else print \"differs: \" \$1 \"  terraform: \" \$2 \"  terrace: \" \$3 }
			END { print \"expressions matching Terraform: \" ok \" / \" n }" >figure &&
	cat figure &&
	test_line figure "expressions matching Terraform: $(wc -l <exprs) / $(wc -l <exprs)"
'

test_expect_success 'errors name the expression and the value that failed' '
	printf "%s\n" "{for s in [\"a\", \"a\"] : s => 1}" "[for x in \"text\" : x]" "7 / 0" \
		"1 + \"x\"" "[for x in [1, 2] : x if x]" >in &&
	test_expect_code 1 terrace console <in >out 2>err &&
	test_contains err "two elements give the key \"a\" in a for expression (write \"...\" after the value to group them): \${{for s in [\"a\", \"a\"] : s => 1}}" &&
	test_contains err "a for expression goes over a list or a map, got a string: \${[for x in \"text\" : x]} (\"text\")" &&
	test_contains err "division by zero: \${7 / 0}" &&
	test_contains err "the operands of \"+\" must be numbers, got a number and a string: \${1 + \"x\"} (\"x\")" &&
	test_contains err "the \"if\" of a for expression must be true or false, got a number: \${[for x in [1, 2] : x if x]} (1)"
'

test_expect_success 'a template as written in a stack still evaluates as one (console)' '
	printf "%s\n" "\${1 + 1}-x" "a-\${upper(\"b\")}" "\"\${2 * 2}\"" >in &&
	terrace console <in >out 2>err &&
	printf "%s\n" "\"2-x\"" "\"a-B\"" "4" >expect &&
	test_cmp expect out &&
	echo "uper(\"b\")" | test_expect_code 1 terrace console >out 2>err &&
	test_contains err "unknown function \"uper\"" &&
	test_empty out
'

# fmt lays the file out and keeps each expression as written: every
# expression of the corpus, as a value in the three ways a stack writes one
# (a plain '${...}' in single quotes, a double-quoted "${...}" with its
# escapes, a template with text around it), over several lines in a block
# scalar, in a heredoc and in a %{if} directive, laid out badly (four
# spaces, a blank run, trailing spaces).
test_expect_success 'fmt keeps every expression of the corpus as written, laid out' '
	python3 - "$PWD/exprs" >fmt.yaml <<-\PY &&
	import json, sys
	exprs = open(sys.argv[1]).read().splitlines()
	print("stack: fmt-corpus   ")
	print("outputs:")
	for i, e in enumerate(exprs):
	    print("    single_%d: \x27${%s}\x27" % (i, e.replace("\x27", "\x27\x27")))
	    print("    double_%d: %s" % (i, json.dumps("${" + e + "}", ensure_ascii=False)))
	    print("    text_%d: \x27a-${%s}-b\x27" % (i, e.replace("\x27", "\x27\x27")))
	    print("    block_%d: |" % i)
	    print("        ${%s}" % e)
	    print("        and ${%s}" % e)
	    print("    heredoc_%d: |-" % i)
	    print("        ${<<-EOT")
	    print("            %%{ if true ~}")
	    print("            ${%s}" % e)
	    print("            %%{ endif ~}")
	    print("          EOT")
	    print("        }")
	    print("    directive_%d: \x27%%{ if true }${%s}%%{ endif }\x27" % (i, e.replace("\x27", "\x27\x27")))
	    if i % 10 == 0:
	        print("")
	        print("")
	PY
	cp fmt.yaml before.yaml &&
	terrace fmt fmt.yaml >out 2>err &&
	test_line out "fmt.yaml" &&
	terrace fmt -check fmt.yaml &&
	python3 - before.yaml fmt.yaml <<-\PY
	import re, sys, yaml
	a, b = (yaml.safe_load(open(f)) for f in sys.argv[1:])
	assert a == b, "fmt changed a value"
	exprs = [l.strip() for l in open(sys.argv[1]) if l.startswith("    ")]
	after = [l.strip() for l in open(sys.argv[2]) if l.startswith("  ")]
	assert exprs == after, [x for x in zip(exprs, after) if x[0] != x[1]][:3]
	keys = [l for l in open(sys.argv[2]) if re.match(r" *[a-z]+_[0-9]+:", l)]
	assert all(re.match(r"  [a-z]", l) for l in keys), [l for l in keys if not re.match(r"  [a-z]", l)][:3]
	print(len(a["outputs"]), "values kept")
	PY
'

# Heredocs in a block scalar and directives in a YAML string, through the
# stack (YAML, then the template), each result Terraform's for the same
# text (tests/unit/test_expr_language.c holds the cases to terraform console).
test_expect_success 'heredocs and %{...} directives in YAML strings, as Terraform reads them (console)' '
	cat >hd.yaml <<-\YAML &&
	stack: hd
	variables:
	  names: {type: list(string), default: [a, b]}
	  on: {type: bool, default: true}
	locals:
	  doc: |-
	    ${<<-EOT
	        first ${var.names[0]}
	          indented
	        "quoted" \n kept, $${x} %%{y}
	      EOT
	    }
	  shout: |-
	    ${upper(<<EOT
	      raw
	    EOT
	    )}
	  directive: "%{if var.on}on%{else}off%{endif}"
	  loop: "%{for n in var.names}${n};%{endfor}"
	  text: "100%{x} and %{ stays, %%{kept}"
	YAML
	printf "%s\n" local.doc local.shout local.directive local.loop local.text |
		terrace console -stack hd.yaml >out 2>err &&
	cat >expect <<-\EOF &&
	"first a\n  indented\n\"quoted\" \\n kept, ${x} %{y}\n"
	"  RAW\n"
	"on"
	"a;b;"
	"100%{x} and %{ stays, %%{kept}"
	EOF
	test_cmp expect out
'

test_expect_success 'try and can are known by name: listed, and a misspelling gets a "did you mean"' '
	printf "stack: names\noutputs:\n  x: \${tryy(1, 2)}\n  y: \${qqqq(1)}\n  z: \${can(1)}\n" >names.yaml &&
	test_expect_code 1 terrace validate -stack names.yaml >out 2>err &&
	test_contains err "names.yaml:3:6: error: invalid expression \"\${tryy(1, 2)}\": unknown function \"tryy\"" &&
	test_contains err "did you mean \"try\"?" &&
	test_contains err " basename, can, ceil," &&
	test_contains err " trimsuffix, try, upper, " &&
	test_not_contains err "names.yaml:5"
'

test_done
