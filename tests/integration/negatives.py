#!/usr/bin/env python3
"""tests/integration/negatives.py: every negative check of the integration
files is paired with proof that terrace ran (issue 60 point 3).

    tests/integration/negatives.py [--check] [FILE...]
    tests/integration/negatives.py --self-test

Without FILE: every tests/integration/FOLDER/.../tNNNN-*.sh, and the helper
files in tests/integration that hold steps (s3_backend_suite.sh, matrix.sh, ...).

A negative check says that something is not there: nothing made, nothing
sent, nothing left, nothing printed. It passes as well when terrace did not
run at all (a binary that is missing, or one that exits at once), so on its
own it proves nothing. In each step (the body of one test_expect_success)
every negative check must come after a run of terrace in the same step that
has both

  - its exit code asserted: `test_expect_code N terrace ...`; the run as a
    link of the step's && chain (or `... || return 1`), which fails the
    step unless it exits 0; `rc=$?` after it and `test "$rc" = N` or
    `test_equal N "$rc"`; `wait $pid; test_equal N $?` for a run in the
    background; `echo $? >F` and `test_equal N "$(cat F)"`; and
  - a line of its output checked: its stdout or stderr written to a file
    (or captured with `VAR=$(terrace ...)`) that a command of the step reads
    positively: test_line, test_contains, test_match, test_cmp, test_equal,
    grep without `!` or -v, json_get, check_*, wait_for_line, python3, or a
    function of the file that reads the file it is given (check_stream
    FILE ...). A file a command writes from the output (`awk ... out
    >found`) is the run's output too. test_not_contains, test_empty,
    `! grep`, `grep -v` and cat do not count: they pass on an empty file.

A run of terrace is `terrace ARGS`, `"$TERRACE" ARGS`, json_plan, script(1)
running "$TERRACE" (its typescript the output), or a call of a function
(of the file, of lib.sh or of a helper file it sources) whose body runs one
of those: its output is what the call redirects, else the files the body
writes ($1 and `local name=$1` replaced by the call's first argument); a
function whose body itself asserts its run's exit code and reads its output
(t0090's expect_errors) is proof when its call is a link of the chain.

What counts as a negative check, on a line of a step (heredocs skipped):
  - `! CMD` where CMD looks for an object or a file: bucket_exists,
    bucket_keys, bucket_names, s3, aws, awscli, aws_cli, aws_at, cc_get,
    glue, iam, ssh_test, pgrep, ls, grep, xargs grep, test -e/-f/-d/-s/-x/-L;
  - `test ! -e FILE` (and -f, -d, -s), `[ ! -e FILE ]`;
  - test_not_contains FILE TEXT, test_empty FILE;
  - `test_equal 0 "$(...)"`, `test_equal "" "$(...)"`, `test "$(...)" = 0`
    and `[ "$(...)" = 0 ]`: a count or a listing of nothing (an exit code
    read back, "$(cat x.rc)", is not one);
  - `test_expect_code N CMD` for N > 0 and CMD one of the lookups above.
A negative check that is no run's result is left alone when its line, or the
line above it, has the comment `# negatives: no run of terrace (WHY)` (WHY
without an apostrophe, which would end the step's single-quoted body): a scan
of the source or the docs, man's warnings, the server's own log, a count
that itself fails when the object is missing (a reader's SELECT count(*)
without the grant). A check of a $REPO_ROOT file always is.

Prints FILE:LINE: WHAT IS MISSING for each offender and a last line
counting them; exits 1 when there is any, 0 when there is none. --self-test
runs the checker on small steps, paired and unpaired, and exits 1 unless
each gives the offenders expected. Python 3, standard library only.
"""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

LOOKUP = (r"bucket_exists|bucket_keys|bucket_names|s3|aws|awscli|aws_cli|aws_at|cc_get|glue|iam|"
          r"ssh_test|pgrep|ls|grep|xargs\s+grep|test\s+-[efdsxL]")
