#!/usr/bin/env python3
"""table.py: docs/validation.md's table of cfn-lint's bad templates, rule by
rule: what terrace refuses of them, misses, or refuses for another reason.

    tests/corpus/cfn-lint/table.py TERRACE WORKDIR           # rewrite the table
    tests/corpus/cfn-lint/table.py TERRACE WORKDIR --check   # exit 1 if it differs
    ... --doc FILE        # another copy of docs/validation.md (the test's doctored one)
    ... --reuse           # the table the last run into WORKDIR made (WORKDIR/table.md),
                          # not made again: for checking the page's mechanics

For each template under templates/bad (the vendored fixtures of cfn-lint
v1.51.0), it runs `TERRACE convert -from cloudformation` into WORKDIR, then,
when a stack was written, `TERRACE validate -json` on it (nothing more: no
server; the stacks in one `validate STACK...`, which judges each alone). It compares what terrace said with results.json (what the pinned
cfn-lint reports: rule id and line, snapshot.py) match by match.

How a match is placed. Each line, of the template and of the stack, is read
as the path of keys that holds it (PyYAML's node marks; CloudFormation's
short tags need no constructor for that). A cfn-lint match at a line under
Resources/NAME/Properties/PROP is at (NAME, PROP); under Resources/NAME
elsewhere (its Type, Condition, DependsOn, the resource itself) at (NAME);
under Parameters, Outputs, Conditions or Mappings at that section's NAME;
anywhere else at the template. terrace's messages are placed the same way:
validate's at the stack's line (resources/NAME/ATTRIBUTE, variables/NAME,
outputs/NAME, locals/NAME; the resource named in the message otherwise; a
dependency cycle at each resource in it);
convert's at the template's line it gives. A property and an attribute are
the same when they are equal once lower-cased without underscores
(`AlarmActions`, `alarm_actions`). An error is at a match's place when it
names the same resource and the same property (or the match is at the
whole resource; or the error is, and its message names the property, or
it is a dependency cycle); or the
same parameter, output, condition or mapping; a template-level match (a
parse error, no Resources) is met by any error at convert.

Each match of an error rule (E*) is then:
  - refuses: an error of terrace's is at its place (convert's exit 1, or
    validate's error);
  - named at convert: convert left out what is at its place, with a
    warning (a property the schema does not have, a malformed function),
    and no error is there;
  - refuses for another reason: terrace refuses the template, not there;
  - misses: terrace accepts the template.
Warnings (W*) and informational matches (I*) are what cfn-lint advises,
not what AWS refuses: counted apart, where terrace is right to accept.
"""
import collections
import json
import os
import pathlib
import re
import subprocess
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
DOC = ROOT / "docs/validation.md"
BEGIN = "<!-- generated: tests/corpus/cfn-lint/table.py -->"
END = "<!-- end generated: tests/corpus/cfn-lint/table.py -->"
SECTIONS = {"Parameters": "variables", "Outputs": "outputs",
            "Conditions": "locals", "Mappings": "locals"}
DIAG = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>warning|error): (?P<msg>.*)$")


def norm(name):
    return str(name).lower().replace("_", "").replace("-", "")


def key_paths(text):
    """{line: [key, ...]}: for each line (1-based), the keys of the
    mappings that hold it, outermost first; None if the text is not YAML."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    lines = {}

    def walk(node, path, limit):
        """A key holds the lines from its own to the line before its next
        sibling's (the last one: to its value's end), within its parent's."""
        if isinstance(node, yaml.MappingNode):
            for i, (k, v) in enumerate(node.value):
                key = k.value if isinstance(k, yaml.ScalarNode) else "?"
                first = k.start_mark.line + 1
                if i + 1 < len(node.value):
                    last = node.value[i + 1][0].start_mark.line
                else:
                    last = v.end_mark.line + (0 if v.end_mark.column == 0 else 1)
                last = min(max(last, first), limit)
                for n in range(first, last + 1):
                    if len(lines.get(n, ())) <= len(path):
                        lines[n] = path + [key]
                walk(v, path + [key], last)
        elif isinstance(node, yaml.SequenceNode):
            for v in node.value:
                walk(v, path, limit)
    if root is not None:
        walk(root, [], 1 << 30)
    return lines


