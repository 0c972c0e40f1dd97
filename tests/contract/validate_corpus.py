#!/usr/bin/env python3
"""tests/contract/validate_corpus.py: every stack the examples and the
integration tests write, through `terrace validate` with two builds, and
what the second says that the first did not: a new refusal (or warning) is
one the change brings to a stack the suite or an example writes, which the
bar forbids unless the server refuses it too.

    tests/contract/validate_corpus.py BEFORE AFTER [--keep DIR]

BEFORE and AFTER are terrace binaries. The stacks:
  - examples/*: each folder (with -all where it has terrace.stacks.yaml),
    and each of its folders holding YAML;
  - tests/integration/FOLDER/tNNNN-*.sh: each state of each YAML file the test writes
    with write_stack and here-documents (`cat >FILE <<YAML`, `cat >>FILE`),
    validated in a folder holding every file the test has written there so
    far. An unquoted here-document's shell variables are given a
    placeholder, `\\$` is `$`. A stack a test makes another way (sed,
    Python) is not seen.
Variables: endpoint, access_key and secret_key are given (TERRACE_VAR_...),
so the attributes made from them are checked as evaluated; others stay
unknown, which passes.

Prints each stack whose validate differs (exit code or output), both
outputs, and the counts; exit 1 when one differs.
"""
import os
import pathlib
import re
import shlex
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
HEREDOC = re.compile(r"""cat\s+(>>?)\s*"?([\w./${}-]+)"?\s*<<(-?)\s*(['"]?|\\)(\w+)['"]?""")
HEREDOC2 = re.compile(r"""cat\s*<<(-?)\s*(['"]?|\\)(\w+)['"]?\s*(>>?)\s*"?([\w./${}-]+)"?""")
ASSIGN = re.compile(r"""^\s*(\w+)=('[^']*'?|"[^"]*"?|[^\s'"]*)\s*(&&)?\s*$""")
WRITE_STACK = re.compile(r"""^\s*write_stack\s+"?([\w./${}-]+)"?""")


def header(name):
    return ("stack: %s\nvariables:\n  endpoint: {type: string}\n  access_key: {type: string}\n"
            "  secret_key: {type: string, sensitive: true}\nproviders:\n  aws:\n"
            "    region: us-east-1\n    endpoint: \"${var.endpoint}\"\n    path_style: true\n"
            "    access_key: \"${var.access_key}\"\n    secret_key: \"${var.secret_key}\"\n" % name)


def expand(text, known):
    """An unquoted here-document as the shell gives it, roughly: a variable
    the test set before (in the file's order) is its value, another x1."""
    text = re.sub(r"(?<!\\)\$\([^)]*\)", "x1", text)
    text = re.sub(r"(?<!\\)\$\{(\w+):?-([^}]*)\}", lambda m: known.get(m.group(1), m.group(2)),
                  text)
    text = re.sub(r"(?<!\\)\$\{(\w+)\}", lambda m: known.get(m.group(1), "x1"), text)
    text = re.sub(r"(?<!\\)\$(\w+)", lambda m: known.get(m.group(1), "x1"), text)
    return text.replace("\\$", "$").replace("\\`", "`")