NEG_BANG = re.compile(r"(?:^|&&|\|\||;|\{|\()\s*!\s+(?:%s)\b" % LOOKUP)
NEG_TEST_NOT = re.compile(r"(?:^|&&|\|\||;|\{|\()\s*test\s+!\s+-[efds]\b|\[\s+!\s+-[efds]\b")
NEG_HELPER = re.compile(r"(?:^|&&|\|\||;|\{|\()\s*(test_not_contains|test_empty)\s")
NEG_ZERO = re.compile(r"""(?:^|&&|\|\||;|\{|\()\s*(?:test_equal\s+(?:0|"0"|""|'')\s+"\$\(|"""
                      r"""(?:test|\[)\s+"\$\([^)]*\)"\s+(?:=|-eq)\s+"?0"?\b)""")
NEG_CODE = re.compile(r"(?:^|&&|\|\||;|\{|\()\s*test_expect_code\s+[1-9][0-9]*\s+(?:env\s+\S+=\S+\s+)*"
                      r"(?:%s)\b" % LOOKUP)
EXEMPT = re.compile(r"#\s*negatives:\s*no run of terrace")
# A run of terrace at the head of a command: after the start of the line,
# &&, ||, ;, |, !, (, $(, {, `test_expect_code N`, `env` and VAR=value words.
ASSIGN = r"""[A-Za-z_][A-Za-z0-9_]*=(?:"[^"]*"|'[^']*'|\$\{[^}]*\}|[^\s"'])*\s+"""
PREFIX = (r"(?:^|&&|\|\||;|\||\$\(|\(|\{|!|\b(?:if|then|else|do|while|until)\s)\s*(?:" + ASSIGN + r")*(?:test_expect_code\s+\d+\s+)?"
          r"(?:(?:env(?:\s+-u\s+\w+)*|timeout(?:\s+-[ks]\s+\S+)*\s+\S+|setsid|nohup)\s+)*(?:" + ASSIGN + r")*")
POSITIVE = re.compile(r"(?<![!\w-])\s*(test_line|test_contains|test_match|test_cmp|test_equal|grep|json_get|"
                      r"check_json_plan|check_run_events|wait_for_line|sweep_rows|diff|jq|"
                      r"python3|servers_py|cmp|check_\w+)\b")
REDIR = re.compile(r"(?:^|[^0-9&<>])(\d?|&)>>?\s*(\"[^\"]+\"|'[^']+'|[^\s;&|)]+)")


READERS = set()


def strip_comment(line):
    """line without a trailing shell comment (outside quotes, roughly)."""
    q = None
    for i, c in enumerate(line):
        if q:
            if c == q:
                q = None
        elif c in "\"'":
            q = c
        elif c == "#" and (i == 0 or line[i - 1] in " \t;&|("):
            return line[:i]
    return line


def open_quote(text):
    """Whether TEXT leaves a double-quoted string open (a python -c "...", a
    psql query over several lines). Single quotes are the step body's own
    ('\\'' inside it) and are not followed."""
    inside, i = False, 0
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == '"':
            inside = not inside
        elif c == "#" and not inside and (i == 0 or text[i - 1] in " \t;&|("):
            break
        i += 1
    return inside


def split_cmds(code):
    """CODE's commands, split at &&, || and ; outside quotes."""
    out, cur, q, i = [], "", None, 0
    while i < len(code):
        c = code[i]
        if c == "\\" and q != "'":
            cur += code[i:i + 2]
            i += 2
            continue
        if q:
            if c == q:
                q = None
        elif c in "\"'":
            q = c
        elif code.startswith("&&", i) or code.startswith("||", i):
            out.append(cur)
            cur = ""
            i += 2
            continue
        elif c == ";":
            out.append(cur)
            cur = ""
            i += 1
            continue
        cur += c
        i += 1
    out.append(cur)
    return out


def logical_lines(lines):
    """(first line number, text) with backslash continuations joined and
    heredoc bodies left out."""
    out, i, n = [], 0, len(lines)
    while i < n:
        num, text = lines[i]
        joined = 0
        while i + 1 < n and joined < 80 and (text.rstrip().endswith("\\") or open_quote(text)):
            i += 1
            joined += 1
            if text.rstrip().endswith("\\"):
                text = text.rstrip()[:-1] + " " + lines[i][1].strip()
            else:
                text = text + "\n" + lines[i][1]
        i += 1
        out.append((num, text))
        m = re.search(r"<<-?\s*\\?['\"]?([A-Za-z_]+)['\"]?", strip_comment(text))
        if m:
            word = m.group(1)
            while i < n and lines[i][1].strip() not in (word, word + "'", word + '"'):
                i += 1
            i += 1
    return out