def template_place(paths, line):
    """Where a template's line is: ("resource", NAME, PROP|None),
    (SECTION, NAME) or ("template",)."""
    path = (paths or {}).get(line, [])
    if len(path) >= 2 and path[0] == "Resources":
        if len(path) >= 4 and path[2] == "Properties":
            return ("resource", path[1], norm(path[3]))
        return ("resource", path[1], None)
    if len(path) >= 2 and path[0] in SECTIONS:
        return (SECTIONS[path[0]], norm(path[1]))
    return ("template",)


def stack_place(paths, line, msg):
    path = (paths or {}).get(line, [])
    named = re.match(r'resource "([^"]+)"', msg)
    if len(path) >= 2 and path[0] == "resources":
        prop = path[2] if len(path) >= 3 and path[2] != "type" else None
        return ("resource", path[1], norm(prop) if prop else None)
    if named:
        return ("resource", named.group(1), None)
    if len(path) >= 2 and path[0] in ("variables", "outputs", "locals"):
        return (path[0], norm(path[1]))
    return ("stack",)


def at(err, want, msg):
    """Whether an error placed at err, saying msg, is at a cfn-lint match's
    place. An error at a whole resource meets a match at one of its
    properties when it names that property (a required attribute missing),
    or when it is a dependency cycle (a reference in any property)."""
    if want[0] == "template" or err[0] == "template":
        return err[0] in ("template", "convert")
    if want[0] == "resource":
        if err[0] != "resource" or err[1] != want[1]:
            return False
        if want[2] is None or err[2] == "*" or err[2] == want[2]:
            return True
        return err[2] is None and want[2] in norm(msg)
    if want[0] == "locals" and err[0] == "locals":
        return err[1] == want[1]
    return err[0] == want[0] and err[1] == want[1]


def short(msg):
    msg = msg.split("\n")[0]
    return msg if len(msg) <= 160 else msg[:157] + "..."


def convert(terrace, work, rel):
    """convert one template into its folder of WORKDIR: (out, None, errors,
    warnings) when a stack was written, else (out, how, errors, warnings),
    errors and convert's warnings as [(place, message)]."""
    out = pathlib.Path(work) / rel.replace("/", "--")
    out.mkdir(parents=True, exist_ok=True)
    stack = out / "stack.yaml"
    if stack.exists():
        stack.unlink()
    env = dict(os.environ, NO_COLOR="1")
    run = subprocess.run([terrace, "convert", "-from", "cloudformation", "-out", str(stack), rel],
                         cwd=HERE / "templates", capture_output=True, text=True, env=env)
    tpaths = key_paths((HERE / "templates" / rel).read_text(errors="replace"))
    errors, warned = [], []
    for line in run.stderr.splitlines():
        m = DIAG.match(line)
        if not m:
            continue
        place = template_place(tpaths, int(m.group("line")))
        (errors if m.group("sev") == "error" else warned).append((place, m.group("msg")))
    if run.returncode not in (0, 3):
        if not errors:
            lines = [l for l in run.stderr.splitlines() if l.strip()]
            errors.append((("template",), lines[0] if lines else "exit %d" % run.returncode))
        errors = [(("convert",) if p == ("template",) else p, m) for p, m in errors]
        return out, "convert exit %d" % run.returncode, errors, warned
    return out, None, errors, warned


def validate_all(terrace, work, outs):
    """`TERRACE validate -json` on every written stack at once (one process:
    `validate STACK...` judges each stack on its own): its entry of the
    answer's "stacks" per folder, or None for all when the answer is not
    JSON (with validate's first line)."""
    if not outs:
        return {}, None
    env = dict(os.environ, NO_COLOR="1")
    names = [o.name for o in outs]
    val = subprocess.run([terrace, "validate", "-json", "-no-color"] + names, cwd=work,
                         capture_output=True, text=True, env=env)
    try:
        doc = json.loads(val.stdout)
    except json.JSONDecodeError:
        return None, short(val.stderr) or "validate exit %d" % val.returncode
    stacks = doc.get("stacks", [doc]) if len(names) > 1 else [dict(doc, stack=names[0])]
    return {s.get("stack"): s for s in stacks}, None