def stacks_of_test(path):
    """[(relative file, {file: text})] each time a YAML file changes."""
    test = path.stem
    lines = path.read_text(errors="replace").split("\n")
    files, out = {}, []
    known = {"TEST_NAME": test, "ACCOUNT": "123456789012"}
    # a variable set only after a function writes with it (A=1 B=2 stack_fn):
    # its first value anywhere in the file
    later = {}
    for name, v in re.findall(r"""(?<![\w$.-])([A-Za-z_]\w*)=('[^'\n]*'|"[^"\n]*"|[^\s;&|'"]+)""",
                              "\n".join(lines)):
        later.setdefault(name, v.strip("'\""))
    for name in later:
        later[name] = expand(later[name], dict(later, **known))
    # a function's $1, $2...: the arguments of its first call
    args, function = {}, None
    for f in re.findall(r"^\s*(\w+)\s*\(\)\s*\{", "\n".join(lines), re.M):
        m = re.search(r"^\s*%s[ \t]+([^\n]+?)(?:\s*&&|\s*\|\|.*)?\s*$" % f, "\n".join(lines), re.M)
        if m:
            try:
                words = shlex.split(expand(m.group(1), dict(later, **known)))
            except ValueError:
                words = []
            args[f] = {str(i): w for i, w in enumerate(words, 1)}
    i = 0
    while i < len(lines):
        line = lines[i]
        f = re.match(r"^\s*(\w+)\s*\(\)\s*\{", line)
        if f:
            function = f.group(1)
        elif line.startswith("}"):
            function = None
        m = ASSIGN.match(line)
        if m and m.group(1) not in known:
            # NAME=VALUE, a quoted value running on over lines
            v = m.group(2)
            q = v[:1]
            while q in "'\"" and (len(v) < 2 or not v.endswith(q)) and i + 1 < len(lines):
                i += 1
                v += "\n" + lines[i].rstrip(" &\\")
            if q in "'\"" and len(v) >= 2 and v.endswith(q):
                v = v[1:-1]
            known[m.group(1)] = v if q == "'" else expand(v, known)
        m = WRITE_STACK.match(line)
        if m and "$" not in m.group(1):
            # a second argument: lines of variables, in double quotes
            rest = line[m.end():].strip()
            extra = ""
            if rest[:1] in "'\"" and rest:
                q, extra = rest[0], rest[1:]
                while not extra.rstrip(" &\\").endswith(q) and i + 1 < len(lines):
                    i += 1
                    extra += "\n" + lines[i]
                extra = extra.rstrip(" &\\")[:-1] + "\n"
                if q == '"':
                    extra = expand(extra, known)
            h = header(test)
            files[m.group(1)] = h.replace("providers:", extra + "providers:") if extra else h
            i += 1
            continue
        m = HEREDOC.search(line)
        if m:
            mode, target, dash, quote, delim = m.groups()
        else:
            m = HEREDOC2.search(line)
            if m:
                dash, quote, delim, mode, target = m.groups()
        if not m:
            i += 1
            continue
        body = []
        i += 1
        while i < len(lines):
            text = lines[i].lstrip("\t") if dash else lines[i]
            if text == delim:
                break
            body.append(text)
            i += 1
        i += 1
        text = "\n".join(body) + "\n"
        if not quote:
            text = expand(text, dict(later, **known, **args.get(function, {})))
        if "$" in target or not target.endswith((".yaml", ".yml")):
            continue
        files[target] = (files.get(target, "") if mode == ">>" else "") + text
        if "resources:" in files[target] or "type: " in files[target]:
            out.append((target, dict(files)))
    return out


def run(binary, args, cwd):
    env = dict(os.environ, NO_COLOR="1", TERRACE_VAR_endpoint="http://127.0.0.1:9",
               TERRACE_VAR_access_key="AKIAEXAMPLE", TERRACE_VAR_secret_key="secret",
               TERRACE_MODULES_PATH=str(ROOT / "modules"))
    for k in list(env):
        if k.startswith("AWS_"):
            del env[k]
    try:
        p = subprocess.run([binary, "validate", "-no-color"] + args, cwd=cwd, env=env,
                           capture_output=True, text=True, timeout=60)
        return p.returncode, p.stdout + p.stderr
    except subprocess.TimeoutExpired:
        return -1, "timeout"


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    before, after = (str(pathlib.Path(b).resolve()) for b in argv[1:3])
    cases = []  # (label, cwd, args)
    work = pathlib.Path(tempfile.mkdtemp(prefix="validate-corpus-"))
    for ex in sorted((ROOT / "examples").iterdir()):
        if not ex.is_dir():
            continue
        dirs = sorted({p.parent for p in ex.rglob("*.yaml")} | {ex})
        for d in dirs:
            args = ["-stack", str(d)]
            if (d / "terrace.stacks.yaml").exists():
                args.append("-all")
            cases.append(("examples/" + str(d.relative_to(ROOT / "examples")), str(ROOT), args))
    for t in sorted((ROOT / "tests" / "integration").rglob("t[0-9][0-9][0-9][0-9]-*.sh"), key=lambda p: p.name):
        for n, (target, files) in enumerate(stacks_of_test(t)):
            d = work / ("%s.%d" % (t.stem, n))
            for f, text in files.items():
                p = d / f
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_text(text)
            cases.append(("%s #%d %s" % (t.name, n, target), str(d),
                          ["-stack", str((d / target).parent)]))
    differ = refused_before = refused_after = 0
    for label, cwd, args in cases:
        rb, ob = run(before, args, cwd)
        ra, oa = run(after, args, cwd)
        refused_before += rb != 0
        refused_after += ra != 0
        if (rb, ob) != (ra, oa):
            differ += 1
            print("== %s: before exit %d, after exit %d" % (label, rb, ra))
            print("-- before:\n" + ob.rstrip() + "\n-- after:\n" + oa.rstrip())
    print("%d stacks validated (%d from examples/); refused: %d before, %d after; %d differ"
          % (len(cases), sum(1 for c in cases if c[0].startswith("examples/")),
             refused_before, refused_after, differ))
    if "--keep" not in argv:
        subprocess.run(["rm", "-rf", str(work)])
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