def steps_of(src):
    """[(first line number, [(line number, text)...])] for each step body."""
    lines = src.split("\n")
    steps, i = [], 0
    start = re.compile(r"""^\s*test_expect_success\s+((?:"[^"]*"|'[^']*'|\\.)+)\s+(['"])(.*)$""")
    while i < len(lines):
        m = start.match(lines[i])
        if not m:
            i += 1
            continue
        q, rest = m.group(2), m.group(3)
        if rest.rstrip().endswith(q) and rest.strip() != "":
            steps.append((i + 1, [(i + 1, rest.rstrip()[:-1])]))
            i += 1
            continue
        body, j = [], i + 1
        while j < len(lines):
            s = lines[j].rstrip()
            if s.strip() == q:
                break
            if s.endswith(q) and not s.endswith("\\" + q) and not s.endswith("'\\''") \
                    and s.count(q) % 2 == 1 and q == "'":
                body.append((j + 1, s[:-1]))
                break
            body.append((j + 1, lines[j]))
            j += 1
        steps.append((i + 1, body))
        i = j + 1
    return steps


def runner_functions(src):
    """{name: (files its body writes, proves)} for each function of the file
    whose body runs terrace (or another such function, defined before it);
    proves: the body itself asserts a run's exit code and reads a line of
    its output, so a call that fails when the function fails is proof."""
    out = {}
    for name, body in functions_of(src):
        if runs_in(body, out, multiline=True):
            files = [f for _, f in REDIR.findall(body) if f not in ("/dev/null",) and not f.startswith("&")]
            # local name=$1: $name is the first argument
            for var in re.findall(r"\b([A-Za-z_]\w*)=\$\{?1\}?(?![\w}])", body):
                files = [re.sub(r"\$\{?%s\}?(?!\w)" % var, "$1", f) for f in files]
            lines = logical_lines([(i, t) for i, t in enumerate(body.split("\n"))])
            runs, _ = scan_body(lines, out, READERS)
            out[name] = (files, any(r["rc"] and r["seen"] for r in runs))
    return out


def functions_of(src):
    """(name, body) of each shell function of SRC: `name () {` up to a `}`
    alone on its line at the same indent, or `name () { ...; }` on one."""
    out = []
    for m in re.finditer(r"(?m)^([ \t]*)([A-Za-z_][A-Za-z0-9_]*)\s*\(\)\s*\{(.*)$", src):
        indent, name, rest = m.group(1), m.group(2), m.group(3)
        if rest.rstrip().endswith("}"):
            out.append((name, rest.rstrip()[:-1]))
            continue
        end = re.compile(r"(?m)^" + re.escape(indent) + r"\}").search(src, m.end())
        out.append((name, src[m.end():end.start() if end else len(src)]))
    return out


def with_helpers(path, src):
    """SRC with lib.sh and the helper files it sources (. "$TEST_DIR/x.sh")
    before it, for their functions."""
    here = HERE  # lib.sh's folder ($TEST_DIR), whatever folder the file is in
    parts = []
    for name in ["lib.sh"] + re.findall(r'(?m)^\s*\.\s+"?\$(?:TEST_DIR|REPO_ROOT/tests/integration)/([\w/.-]+\.sh)"?', src):
        f = os.path.join(here, name)
        if os.path.exists(f) and os.path.abspath(f) != os.path.abspath(path or ""):
            with open(f, encoding="utf-8", errors="replace") as h:
                parts.append(h.read())
    return "\n".join(parts + [src])


def reader_functions(src):
    """The functions of the file that read the file named by an argument
    positively (check_stream FILE "asserts", events FILE ...): a call of one
    on a run's output checks its lines."""
    out = set()
    for name, body in functions_of(src):
        if re.search(r"\$\{?(1|@)\b|sys\.argv", body) and POSITIVE.search(body):
            out.add(name)
    return out


