#!/usr/bin/env bash
# t0466-typed-variables: variables with Terraform's type constraints, their
# validation rules, nullable and sensitive, through the commands (no server:
# the stacks here have outputs and modules, no resources).
#   - Terraform's own results (t0466/terraform_types.json, made by
#     t0466/terraform_types.py from Terraform 1.11) for each case, a type and
#     the text given with -var: `terrace console -var v=TEXT` gives the same
#     value, or refuses where Terraform refused;
#   - a value that does not convert is refused where it was given: the -var
#     (named), the variable file's line:col, the environment variable's
#     name, the default's file:line:col; with the path inside the value; a
#     bad constraint at its file:line:col;
#   - validation rules: all pass, one fails, two fail (both reported, each
#     at its rule's file:line:col), by plan and by validate -var;
#   - nullable: null taken, or the default in its place, or refused;
#   - sensitive: a value never printed (console, plan, refusals, messages);
#   - typed values through locals, outputs and a module, whose inputs are
#     converted and validated with errors at the call's file:line:col.
. "$(dirname "$0")/../lib.sh"

TABLE=$TEST_HERE/t0466/terraform_types.json

test_expect_success 'every case of Terraform 1.11 table converts, or is refused, as Terraform did' '
	python3 - "$TABLE" >cases.tsv <<-\PY &&
	import json, sys
	for i, row in enumerate(json.load(open(sys.argv[1]))["cases"]):
	    print("%d\t%s\t%s" % (i, row["type"], row["given"]))
	PY
	while IFS="	" read -r i type given; do
		mkdir -p "case$i" &&
		printf "variables:\n  v:\n    type: \"%s\"\n" \
			"$(printf %s "$type" | sed "s/\"/\\\\\"/g")" >"case$i/stack.yaml" &&
		(cd "case$i" && echo "jsonencode(var.v)" |
			terrace console -var "v=$given" >out 2>err; echo $? >rc) || return 1
	done <cases.tsv &&
	python3 - "$TABLE" >report <<-\PY &&
	import json, sys
	# Where terrace differs on purpose (docs/stack-language.md, "Typed
	# variables"; test_var_type holds the same list).
	differences = {("any", "hello"): "hello"}
	bad = 0
	cases = json.load(open(sys.argv[1]))["cases"]
	for i, row in enumerate(cases):
	    rc = int(open("case%d/rc" % i).read())
	    out = open("case%d/out" % i).read().strip()
	    err = open("case%d/err" % i).read().strip()
	    key = (row["type"], row["given"])
	    if key in differences:
	        ok = rc == 0 and json.loads(json.loads(out)) == differences[key]
	    elif "value" in row:
	        ok = rc == 0 and json.loads(json.loads(out)) == row["value"]
	    else:
	        ok = rc == 1 and "-var v=...: var.v" in err
	    if not ok:
	        bad += 1
	        print("MISMATCH", row, "rc", rc, out, err)
	print("%d cases, %d differ" % (len(cases), bad))
	PY
	cat report &&
	test_line report "72 cases, 0 differ"
'

test_expect_success 'setup: a stack of typed variables' '
	mkdir -p typed/mods/bucket &&
	cat >typed/stack.yaml <<-\EOF &&
	stack: typed
	variables:
	  settings:
	    type: object({name = string, size = optional(number, 10), tags = optional(map(string), {})})
	  ports:
	    type: list(number)
	    default: [443, "80"]
	  zones:
	    type: set(string)
	    default: [b, a, b]
	  workers:
	    type: number
	    default: 4
	    validation:
	      - condition: ${var.workers >= 1}
	        error_message: workers must be at least 1
	      - condition: ${contains([1, 2, 4, 8], var.workers)}
	        error_message: workers must be 1, 2, 4 or 8
	  pin:
	    type: number
	    sensitive: true
	    default: 1234
	    validation:
	      - condition: ${var.pin != 0}
	        error_message: "pin ${var.pin} is not allowed"
	  label:
	    type: string
	    nullable: false
	    default: plain
	  note:
	    type: string
	    default: null
	locals:
	  first_port: ${var.ports[0]}
	modules:
	  store:
	    source: ./mods/bucket
	    size: ${var.settings.size}
	outputs:
	  settings: ${var.settings}
	  first_port: ${local.first_port}
	  zones: ${var.zones}
	  label: ${var.label}
	  stored: ${module.store.size}
	  pin:
	    value: ${var.pin}
	    sensitive: true
	EOF
	cat >typed/mods/bucket/main.yaml <<-\EOF
	variables:
	  size:
	    type: number
	    validation:
	      - condition: ${var.size <= 100}
	        error_message: a bucket holds at most 100
	outputs:
	  size: ${var.size}
	EOF