def judge_validated(out, answer, errors, warned):
    """What validate's answer for one stack adds: (how, errors, warnings)."""
    errors = list(errors)
    if answer is None:
        return "validate exit 1", [(("stack",), "no answer from validate for " + out.name)], warned
    spaths = key_paths((out / "stack.yaml").read_text())
    for d in answer.get("diagnostics", []):
        if d.get("severity") != "error":
            continue
        line = (d.get("range") or {}).get("start", {}).get("line", 0)
        cycle = re.match(r"dependency cycle: (.*)", d["summary"])
        if cycle:  # at each resource of the cycle
            errors += [(("resource", name, "*"), d["summary"])
                       for name in dict.fromkeys(cycle.group(1).split(" -> "))]
        else:
            errors.append((stack_place(spaths, line, d["summary"]), d["summary"]))
    if not answer.get("valid", True) and not errors:
        errors.append((("stack",), "validate: not valid"))
    how = "validate refuses" if errors else "validate accepts"
    return how, errors, warned


def judge_all(terrace, work, rels):
    """What terrace says of each template: {rel: (how, errors, warnings)}."""
    said, written = {}, {}
    for rel in rels:
        out, how, errors, warned = convert(terrace, work, rel)
        if how:
            said[rel] = (how, errors, warned)
        else:
            written[rel] = (out, errors, warned)
    answers, problem = validate_all(terrace, work, [o for o, _, _ in written.values()])
    for rel, (out, errors, warned) in written.items():
        if problem:
            said[rel] = ("validate exit 1", [(("stack",), problem)], warned)
        else:
            said[rel] = judge_validated(out, answers.get(out.name), errors, warned)
    return said


def classify(results, terrace, work):
    rows = collections.defaultdict(collections.Counter)
    templates = collections.defaultdict(set)
    other, strict, missed = [], [], []
    accepted_whole = []
    judged = judge_all(terrace, work, sorted(results))
    for rel, matches in sorted(results.items()):
        how, errors, warned = judged[rel]
        text = (HERE / "templates" / rel).read_text(errors="replace")
        tpaths, text_lines = key_paths(text), text.splitlines()
        if not errors and any(rule[0] == "E" for rule, _ in matches):
            accepted_whole.append(rel)
        for rule, line in matches:
            want = template_place(tpaths, line) if line else ("template",)
            there = [m for p, m in errors if at(p, want, m)]
            if there:
                kind = "refuses"
                if rule[0] != "E":
                    strict.append((rel, rule, line, how, short(there[0])))
            elif any(at(p, want, m) for p, m in warned):
                kind = "named"
            elif errors:
                kind = "other"
                if rule[0] == "E":
                    near = [m for p, m in errors if p[:2] == want[:2]] or [errors[0][1]]
                    other.append((rel, rule, line, how, short(near[0])))
            else:
                kind = "misses"
                if rule[0] == "E":
                    said = text_lines[line - 1].strip() if 0 < line <= len(text_lines) else ""
                    missed.append((rel, rule, line, said if len(said) <= 70 else said[:67] + "..."))
            rows[rule][kind] += 1
            rows[rule]["matches"] += 1
            templates[rule].add(rel)
    return rows, templates, other, strict, missed, accepted_whole