def runs_in(text, runners, multiline=False):
    """The runs of terrace on a logical line: [(start offset, name)]."""
    names = ["terrace", r"\"\$TERRACE\"", r"\$TERRACE", "json_plan",
             # script(1) running terrace on a terminal: `script -qfec "\"$TERRACE\" ..." FILE`
             r"script(?=\s+-\w+\s+\"(?:[^\"\\]|\\.)*\$TERRACE)"] + [re.escape(r) for r in runners]
    pat = re.compile(PREFIX + r"(" + "|".join(names) + r")(?=[\s;&|<>)]|$)", re.M if multiline else 0)
    return [(m.start(1), m.group(1)) for m in pat.finditer(text)]


def output_in(name, text):
    """Whether a command's text names the output file NAME (its variables,
    $mode or ${x}, standing for any word; ../out is out)."""
    if name == "$(":
        return False
    if re.fullmatch(r"\$\{?[A-Za-z_]\w*\}?", name):
        return re.search(re.escape(name) + r"(?!\w)", text) is not None
    name = re.sub(r"^(\.\./|\./)+", "", name)
    parts = re.split(r"\$\{?[A-Za-z_0-9]+\}?", name)
    pat = r"[^\s\"']*".join(re.escape(p) for p in parts)
    return re.search(r"(?<![\w.-])(?:[\w.-]+/)*" + pat + r"(?![\w-])", text) is not None


def negative_on(text):
    code = strip_comment(text)
    # test_equal 0 "$(cat x.rc)", test "$rc" = 0: an exit code, not a count
    code = re.sub(r"test_equal\s+\S+\s+\"\$\((cat\s+)?[^)]*\brc\b[^)]*\)\"", "", code)
    for pat in (NEG_BANG, NEG_TEST_NOT, NEG_HELPER, NEG_ZERO, NEG_CODE):
        m = pat.search(code)
        if m:
            return m
    return None