'

test_expect_success 'typed values flow through locals, outputs and a module' '
	(cd typed && terrace plan -var "settings={name = \"lake\", size = \"20\"}" >../plan.out 2>../plan.err) &&
	test_line plan.out "+ first_port = 443" &&
	test_line plan.out "+ stored     = 20" &&
	test_line plan.out "+ label      = \"plain\"" &&
	test_line plan.out "\"size\" = 20" &&
	test_line plan.out "\"tags\" = {}" &&
	test_line plan.out "+ pin        = (sensitive value)" &&
	test_not_contains plan.out 1234 &&
	(cd typed && printf "var.zones\nvar.ports\nvar.note\nvar.pin\n" |
		terrace console -var "settings={name = \"n\"}" >../console.out) &&
	tr -d " \n" <console.out >console.flat &&
	test_contains console.flat "[\"a\",\"b\",][443,80,]null(sensitivevalue)"
'

test_expect_success 'a value that does not convert is refused where it was given' '
	(cd typed &&
	 test_expect_code 1 terrace plan -var "settings={name = \"n\", size = \"big\"}" 2>../e1 &&
	 printf "settings:\n  name: n\n  tags: {a: [1]}\n" >bad.vars.yaml &&
	 test_expect_code 1 terrace plan -var-file bad.vars.yaml 2>../e2 &&
	 TERRACE_VAR_ports="[1, \"x\"]" test_expect_code 1 terrace plan -var "settings={name=\"n\"}" 2>../e3 &&
	 TF_VAR_workers=many test_expect_code 1 terrace plan -var "settings={name=\"n\"}" 2>../e4) &&
	test_line e1 "Error: -var settings=...: var.settings[\"size\"]: a number is required, got \"big\"" &&
	test_line e2 "bad.vars.yaml:3:13: error: var.settings[\"tags\"][\"a\"]: a string is required, got a list" &&
	test_line e3 "Error: TERRACE_VAR_ports: var.ports[1]: a number is required, got \"x\"" &&
	test_line e4 "Error: TF_VAR_workers: var.workers: a number is required, got \"many\"" &&
	for e in e1 e2 e3 e4; do test_not_contains $e "has no value" || return 1; done
'