def render(results, rows, templates, other, strict, missed, accepted_whole):
    def total(prefix, kind):
        return sum(c[kind] for r, c in rows.items() if r.startswith(prefix))
    errors = sorted(r for r in rows if r.startswith("E"))
    advice = sorted(r for r in rows if not r.startswith("E"))
    n_err = total("E", "matches")
    out = [BEGIN, ""]
    out.append(
        "Made by `tests/corpus/cfn-lint/table.py` (checked by `tests/integration/cloudcontrol/t1271`): "
        "each of the %d templates of cfn-lint's `bad` fixtures (v1.51.0, vendored in "
        "`tests/corpus/cfn-lint/`) is converted with `terrace convert -from cloudformation` "
        "and, when a stack is written, checked with `terrace validate` (no server). "
        "`results.json` holds what the pinned cfn-lint reports of them: %d matches, a rule id "
        "and a line each. A match is placed by the keys that hold its line (the resource and "
        "its property; a parameter, output, condition or mapping; the template), and terrace's "
        "messages the same way: validate's by the stack's line (a dependency cycle at each of its "
        "resources; the converter keeps the "
        "logical ids and names each property from the template's), convert's by the template's "
        "line. A property and an attribute are the same when equal lower-cased without `_`; an "
        "error at a whole resource meets a match at one of its properties only if its message "
        "names the property (a required attribute missing) or it is a dependency cycle. "
        "Per match: **refuses**, an error of terrace's is at the same place (convert's exit 1 "
        "for a template that does not parse or has no `Resources`, or validate's error); "
        "**named at convert**, convert left out what is there with a warning (a property the "
        "schema does not have, a malformed function) and validate raised nothing there; "
        "**refuses for another reason**, terrace refuses the template but not there (each "
        "listed below with terrace's first error at the same resource, else its first); **misses**, terrace accepts the template. "
        "Of the %d matches of cfn-lint's error rules (E), terrace refuses %d, names %d at "
        "convert, refuses the template of %d for another reason and misses %d; %d of the "
        "%d templates are accepted whole (no error at convert or validate) though cfn-lint "
        "reports an error in them. "
        "Warnings (W) and informational matches (I), %d, are cfn-lint's advice, not what AWS "
        "refuses: counted apart, where accepting is right."
        % (len(results), sum(len(v) for v in results.values()), n_err,
           total("E", "refuses"), total("E", "named"), total("E", "other"), total("E", "misses"),
           len(accepted_whole), len(results), total("W", "matches") + total("I", "matches")))
    out.append("")
    head = "| cfn-lint rule | matches (templates) | refuses | named at convert | refuses for another reason | misses |"
    out += [head, "|---|--:|--:|--:|--:|--:|"]
    for r in errors:
        c = rows[r]
        out.append("| %s | %d (%d) | %d | %d | %d | %d |" % (
            r, c["matches"], len(templates[r]), c["refuses"], c["named"], c["other"], c["misses"]))
    out.append("| **all E** | %d | %d | %d | %d | %d |" % (
        n_err, total("E", "refuses"), total("E", "named"), total("E", "other"), total("E", "misses")))
    out += ["", "cfn-lint's warnings and informational matches (what AWS takes):", ""]
    out += ["| cfn-lint rule | matches (templates) | accepted | refused there | template refused elsewhere | named at convert |",
            "|---|--:|--:|--:|--:|--:|"]
    for r in advice:
        c = rows[r]
        out.append("| %s | %d (%d) | %d | %d | %d | %d |" % (
            r, c["matches"], len(templates[r]), c["misses"], c["refuses"], c["other"], c["named"]))
    out += ["", "Missed (template, cfn-lint's error rule and line, the template's line there):", ""]
    for rel, rule, line, said in missed:
        out.append("- `%s` %s at line %d: %s" % (rel, rule, line,
                                                "`%s`" % said.replace("`", "'") if said else "(whole template)"))
    out += ["", "Refused at the place of a warning or an informational match (template, cfn-lint's "
            "rule and line, terrace's error there; an error rule may hold the same place):", ""]
    for rel, rule, line, how, msg in strict:
        out.append("- `%s` %s at line %d: %s" % (rel, rule, line,
                                                msg.replace("|", "\\|").replace("`", "'")))
    out += ["", "Refused for another reason (template, cfn-lint's rule and line, what terrace did, "
            "its first error at the same resource, else its first):", ""]
    for rel, rule, line, how, msg in other:
        out.append("- `%s` %s at line %d: %s: %s" % (rel, rule, line, how,
                                                      msg.replace("|", "\\|").replace("`", "'")))
    out += ["", END]
    return "\n".join(out) + "\n"


def main():
    args, check, doc, reuse = [], False, DOC, False
    argv = sys.argv[1:]
    while argv:
        a = argv.pop(0)
        if a == "--check":
            check = True
        elif a == "--reuse":
            reuse = True
        elif a == "--doc" and argv:
            doc = pathlib.Path(argv.pop(0))
        else:
            args.append(a)
    if len(args) != 2:
        sys.exit("usage: table.py TERRACE WORKDIR [--check] [--doc FILE] [--reuse]")
    terrace, work = os.path.abspath(args[0]), os.path.abspath(args[1])
    text = doc.read_text()
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        sys.exit("table.py: %s has no %s ... %s block" % (doc, BEGIN, END))
    results = json.loads((HERE / "results.json").read_text())["templates"]
    kept = pathlib.Path(work) / "table.md"
    if reuse and kept.exists():
        table = kept.read_text()
    else:
        table = render(results, *classify(results, terrace, work))
        pathlib.Path(work).mkdir(parents=True, exist_ok=True)
        kept.write_text(table)
    new = text[:start] + table + text[end + len(END) + 1:]
    if check:
        if new != text:
            sys.exit("table.py: %s's table of cfn-lint's bad templates is not what terrace "
                     "says now; run tests/corpus/cfn-lint/table.py TERRACE WORKDIR" % doc)
        print("table.py: %s's table is what terrace says (%d templates)" % (doc, len(results)))
        return
    doc.write_text(new)


if __name__ == "__main__":
    main()