def scan_body(lines, runners, readers=()):
    """The runs of terrace in a step's (or a function's) logical lines, each
    {line, rc, outputs, seen}, and its negative checks as (line, code, the
    number of runs before it)."""
    if True:
        runs = []   # dicts: line, rc (bool), outputs (set), seen (bool)
        negatives = []   # (line, code, runs before it)
        prev = ""
        for idx, (num, text) in enumerate(lines):
            code = strip_comment(text)
            last = idx == len(lines) - 1
            # A positive read of a run's output, before the run on this line.
            for r in runs:
                # what a command makes of the output is output too:
                # awk ... out >found, sed -n ... out | sort >reported
                for seg in split_cmds(code):
                    if any(output_in(o, seg) for o in list(r["outputs"])):
                        for _, f in REDIR.findall(seg):
                            f = f.strip("\"'")
                            if f != "/dev/null" and not f.startswith("&") and not f.startswith("$("):
                                r["outputs"].add(f)
                if not r["seen"]:
                    for seg in split_cmds(code):
                        if (POSITIVE.search(seg) or (readers and re.match(r"\s*(?:[A-Za-z_]\w*=\S*\s+)*(%s)\b"
                                                                         % "|".join(map(re.escape, readers)), seg))) \
                                and any(output_in(o, seg) for o in r["outputs"]) \
                                and not re.match(r"\s*!", seg) and not re.search(r"grep\s+-\w*v", seg) \
                                and not NEG_ZERO.search(seg) and not NEG_HELPER.search(seg):
                            r["seen"] = True
                # rc=$? then an assertion on it
                if r.get("rcvar") and re.search(r"(test_equal\s+\S+\s+\"?\$\{?%s\b|test\s+\"?\$\{?%s\}?\"?\s+(=|-eq)\s+\S+)"
                                                % (r["rcvar"], r["rcvar"]), code):
                    r["rc"] = True
            neg = negative_on(text)
            if neg and not (EXEMPT.search(text) or EXEMPT.search(prev) or "$REPO_ROOT" in code):
                negatives.append((num, code, len(runs)))
            for start, name in runs_in(code, runners):
                before, after = code[:start], code[start:]
                # The command ends at the next && || ; or the end of the line.
                cmd = split_cmds(after)[0]
                unquoted = re.sub(r'"(?:[^"\\]|\\.)*"|\'[^\']*\'', '""', cmd)
                piped = re.search(r"(?<!\|)\|(?!\|)", unquoted) is not None
                negated = re.search(r"!\s*(?:[A-Za-z_]\w*=\S*\s+)*$", before) is not None
                expect = re.search(r"test_expect_code\s+\d+\s+(?:(?:env|timeout\s+\S+)\s+)*(?:[A-Za-z_]\w*=\S*\s+)*$",
                                   before) is not None
                rest = after[len(cmd):]
                chained = (rest.lstrip().startswith("&&") or re.match(r"\s*\|\|\s*(return|exit)\s+[1-9]", rest)
                           or (rest.strip() == "" and (code.rstrip().endswith("&&") or last)))
                in_subst = re.search(r"\$\($", before.rstrip()) or before.rstrip().endswith("$(")
                outputs = set()
                if in_subst:
                    mv = re.search(r"([A-Za-z_]\w*)=\$\(\s*$", before)
                    if mv:
                        outputs.add("$" + mv.group(1))
                        outputs.add("${" + mv.group(1) + "}")
                    # the substitution's value is read where it stands
                    if re.search(r"test_equal\s+\S+\s+\"\$\(\s*$", before):
                        outputs.add("$(")
                for fd, f in REDIR.findall(cmd):
                    if f in ("/dev/null",) or f.startswith("&"):
                        continue
                    outputs.add(f.strip("\"'"))
                if name == "script":
                    m = re.match(r'script\s+-\w+\s+"(?:[^"\\]|\\.)*"\s+([^\s;&|)]+)', after)
                    if m and m.group(1) != "/dev/null":
                        outputs.add(m.group(1))
                if name == "json_plan":
                    m = re.match(r"json_plan\s+(\S+)", cmd)
                    if m:
                        outputs.update({m.group(1), m.group(1) + ".out"})
                proves = False
                if name in runners:
                    proves = runners[name][1]
                if name in runners and not outputs:
                    args = [a.rstrip(")") for a in re.split(r"\s+", cmd.strip())[1:]]
                    for f in runners[name][0]:
                        for k, a in enumerate(args[:9], 1):
                            f = f.replace("${%d}" % k, a.strip("\"'")).replace("$%d" % k, a.strip("\"'"))
                        outputs.add(f.strip("\"'"))
                rc = (expect or (chained and not negated)) and not piped and not re.search(r"\|\|\s*(true|:)", rest)
                if in_subst and not expect:
                    rc = False
                run = {"line": num, "rc": bool(rc), "outputs": outputs,
                       "seen": ("$(" in outputs or proves) and bool(rc)}
                mrc = re.search(r";\s*([A-Za-z_]\w*)=\$\?", rest)
                if mrc:
                    run["rcvar"] = mrc.group(1)
                    if re.search(r"test\s+\"?\$\{?%s\}?\"?\s+(=|-eq)\s" % mrc.group(1), rest[mrc.end():]):
                        run["rc"] = True
                runs.append(run)
            m = re.search(r"(?:^|;|&&|\{)\s*(?:local\s+)?([A-Za-z_]\w*)=\$\?", code)
            if m and runs and not runs_in(code, runners):
                runs[-1]["rcvar"] = m.group(1)
                if re.search(r"test\s+\"?\$\{?%s\}?\"?\s+(=|-eq)\s" % m.group(1), code[m.end():]):
                    runs[-1]["rc"] = True
            # `( terrace ... ; echo $? >up$k.rc )`, then test_equal 0 "$(cat up$k.rc)"
            m = re.search(r"echo\s+\$\?\s*>\s*([^\s;&|)]+)", code)
            if m and runs:
                runs[-1]["rcfile"] = m.group(1)
            for r in runs:
                if r.get("rcfile") and re.search(r"test_equal\s+\S+\s+\"\$\(cat\s", code) \
                        and output_in(r["rcfile"], code):
                    r["rc"] = True
            # `wait $pid; test_equal 137 $?`: a run in the background, its
            # exit code asserted
            if runs and re.search(r"test_equal\s+\S+\s+\"?\$\?|test\s+\"?\$\?\"?\s+(=|-eq)\s", code):
                runs[-1]["rc"] = True
            prev = text
        return runs, negatives