test_expect_success 'a bad default and a bad constraint are refused at their file:line:col' '
	mkdir -p baddef &&
	cat >baddef/stack.yaml <<-\EOF &&
	variables:
	  sizes:
	    type: map(number)
	    default: {small: 1, large: huge}
	  shape:
	    type: bogus(string)
	  nested:
	    type: list(object({a = strin}))
	  half:
	    type: list(string
	EOF
	test_expect_code 1 terrace validate -stack baddef 2>err &&
	test_line err "baddef/stack.yaml:4:32: error: default of variable \"sizes\": var.sizes[\"large\"]: a number is required, got \"huge\"" &&
	test_line err "baddef/stack.yaml:6:11: error: type of variable \"shape\": unknown type bogus(...)" &&
	test_line err "baddef/stack.yaml:8:11: error: type of variable \"nested\": unknown type strin" &&
	test_line err "baddef/stack.yaml:10:11: error: type of variable \"half\": expected \")\" after the element type, found the end"
'

test_expect_success 'validation rules: all pass, one fails, two fail (each reported at its rule)' '
	(cd typed &&
	 terrace plan -var "settings={name=\"n\"}" -var workers=8 >/dev/null 2>../v0 &&
	 test_expect_code 1 terrace plan -var "settings={name=\"n\"}" -var workers=3 >/dev/null 2>../v1 &&
	 test_expect_code 1 terrace plan -var "settings={name=\"n\"}" -var workers=-2 >/dev/null 2>../v2 &&
	 test_expect_code 1 terrace validate -var workers=-2 2>../v3) &&
	test_empty v0 &&
	test_line v1 "./stack.yaml:17:20: error: variable \"workers\": workers must be 1, 2, 4 or 8" &&
	test_line v1 "the value -var workers=... fails this validation rule; var.workers is 3" &&
	test_not_contains v1 "at least 1" &&
	test_line v2 "./stack.yaml:15:20: error: variable \"workers\": workers must be at least 1" &&
	test_line v2 "./stack.yaml:17:20: error: variable \"workers\": workers must be 1, 2, 4 or 8" &&
	test_contains v3 "./stack.yaml:15:20: error: variable \"workers\": workers must be at least 1" &&
	test_contains v3 "./stack.yaml:17:20: error: variable \"workers\": workers must be 1, 2, 4 or 8"
'

test_expect_success 'a validation condition uses variables only, known ones, and is checked when loaded' '
	mkdir -p badrule &&
	cat >badrule/stack.yaml <<-\EOF &&
	variables:
	  n:
	    type: number
	    default: 1
	    validation:
	      - condition: ${var.n > local.min}
	        error_message: too small
	      - condition: ${var.nn > 0}
	        error_message: too small
	      - condition: ${var.n >}
	        error_message: too small
	locals:
	  min: 0
	EOF
	test_expect_code 1 terrace validate -stack badrule 2>err &&
	test_line err "badrule/stack.yaml:6:20: error: a validation condition may use variables only (var.NAME), not local: it is judged before anything is planned" &&
	test_match err "^badrule/stack.yaml:8:20: error: .*unknown variable \"nn\"" &&
	test_match err "^badrule/stack.yaml:10:20: error: "
'

test_expect_success 'nullable: null is taken, or the default in its place, or refused' '
	(cd typed &&
	 printf "label: null\nnote: null\n" >null.vars.yaml &&
	 printf "var.label\nvar.note\n" |
		terrace console -var "settings={name=\"n\"}" -var-file null.vars.yaml >../n1) &&
	mkdir -p strict &&
	printf "variables:\n  strict:\n    type: string\n    nullable: false\n" >strict/stack.yaml &&
	printf "strict: null\n" >strict.vars.yaml &&
	(cd strict && test_expect_code 1 terrace plan -var-file ../strict.vars.yaml 2>../n2) &&
	tr -d " \n" <n1 >n1.flat &&
	test_equal "\"plain\"null" "$(cat n1.flat)" &&
	test_line n2 "../strict.vars.yaml:1:1: error: variable \"strict\" must not be null (nullable: false) and has no default to take its place"
'

test_expect_success 'a sensitive value is never printed: refusals, validation messages, plan' '
	(cd typed &&
	 test_expect_code 1 terrace plan -var "settings={name=\"n\"}" -var pin=s3cr3t >../s1 2>&1 &&
	 test_expect_code 1 terrace plan -var "settings={name=\"n\"}" -var pin=0 >../s2 2>&1 &&
	 TERRACE_VAR_pin=987654 terrace plan -var "settings={name=\"n\"}" >../s3 2>&1) &&
	test_line s1 "Error: -var pin=...: var.pin: a number is required, got a string" &&
	test_not_contains s1 s3cr3t &&
	test_contains s2 "error: variable \"pin\": (its error_message uses a sensitive value: not shown)" &&
	test_line s2 "the value -var pin=... fails this validation rule; var.pin is (sensitive)" &&
	test_not_contains s3 987654
'

test_expect_success 'a module input that does not convert or fails its rule: at the call' '
	(cd typed &&
	 test_expect_code 1 terrace plan -var "settings={name=\"n\", size=\"lots\"}" 2>../m1 ;
	 test_expect_code 1 terrace plan -var "settings={name=\"n\", size=500}" 2>../m2) &&
	test_line m1 "Error: -var settings=...: var.settings[\"size\"]: a number is required, got \"lots\"" &&
	test_line m2 "./stack.yaml:38:11: error: input \"size\" of module \"store\": a bucket holds at most 100" &&
	test_line m2 "the validation rule at mods/bucket/main.yaml:5:20 fails for module.store.var.size"
'

test_expect_success 'a module input of a literal of the wrong type: at the call' '
	mkdir -p modlit/m &&
	printf "variables:\n  n: {type: number}\noutputs:\n  n: \${var.n}\n" >modlit/m/main.yaml &&
	printf "modules:\n  x:\n    source: ./m\n    n: [1]\n" >modlit/stack.yaml &&
	(cd modlit && test_expect_code 1 terrace plan 2>../ml) &&
	test_line ml "./stack.yaml:4:8: error: input \"n\" of module \"x\": module.x.var.n: a number is required, got a list"
'

test_expect_success 'a module input made from a sensitive variable: its value never shown' '
	mkdir -p modsecret/m &&
	cat >modsecret/m/main.yaml <<-\EOF &&
	variables:
	  n:
	    type: number
	    validation:
	      - condition: ${var.n > 0}
	        error_message: n is ${var.n}, not above 0
	outputs:
	  n: ${var.n}
	EOF
	cat >modsecret/stack.yaml <<-\EOF &&
	variables:
	  secret: {type: string, sensitive: true, default: hunter2}
	  low: {type: string, sensitive: true, default: "-7"}
	modules:
	  x:
	    source: ./m
	    n: ${var.secret}
	  y:
	    source: ./m
	    n: ${var.low}
	EOF
	(cd modsecret && test_expect_code 1 terrace plan >../ms 2>&1) &&
	test_line ms "./stack.yaml:7:8: error: input \"n\" of module \"x\": module.x.var.n: a number is required, got a string" &&
	test_line ms "./stack.yaml:10:8: error: input \"n\" of module \"y\": (its error_message uses a sensitive value: not shown)" &&
	test_not_contains ms hunter2 &&
	test_not_contains ms "is -7"
'

test_expect_success 'a module variable without a written type takes its input as given, as before' '
	mkdir -p modold/m &&
	printf "variables:\n  n: {default: 3}\n  l: {type: list}\noutputs:\n  n: \${var.n}\n  l: \${var.l}\n" >modold/m/main.yaml &&
	printf "modules:\n  x:\n    source: ./m\n    n: many\n    l: \"a, b\"\noutputs:\n  n: \${module.x.n}\n  l: \${module.x.l}\n" >modold/stack.yaml &&
	(cd modold && terrace plan >../mo) &&
	test_line mo "+ n = \"many\"" &&
	test_line mo "+ l = \"a, b\""
'

test_expect_success 'a module variable'"'"'s rules judge an input without a type, and the default' '
	mkdir -p moddef/m &&
	printf "variables:\n  n:\n    default: 0\n    validation:\n      - condition: \${var.n > 0}\n        error_message: n must be above 0\n  k:\n    validation:\n      - condition: \${var.k != \"bad\"}\n        error_message: k is bad\noutputs:\n  n: \${var.n}\n" >moddef/m/main.yaml &&
	printf "modules:\n  x:\n    source: ./m\n    k: bad\n" >moddef/stack.yaml &&
	(cd moddef && test_expect_code 1 terrace plan 2>../md) &&
	test_line md "./stack.yaml:2:3: error: the default of variable \"n\" of module \"x\": n must be above 0" &&
	test_line md "the validation rule at m/main.yaml:5:20 fails for module.x.var.n" &&
	test_line md "./stack.yaml:4:8: error: input \"k\" of module \"x\": k is bad"
'

test_done