def analyse(path, src=None):
    """[(line, message)] of the offenders in one file."""
    if src is None:
        with open(path, encoding="utf-8", errors="replace") as f:
            src = f.read()
    global READERS
    everything = with_helpers(path, src)
    READERS = reader_functions(everything)
    runners = runner_functions(everything)
    problems = []
    for _, body in steps_of(src):
        runs, negatives = scan_body(logical_lines(body), runners, READERS)
        # A run before the check, its exit code asserted and a line of its
        # output read anywhere in the step.
        for num, code, k in negatives:
            if any(r["rc"] and r["seen"] for r in runs[:k]):
                continue
            if not k:
                why = "no run of terrace before it in the step"
            else:
                r = runs[k - 1]
                missing = []
                if not r["rc"]:
                    missing.append("its exit code asserted")
                if not r["seen"]:
                    missing.append("a line of its output checked" if r["outputs"]
                                   else "its output written to a file and a line of it checked")
                why = "the run of terrace at line %d lacks %s" % (r["line"], " and ".join(missing))
            problems.append((num, "negative check `%s` not paired with proof that terrace ran: %s"
                             % (code.strip()[:70], why)))
    return problems


SELF_TESTS = [
    # (name, file text, expected offender lines)
    ("unpaired: a negative in a step of its own", """
test_expect_success 'nothing is made' '
	! bucket_exists acme
'
""", [3]),
    ("unpaired: terrace ran, no exit code asserted", """
test_expect_success 'plan makes nothing' '
	terrace plan >out 2>err;
	test_contains out "Plan: 1 to add" &&
	! bucket_exists acme
'
""", [5]),
    ("unpaired: exit code asserted, no line of its output", """
test_expect_success 'plan makes nothing' '
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	! bucket_exists acme
'
""", [4]),
    ("unpaired: only negatives read its output", """
test_expect_success 'plan makes nothing' '
	test_expect_code 1 terrace validate >out 2>err &&
	test_not_contains out "Success!" &&
	test_equal 0 "$(s3 s3api list-buckets --query "length(Buckets)")"
'
""", [4, 5]),
    ("paired: exit code and its Plan: line", """
test_expect_success 'plan makes nothing' '
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	! bucket_exists acme &&
	test ! -e terrace.state.json
'
""", []),
    ("paired: a link of the chain, its stderr checked, a count of nothing", """
test_expect_success 'destroy leaves nothing' '
	terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete!" &&
	test_equal 0 "$(s3 s3api list-buckets --query "length(Buckets)")" &&
	test_empty err
'
""", []),
    ("paired: a function of the file that runs terrace, rc=$?", """
up () {
	terrace apply -auto-approve >up.out 2>up.err
}
test_expect_success 'a refused apply makes nothing' '
	up; rc=$? &&
	test_equal 1 "$rc" &&
	test_contains up.err "Error:" &&
	! s3 s3api head-bucket --bucket acme
'
""", []),
    ("exempt: the repository's own files, or a marked check", """
test_expect_success 'the docs say it once' '
	! grep "not modelled" "$REPO_ROOT/docs/providers/aws.md" &&
	# negatives: no run of terrace (a file the step writes)
	! test -e scratch
'
""", []),
    ("paired: a function that checks its own run; a background run's exit code by wait", """
expect_errors () {
	test_expect_code 1 terrace validate -stack "$1" >out 2>err || return 1
	test_contains err "error:" || return 1
}
test_expect_success 'a bad stack makes nothing' '
	expect_errors bad.yaml &&
	! bucket_exists acme
'
test_expect_success 'killed' '
	"$TERRACE" apply -auto-approve >first.out 2>first.err &
	pid=$! &&
	wait_for_line first.out "Creation complete" $pid &&
	kill -KILL $pid &&
	{ wait $pid; test_equal 137 $?; } &&
	test_not_contains first.out "Apply complete!"
'
""", []),
    ("paired: a run under timeout -k, its variable before test_expect_code", """
test_expect_success 'failed at once' '
	TERRACE_LOG=debug test_expect_code 1 timeout -k 10 120 "$TERRACE" apply -auto-approve >out 2>err &&
	test_contains err "is failed" &&
	test_not_contains err "waiting for"
'
""", []),
    ("unpaired: a function's run whose output nobody reads; a piped run", """
up () {
	terrace apply -auto-approve >"$1.out" 2>"$1.err"
}
test_expect_success 'one' '
	up first &&
	! bucket_exists acme
'
test_expect_success 'two' '
	up second &&
	test_contains second.out "Apply complete!" &&
	! bucket_exists acme
'
test_expect_success 'three' '
	terrace plan | tee out &&
	test_contains out "Plan:" &&
	test_equal 0 "$(s3 s3api list-buckets --query "length(Buckets)")"
'
""", [7, 17]),
    ("paired: script(1) on a terminal, rc in a file, a quoted | and ; in arguments", """
test_expect_success 'tty' '
	script -qfec "\\"$TERRACE\\" apply -auto-approve" typescript >/dev/null &&
	test_contains typescript "Apply complete!" &&
	test_not_contains typescript "MiB /"
'
test_expect_success 'shards' '
	(terrace lab up r1 >up1.out 2>up1.err
	 echo $? >up1.rc) &
	wait &&
	test_equal 0 "$(cat up1.rc)" &&
	grep -qF "Lab up: 4 ready; 0 failed." up1.out &&
	! grep -q Error up1.err
'
test_expect_success 'run' '
	terrace run spark -arg "LOG=a|b; c" >out 2>err &&
	test_contains out "a" &&
	test_not_contains out "WARN"
'
""", []),
    ("paired: a line of what a command made of the output (awk out >found); unpaired: cat is no check", """
test_expect_success 'sweep lists it' '
	(cd lab && terrace sweep >../out 2>../err) &&
	awk "{print \\$1}" out >found &&
	test_contains found "aws.s3.bucket" &&
	test_not_contains found "someone-else"
'
test_expect_success 'cat' '
	terrace destroy -auto-approve >out 2>err &&
	cat out &&
	! bucket_exists acme
'
""", [11]),
    ("heredocs are not steps' commands", """
test_expect_success 'python reads the state' '
	terrace apply -auto-approve >out &&
	python3 - <<-\\PY &&
	assert not open("x").read()
	! bucket_exists acme
	PY
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed."
'
""", []),
]


def self_test():
    bad = 0
    for name, text, want in SELF_TESTS:
        got = [line for line, _ in analyse("self-test.sh", text)]
        if got != want:
            print("self-test FAILED: %s: offenders at lines %s, expected %s" % (name, got, want))
            for line, msg in analyse("self-test.sh", text):
                print("  %d: %s" % (line, msg))
            bad += 1
        else:
            print("self-test ok: %s" % name)
    print("%d/%d self-tests passed" % (len(SELF_TESTS) - bad, len(SELF_TESTS)))
    return 1 if bad else 0


def main(argv):
    args = [a for a in argv if a != "--check"]
    if args == ["--self-test"]:
        return self_test()
    files = args or sorted(glob.glob(os.path.join(HERE, "**", "t[0-9][0-9][0-9][0-9]-*.sh"), recursive=True) + [
        f for f in glob.glob(os.path.join(HERE, "*.sh"))
        if not os.path.basename(f).startswith("t") and os.path.basename(f) not in ("lib.sh", "run.sh")
        and "test_expect_success" in open(f, encoding="utf-8", errors="replace").read()])
    total = 0
    for path in files:
        for line, msg in analyse(path):
            print("%s:%d: %s" % (os.path.relpath(path), line, msg))
            total += 1
    print("negatives.py: %d negative check(s) without proof that terrace ran, in %d file(s)"
          % (total, len(files)))
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
