#!/usr/bin/env python3
"""provider/aws/checks/gen_constraints.py: write provider/aws/checks/constraints.gen.c, the
constraints the AWS service models (botocore's JSON models, the ones the AWS
SDKs are generated from) put on the request members that aws attributes go
into: string lengths, enums, numeric ranges and list sizes, per
provider/aws/checks/constraints.map; then those CloudFormation's resource schemas
put on the properties the attributes go into, per provider/aws/checks/cfn.map,
for the attributes no model's row nor written row checks (below, "rows
from CloudFormation's resource schemas").

    provider/aws/checks/gen_constraints.py           write ../constraints.gen.c
    provider/aws/checks/gen_constraints.py --check   exit 1 when it differs from
                                                  what the installed models give
    provider/aws/checks/gen_constraints.py --edges   print a sample of the table's
                                                  edges, one JSON line each (below)

Patterns too: the models write them as Java regular expressions, which AWS
matches against the whole value; terrace matches with libxml2's regular
expressions (XML Schema's dialect, also whole-value), so each pattern is
translated here (java_to_xsd) from the subset the models use: \\u escapes,
\\d \\w \\s, classes with ranges and literal hyphens, groups, alternation,
counted repeats, ^ and $ at the ends. A pattern with anything else
(lookarounds, (?...) groups, \\p classes, a surrogate not in a pair, lazy
or possessive repeats) is not carried and is listed in the generated file; the
contract check (tests/contract/check.py) still holds every request the
tests send against it. The translation is held against Java itself:

    provider/aws/checks/gen_constraints.py --verdicts  (needs java and javac)

runs every carried pattern in java.util.regex over probe strings and
writes tests/unit/pattern_verdicts.json, which test_constraints compares
with what libxml2 says of the translation; --check fails while a carried
pattern has no verdicts there.
"""
import difflib
import json
import pathlib
import sys

import botocore.loaders

HERE = pathlib.Path(__file__).resolve().parent
AWS = HERE.parent   # provider/aws; the table is written beside this script (checks/)
LOADER = botocore.loaders.create_loader()
_models = {}


def model(name):
    if name not in _models:
        _models[name] = LOADER.load_service_model(name, "service-2")
    return _models[name]


def member_shape(service, operation, path):
    m = model(service)
    shape = m["shapes"][m["operations"][operation]["input"]["shape"]]
    for part in path.split("."):
        if shape["type"] == "list":
            shape = m["shapes"][shape["member"]["shape"]]
        if shape["type"] == "map":  # a documented key of a map (SNS's Attributes)
            shape = m["shapes"][shape["value"]["shape"]]
            continue
        members = shape.get("members", {})
        if part not in members:
            sys.exit(f"gen_constraints: {service} {operation}: no member {path!r}")
        shape = m["shapes"][members[part]["shape"]]
    return m, shape


def c_str(s):
    """s as a C string literal: UTF-8, non-ASCII bytes and controls as octal
    escapes (three digits, so a digit after one cannot extend it)."""
    out = []
    for b in s.encode("utf-8"):
        ch = chr(b)
        if ch in '\\"':
            out.append("\\" + ch)
        elif 0x20 <= b < 0x7f:
            out.append(ch)
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


def num(v):
    return repr(float(v)) if isinstance(v, float) and v != int(v) else str(int(v))


XSD_SPECIAL = set("\\|.?*+(){}-[]^")
CLASS_SPECIAL = set("\\[]^-")
SPACE_CLASS = " \\t\\n\\r\x0b\x0c"  # Java's \\s: space, tab, newline, return, VT, FF
SHORTHAND = {"d": "0-9", "w": "a-zA-Z0-9_", "s": SPACE_CLASS}


class Untranslatable(Exception):
    pass


def java_to_xsd(pattern):
    """The Java regular expression as an XML Schema one that accepts the
    same whole values, or None when it uses what is not translated."""
    try:
        return _translate(pattern)
    except Untranslatable:
        return None


def _escape(ch, in_class):
    if ch in (CLASS_SPECIAL if in_class else XSD_SPECIAL):
        return "\\" + ch
    return {"\t": "\\t", "\n": "\\n", "\r": "\\r"}.get(ch, ch)


def _char_escape(p, i):
    """The literal character of the escape at p[i] (after the backslash),
    and the index after it; Untranslatable for anything but a literal."""
    c = p[i]
    if c == "u":
        code = int(p[i + 1:i + 5], 16)
        low = int(p[i + 7:i + 11], 16) if p[i + 5:i + 7] == "\\u" else 0
        if 0xD800 <= code <= 0xDBFF and 0xDC00 <= low <= 0xDFFF:
            # A surrogate pair is one code point to Java (\uD800\uDC00: U+10000).
            return chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)), i + 11
        if 0xD800 <= code <= 0xDFFF:
            raise Untranslatable("surrogate")
        return chr(code), i + 5
    if c in "tnr":
        return {"t": "\t", "n": "\n", "r": "\r"}[c], i + 1
    if c.isalnum():
        raise Untranslatable("escape \\" + c)
    return c, i + 1


def _translate(p):
    out = []
    i, n = 0, len(p)
    if p.startswith("^"):
        i = 1
    if p.endswith("$") and not p.endswith("\\$"):
        n -= 1
    while i < n:
        c = p[i]
        if c == "\\":
            if p[i + 1] in SHORTHAND:
                out.append("[" + SHORTHAND[p[i + 1]] + "]")
                i += 2
                continue
            ch, i = _char_escape(p, i + 1)
            out.append(_escape(ch, False))
        elif c == "[":
            cls, i = _translate_class(p, i)
            out.append(cls)
        elif c == "(" and p[i + 1:i + 2] == "?":
            raise Untranslatable("(?")
        elif c in "^$":
            raise Untranslatable("anchor inside")
        elif c in "*+?}" and p[i + 1:i + 2] in ("?", "+"):
            raise Untranslatable("lazy or possessive")
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _translate_class(p, i):
    """The class opening at p[i] as an XSD class, and the index after it.
    Hyphens that Java reads as literals (first, last, after a range or a
    shorthand) are escaped: XSD reads a bare one only at the ends."""
    i += 1
    out = "["
    if p[i] == "^":
        out += "^"
        i += 1
    items = []  # ("c", char), ("e", escaped char) or ("s", text already a class body)
    while p[i] != "]" or not items:
        c = p[i]
        if c == "[" or p[i:i + 2] == "&&":
            raise Untranslatable("nested class")
        if c == "\\":
            if p[i + 1] in SHORTHAND:
                items.append(("s", SHORTHAND[p[i + 1]]))
                i += 2
                continue
            ch, i = _char_escape(p, i + 1)
            items.append(("e", ch))  # escaped: a literal, never a range's hyphen
        else:
            items.append(("c", c))
            i += 1
    body, k = "", 0
    while k < len(items):
        kind, v = items[k]
        if (kind in "ce" and k + 2 < len(items) and items[k + 1] == ("c", "-")
                and items[k + 2][0] in "ce"):
            body += _escape(v, True) + "-" + _escape(items[k + 2][1], True)
            k += 3
            continue
        body += v if kind == "s" else _escape(v, True)
        k += 1
    return out + body + "]", i + 1


def constraint(m, shape):
    """(kind, min, max, enum, pattern) of a shape; kind s(tring), n(umber), w(hole
    number), l(ist)."""
    t = shape["type"]
    if t == "string":
        return "s", shape.get("min"), shape.get("max"), shape.get("enum"), shape.get("pattern")
    if t in ("integer", "long"):
        return "w", shape.get("min"), shape.get("max"), None, None
    if t in ("double", "float"):
        return "n", shape.get("min"), shape.get("max"), None, None
    if t == "list":
        return "l", shape.get("min"), shape.get("max"), None, None
    return None


def map_lines():
    """(type, attribute, service, operation, member, {setting: value}) of each
    line of constraints.map; the settings after the member: min=N and max=N
    (a documented value standing where the model's differs: the comment above
    the line says why), enum=A,B,C (the values the member's documentation
    lists where its shape has no enum: the comment above quotes it), rule=NAME (the written rule that completes the
    model's constraint on the attribute), grows (an enum AWS grows every
    few weeks: a value outside it is a warning, not an error) and
    sent_if=PATH (sent as written only while the boolean at PATH is true)."""
    for line in (HERE / "constraints.map").read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#") or line.startswith("left-out "):
            continue  # left-out lines: tests/contract/coverage.py's
        typ, attr, service, op, path, *rest = line.split()
        settings = dict(r.split("=", 1) if "=" in r else (r, True) for r in rest)
        unknown = set(settings) - {"min", "max", "enum", "rule", "grows", "sent_if"}
        if unknown:
            sys.exit(f"constraints.map: {typ} {attr}: unknown setting {', '.join(sorted(unknown))}")
        yield typ, attr, service, op, path, settings


def entries_of_map():
    """(type, attribute, (kind, min, max, enum, pattern), source, rule) for each
    constraint of each line of constraints.map; "attr[]" for a list's
    elements."""
    for typ, attr, service, op, path, settings in map_lines():
        m, shape = member_shape(service, op, path)
        c = constraint(m, shape)
        src = f"{service} {op} {path}"
        if c and ("min" in settings or "max" in settings):
            kind, lo, hi, enum, pattern = c
            lo = float(settings["min"]) if "min" in settings else lo
            hi = float(settings["max"]) if "max" in settings else hi
            lo, hi = (int(x) if x is not None and float(x).is_integer() else x for x in (lo, hi))
            c = (kind, lo, hi, enum, pattern)
            src += " (" + ", ".join(f"{k} {settings[k]}" for k in ("min", "max") if k in settings) \
                + " documented)"
        if c and "enum" in settings:
            if c[0] != "s" or c[3]:
                sys.exit(f"constraints.map: {typ} {attr}: enum= on a member that is no string "
                         "or has an enum of its model")
            c = (c[0], c[1], c[2], settings["enum"].split(","), c[4])
            src += " (enum documented)"
        if c:
            yield typ, attr, c, src, settings
        if shape["type"] == "list":  # each element too
            elem = m["shapes"][shape["member"]["shape"]]
            ec = constraint(m, elem)
            if ec and ec[0] != "l":
                yield typ, attr + "[]", ec, f"{src} (each)", settings


# What a message offers as a valid example of a pattern: the first of these
# that Java accepted (tests/unit/pattern_verdicts.json), else the first
# probe it accepted.
EXAMPLES = ["dev-alice-orders", "my-function", "lambda:InvokeFunction",
            "arn:aws:lambda:us-east-1:123456789012:layer:l:3", "123456789012", "/a/", "4.0",
            "$LATEST", "abc", "3"]


def pattern_example(pattern):
    if not VERDICTS.exists():
        return None
    for v in json.loads(VERDICTS.read_text()):
        if v["pattern"] == pattern:
            ok = [e for e in EXAMPLES if e in v["accepts"]] + [e for e in v["accepts"] if e]
            return ok[0] if ok else None
    return None


def carried_patterns():
    """The models' patterns the table carries: (java, xsd) in map order."""
    seen = {}
    for _t, _a, (_k, _lo, _hi, _e, pattern), _s, _r in entries_of_map():
        if pattern and java_to_xsd(pattern) is not None:
            seen.setdefault(pattern, java_to_xsd(pattern))
    return list(seen.items())


# ---- --edges: values at the table's edges, for tests through the CLI ----
#
# For each aws type and each kind of edge its rows have (an enum, a length's
# least and most, a range's least and most, a list's most items, a pattern),
# the first row of the map that has it gives one pair: a value just inside,
# which must pass, and one just outside, which must be refused. A row is
# passed over when a written rule completes it (rule=, or a row of
# the written half on the attribute: the written rule may refuse the model's
# inside value), when its enum grows (a warning, t0095's), or when its path
# is nested (test_rules' and test_constraints' to hold). The values are
# made as test_constraints' test_edges_of_every_row makes them. One JSON
# object a line: type, attribute, kind, row (the model's member), inside,
# outside. tests/integration/rules/t0099-edges-cli.sh writes them into stacks.

def written_rows_text():
    """The text of the written rows, comments left out, in the order they
    run: checks/tables.c's shared rows, then each service's table
    (aws_rules_SERVICE in SERVICE/rules.c) in aws_rules_tables' order (the
    AWS_RULE_SERVICES list of checks/tables.c)."""
    import re
    def table(path, name):
        text = re.sub(r"/\*.*?\*/", "", path.read_text(), flags=re.S)
        m = re.search(r"\baws_check_row %s\[\] = \{(.*?)\n\};" % name, text, flags=re.S)
        if not m:
            raise SystemExit("%s: no table %s" % (path, name))
        return m.group(1)
    core = AWS / "checks/tables.c"
    text = core.read_text()
    services = re.findall(r"X\((\w+)\)", text[text.index("#define AWS_RULE_SERVICES"):
                                                text.index("#define AWS_RULES_DECLARE")])
    return "\n".join([table(core, "aws_rules_shared")] +
                     [table(AWS / s / "rules.c", "aws_rules_" + s) for s in services])


def written_attributes():
    """{(type, attribute)} that the written rows check."""
    import re
    text = written_rows_text()
    return {(t, a.replace("[]", "").split(".")[0]) for t, a in
            re.findall(r'\b(?:RULE|RULE_WARNS|RULE_TEXT|ONE_OF|WHOLE_FROM|WHOLE_IN|NAME_CHARS|NAME_CHARS_IN|NUMBER_ONE_OF)'
                       r'\("([^"]+)",\s*"([^"]*)"', text)}


def _matches(pattern, value):
    """Whether Python's re, given the Java pattern, accepts value (a
    surrogate pair's range, Java's way to write the planes beyond the first,
    written as Python's)."""
    import re
    if not pattern:
        return True
    pattern = pattern.replace("\\uD800\\uDC00-\\uDBFF\\uDFFF", "\\U00010000-\\U0010FFFF")
    try:
        return re.fullmatch(pattern, value) is not None
    except re.error:
        return False


def _text(pattern, n, example):
    """A string of n characters pattern accepts, as test_constraints'
    text_of_length makes it (from "a", the example, "1"); None when none."""
    for seed in ("a", example or "a", "1"):
        t = (seed * (n // len(seed) + 1))[:n]
        if _matches(pattern, t):
            return t
    return None


def _verdicts(pattern):
    if VERDICTS.exists():
        for v in json.loads(VERDICTS.read_text()):
            if v["pattern"] == pattern:
                return v
    return None


# {type: ["attribute (why)"]} of the rows the last edges() passed over.
PASSED_OVER = {}


def kinds_taken():
    """{(type, attribute): [compiled pattern or None]} of the kinds each
    written attribute takes, as the committed kinds/kinds.gen.c has them
    (kinds/gen_kinds.py): an edge's value inside must be of one of them."""
    import re
    text = (AWS / "checks" / "kinds" / "kinds.gen.c").read_text()
    string = r'("(?:[^"\\]|\\.)*"|NULL)'
    patterns = {}
    for name, _words, pattern, _example, _own in re.findall(
            r"\{ %s, %s, %s, %s, (true|false) \}," % (string, string, string, string), text):
        if name != "NULL":
            patterns[json.loads(name)] = None if pattern == "NULL" else re.compile(json.loads(pattern))
    out = {}
    for typ, attr, kinds in re.findall(r'\{ "([^"]+)", "([^"]+)", "([^"]+)", false \},', text):
        out[(typ, attr)] = [patterns.get(k) for k in kinds.split()]
    return out


def edges():
    """[{type, attribute, kind, row, inside, outside}] of the sample."""
    written = written_attributes()
    kinds = kinds_taken()
    rows = list(entries_of_map())
    each = {(t, a[:-2]): c for t, a, c, _s, _r in rows if a.endswith("[]")}
    out, seen = [], set()
    PASSED_OVER.clear()
    for typ, a, (kind, lo, hi, enum, pattern), src, settings in rows:
        why = ("a nested path" if "." in a or "[" in a else
               f"completed by {settings['rule']}" if "rule" in settings else
               "a written row on it" if (typ, a) in written else
               "an enum that grows" if settings.get("grows") else None)
        if why:
            PASSED_OVER.setdefault(typ, []).append(f"{a} ({why})")
            continue
        if pattern and java_to_xsd(pattern) is None:
            pattern = None
        example = pattern_example(pattern) if pattern else None
        pairs = []
        if kind == "s" and enum:
            if not settings.get("grows"):
                pairs.append(("enum", enum[-1], enum[0] + "-not"))
        elif kind == "s":
            least = int(lo or 0)
            if lo is not None and least > 0:
                t, short = _text(pattern, least, example), _text(pattern, least - 1, example)
                if t is not None and short is not None:
                    pairs.append(("length-min", t, short))
            if hi is not None and hi < 300000:
                t = _text(pattern, int(hi), example)
                if t is not None:
                    pairs.append(("length-max", t, t + (t[-1] if t else "a")))
            v = _verdicts(pattern) if pattern else None
            if v and example is not None:
                # ASCII, a line break the only control character (YAML
                # writes it "\n"; the others pass the check, left to AWS)
                fits = [r for r in v["refuses"] if r.isascii() and
                        r.replace("\n", "").isprintable() and r.strip() == r and
                        least <= len(r) <= (hi if hi is not None else len(r))]
                if fits:
                    pairs.append(("pattern", example, fits[0]))
        elif kind in ("w", "n"):
            step = 1 if kind == "w" else 0.5
            if lo is not None:
                pairs.append(("range-min", lo, lo - step))
            if hi is not None:
                pairs.append(("range-max", hi, hi + step))
        elif kind == "l" and hi is not None:
            ec = each.get((typ, a))
            item = "a"
            if ec:
                _k, elo, ehi, eenum, epat = ec
                if epat and java_to_xsd(epat) is None:
                    epat = None
                item = (eenum[0] if eenum else pattern_example(epat) if epat else
                        _text(None, int(elo or 1), None))
            if item is not None and hi <= 100:
                pairs.append(("list-max", [item] * int(hi), [item] * (int(hi) + 1)))
        # a value inside must be of a kind the attribute takes (kinds/check.c)
        takes = kinds.get((typ, a))
        if pairs and takes and None not in takes:
            pairs = [p for p in pairs if not isinstance(p[1], str) or
                     any(k.match(p[1]) for k in takes)]
            if not pairs:
                PASSED_OVER.setdefault(typ, []).append(f"{a} (no value at its edges is of its kind)")
                continue
        if not pairs:
            bare = pattern is None and not enum and lo is None and hi is None
            PASSED_OVER.setdefault(typ, []).append(
                f"{a} ({'no row in the table: only a pattern it does not carry' if bare else 'no value at its edges fits its pattern'})")
        for k, inside, outside in pairs:
            if (typ, k) in seen:
                continue
            seen.add((typ, k))
            out.append({"type": typ, "attribute": a, "kind": k, "row": src,
                        "inside": inside, "outside": outside})
    return out


# ---- rows from CloudFormation's resource schemas (cfn.map) ----
#
# Each native type that is a CloudFormation type (types.def's twins)
# gets rows from that type's schema, as the pinned cfn-lint keeps it and the
# awscc types read it (cloudcontrol/gen_schemas.py): for each attribute a
# stack can set (the reference tables of docs/providers/aws.md, which
# t0710 holds to `terrace providers schema -json`), the property it goes
# into (awscc's snake_case name at the same depth, or cfn.map's "path"), and
# that property's enum, minLength/maxLength, minimum/maximum,
# minItems/maxItems and pattern. A pattern is kept as the schema writes it,
# ECMA-262 that searches the value, and run by PCRE2 as the awscc types run
# theirs (checks/run_values.c); one Python's re cannot compile, or that uses what
# ECMA and PCRE2 read differently, is left out (listed in the file). Where
# a model's row or a written row checks the attribute (or a written rule its
# block), the schema's row is dropped and counted.

CFN_MAP = HERE / "cfn.map"
REFERENCE = AWS.parent.parent / "docs" / "providers" / "aws.md"
CFN_KEYWORDS = ("enum", "minLength", "maxLength", "pattern", "minimum", "maximum", "minItems",
                "maxItems")
# Patterns that take every value (no row) and what PCRE2 reads otherwise
# than ECMA-262 does, or ECMA-262 does not have (not carried): possessive
# and atomic groups, \A \z \G \Q \K, POSIX classes, \h \v \R, inline
# flags and Python's named groups, and a pattern Python's re refuses.
TAKES_ALL = {".*", "^.*$", "^.*", "[\\s\\S]*", "^[\\s\\S]*$"}
NOT_ECMA = ("(?>", "*+", "++", "?+", "}+", "\\A", "\\z", "\\G", "\\Q", "\\K", "[:", "\\h", "\\v",
            "\\R", "(?P", "(?i", "(?m", "(?s", "(?x")


def cfn_map():
    """{type: cfn}, {type: why none}, {(type, attr): property path},
    {(type, attr): why left out}, {(type, attr): (keywords, why)},
    {(type, attr): why it grows}."""
    sys.path.insert(0, str(AWS / "gen"))
    import types_def  # each type's twin is its types.def line's
    types = {t.name: t.cfn for t in types_def.types() if t.cfn}
    none = {t.name: t.no_cfn for t in types_def.types() if not t.cfn}
    paths, left, drops, grows = {}, {}, {}, {}
    for n, line in enumerate(CFN_MAP.read_text().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        head, _sep, why = line.partition(": ")
        words = head.split()
        kind = words[0]
        if kind == "path" and len(words) == 4:
            paths[(words[1], words[2])] = words[3]
        elif kind == "left-out" and len(words) == 3 and why:
            left[(words[1], words[2])] = why
        elif kind == "drop" and len(words) >= 4 and why and set(words[3:]) <= set(CFN_KEYWORDS):
            drops[(words[1], words[2])] = (set(words[3:]), why)
        elif kind == "grows" and len(words) == 3 and why:
            grows[(words[1], words[2])] = why
        elif kind in ("held", "advice") and len(words) == 3 and why:
            pass  # extension_rows' (rule_lines())
        elif kind == "own" and len(words) == 3 and why:
            pass  # twin_value_rows' (own_rows())
        else:
            sys.exit(f"provider/aws/checks/cfn.map:{n}: not a line of its grammar (its header): {line}")
    return types, none, paths, left, drops, grows


def native_attributes():
    """{type: [(path, kind)]} of the attributes a stack sets, from the
    reference tables (kind: string, number, bool, list of string, object,
    object_list, map of string, json)."""
    import re
    out = {}
    text = REFERENCE.read_text()
    for m in re.finditer(r"<!-- generated: (aws\.[a-z0-9_]+\.[a-z0-9_]+) -->\n(.*?)<!-- end generated",
                         text, re.S):
        rows = out.setdefault(m.group(1), [])
        for line in m.group(2).splitlines():
            r = re.match(r"\| `([^`]+)` \| ([^|]*) \| ([^|]*) \|", line)
            if r and ("required" in r.group(3) or "optional" in r.group(3)):
                rows.append((r.group(1), r.group(2).strip()))
    return out


def native_defaults():
    """{(type, attr): its default as JSON text} from the reference tables'
    default column."""
    import re
    out = {}
    text = REFERENCE.read_text()
    for m in re.finditer(r"<!-- generated: (aws\.[a-z0-9_]+\.[a-z0-9_]+) -->\n(.*?)<!-- end generated",
                         text, re.S):
        for line in m.group(2).splitlines():
            r = re.match(r"\| `([^`]+)` \| [^|]* \| [^|]* \| `([^`]+)` \|", line)
            if r:
                out[(m.group(1), r.group(1))] = r.group(2)
    return out


def covered_attributes():
    """{(type, attr)} that the models' rows check, and {(type, attr)} whose
    whole block a written rule checks, and {(type, attr)} of the written
    rows: attributes as dotted paths without []."""
    import re
    model = {(t, a.replace("[]", "")) for t, a, *_ in map_lines()}
    text = written_rows_text()
    written, blocks = set(), set()
    for macro, t, a in re.findall(r"\b(RULE|RULE_WARNS|RULE_TEXT|WARN_RULE|ACCOUNT_RULE|ACCOUNT_WARN_RULE|ONE_OF|"
                                  r"WHOLE_FROM|WHOLE_IN|NAME_CHARS|NAME_CHARS_IN|NUMBER_ONE_OF)"
                                  r'\("([^"]+)",\s*"([^"]*)"', text):
        if not a:
            continue  # a rule over settings that go together: no attribute's own
        written.add((t, a.replace("[]", "")))
        if "RULE" in macro:
            blocks.add((t, a.replace("[]", "")))
    return model, written, blocks


def _resolve(node, defs):
    for _ in range(20):
        if "ref" not in node:
            break
        node = defs.get(node["ref"], {})
    return node


def _property(schema, path):
    """The node at path (CloudFormation's names or awscc's snake_case ones,
    dotted; a list's elements are the list's), its CloudFormation names and
    its awscc ones, or (None, None, None)."""
    defs = schema.get("defs", {})
    node, names, keys = {"type": "object", "properties": schema["properties"]}, [], []
    for part in path.split("."):
        node = _resolve(node, defs)
        while node.get("type") == "array":
            node = _resolve(node.get("items") or {}, defs)
        props = node.get("properties") or {}
        key = part if part in props else next((k for k, v in props.items() if v.get("name") == part),
                                               None)
        if key is None:
            return None, None, None
        node = props[key]
        names.append(node.get("name", key))
        keys.append(key)
    return _resolve(node, defs), names, keys


def _under(key, table):
    """The entry of table for key's attribute or the nearest block above it:
    ((type, prefix), value), or None."""
    typ, attr = key
    parts = attr.split(".")
    for n in range(len(parts), 0, -1):
        for t in (typ, "aws.*"):
            k = (t, ".".join(parts[:n]))
            if k in table:
                return k, table[k], ".".join(parts[n:])
    return None


def _ecma_carried(pattern):
    """Whether the schema's pattern is carried (run by PCRE2), and why not."""
    import re
    if pattern in TAKES_ALL:
        return False, "takes every value"
    for bad in NOT_ECMA:
        if bad in pattern:
            return False, f"{bad} reads otherwise in PCRE2"
    if "\\p{" in pattern or "\\P{" in pattern:
        return False, "a Unicode property class"
    try:
        re.compile(pattern)
    except re.error as e:
        return False, f"not a regular expression Python reads ({e})"
    return True, None


def _ecma_example(pattern, lo, hi):
    """A value the pattern finds a match in, of an allowed length: the first
    of EXAMPLES, then of PROBES; None when none is."""
    import re
    for v in EXAMPLES + PROBES:
        if v and re.search(pattern, v) and (lo is None or len(v) >= lo) and (hi is None or len(v) <= hi):
            return v
    return None


def entries_of_cfn():
    """(rows, report): rows of (type, attr, each, (kind, lo, hi, enum,
    pattern), source, grows, example, awscc type, awscc path) in the table's
    path syntax (the awscc path in the awscc schema's names, dotted); report:
    counts and the lines the generated file lists."""
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        "gen_schemas", AWS / "cloudcontrol" / "gen_schemas.py")
    gs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gs)
    types, none, paths, left, drops, grows = cfn_map()
    native = native_attributes()
    model, written, blocks = covered_attributes()
    missing = sorted(set(native) - set(types) - set(none))
    if missing:
        sys.exit("provider/aws/types.def: no line for " + ", ".join(missing))
    used = set()
    rows, report = [], {"model": [], "written": [], "patterns": [], "attributes": set(),
                        "none": none, "types": types}
    for typ in sorted(types):
        schema = gs.schema_of(types[typ])
        if schema is None:
            sys.exit(f"provider/aws/checks/cfn.map: {typ}: cfn-lint {gs.PINNED} has no {types[typ]}")
        kinds = dict(native.get(typ, []))
        if typ not in native:
            sys.exit(f"provider/aws/checks/cfn.map: {typ}: no reference table in {REFERENCE.name}")
        for attr, kind in native[typ]:
            key = (typ, attr)
            if _under(key, left):
                used.add(_under(key, left)[0])
                if _under(key, paths):  # where it goes, for the request's view
                    used.add(_under(key, paths)[0])
                continue
            mapped = _under(key, paths)
            if mapped:
                used.add(mapped[0])
                path = mapped[1] + ("." + mapped[2] if mapped[2] else "")
            else:
                path = attr
            node, names, keys = _property(schema, path)
            if node is None:
                continue
            cons = {k: node[k] for k in CFN_KEYWORDS if k in node}
            items = _resolve(node.get("items") or {}, schema.get("defs", {})) \
                if node.get("type") == "array" else {}
            icons = {k: items[k] for k in CFN_KEYWORDS if k in items}
            drop = _under(key, drops)
            if drop and not drop[2]:
                used.add(drop[0])
                cons = {k: v for k, v in cons.items() if k not in drop[1][0]}
                icons = {k: v for k, v in icons.items() if k not in drop[1][0]}
            src = f"{types[typ]} {'.'.join(names)}"
            # the table's path: a list of blocks' elements are "[]"
            rpath, parts = "", attr.split(".")
            for i, part in enumerate(parts):
                rpath += ("." if rpath and not rpath.endswith("]") else "") + part if i == 0 else "." + part
                if i < len(parts) - 1 and kinds.get(".".join(parts[:i + 1])) == "object_list":
                    rpath += "[]"
            found = []
            ntype = node.get("type")
            if kind == "string" and ntype == "string":
                found.append((False, "s", cons))
            elif kind == "number" and ntype in ("integer", "number"):
                found.append((False, "w" if ntype == "integer" else "n", cons))
            elif kind in ("list of string", "object_list") and ntype == "array":
                found.append((False, "l", cons))
                if kind == "list of string" and items.get("type") == "string":
                    found.append((True, "s", icons))
            for each, k, c in found:
                lo = c.get("minLength" if k == "s" else "minItems" if k == "l" else "minimum")
                hi = c.get("maxLength" if k == "s" else "maxItems" if k == "l" else "maximum")
                enum = c.get("enum") if k in "snw" else None
                if enum and k == "s" and not all(isinstance(e, str) for e in enum):
                    enum = None
                if enum and k in "nw":
                    enum = [num(e) for e in enum if isinstance(e, (int, float))]
                pattern = c.get("pattern") if k == "s" and isinstance(c.get("pattern"), str) else None
                if lo == 0 and k in "sl":
                    lo = None  # no constraint: every length takes 0
                if hi is not None and hi >= 2147483647:
                    hi = None
                if pattern:
                    ok, why = _ecma_carried(pattern)
                    if not ok:
                        if pattern not in TAKES_ALL:
                            report["patterns"].append(f"{typ} {rpath}: {pattern} ({why})")
                        pattern = None
                if lo is None and hi is None and not enum and not pattern:
                    continue
                if (typ, attr) in model:
                    if f"{typ} {rpath} ({src})" not in report["model"]:
                        report["model"].append(f"{typ} {rpath} ({src})")
                    continue
                if (typ, attr) in written or _under(key, {b: 1 for b in blocks}):
                    if f"{typ} {rpath} ({src})" not in report["written"]:
                        report["written"].append(f"{typ} {rpath} ({src})")
                    continue
                g = _under(key, grows)
                if g and not g[2]:
                    used.add(g[0])
                if enum and k in "nw":
                    sys.exit(f"provider/aws/checks/cfn.map: {typ} {rpath}: the schema lists the numbers "
                             "it takes, which no written type's row judges yet (cc_check_twin)")
                example = _ecma_example(pattern, lo, hi) if pattern else None
                rows.append((typ, rpath, each, (k, lo, hi, enum, pattern),
                             src + (" (each)" if each else ""), bool(g and not g[2] and enum), example,
                             gs.type_name(types[typ]), ".".join(keys)))
                report["attributes"].add((typ, attr))
    stale = sorted(" ".join(k) for k in set(paths) | set(left) | set(drops) | set(grows)
                   if k not in used and k[0] != "aws.*")
    if stale:
        sys.exit("provider/aws/checks/cfn.map: lines that name no attribute the reference tables have, "
                 "or no property of the schema: " + ", ".join(stale))
    return rows, report



# The data rows (a value's words, range, characters, list size), which judge
# the value alone wherever it is; and the rule rows, whose function may read
# the written type's other attributes by its names: one reaches the twin only
# when its function never reads them (its `resource` parameter only cast to
# void, which -Wextra's unused-parameter makes every such function write).
DATA_ROW_MACROS = ("ONE_OF", "WHOLE_FROM", "WHOLE_IN", "NAME_CHARS", "NAME_CHARS_IN",
                   "NUMBER_ONE_OF")
RULE_ROW_MACROS = ("RULE", "RULE_TEXT", "RULE_WARNS")


def value_only_rules():
    """{rule function: whether it reads its value alone} of the aws rules."""
    import re
    out = {}
    for f in sorted(AWS.rglob("*.c")):
        text = f.read_text()
        for m in re.finditer(r"^(?:static )?int (rule_\w+)\(const json_t \*\w+, const json_t \*(\w+),"
                             r"\s*struct strbuf \*\w+\)\n\{(.*?)\n\}", text, re.S | re.M):
            uses = re.findall(r"\b%s\b" % m.group(2), m.group(3))
            out[m.group(1)] = len(uses) == 1 and re.search(r"\(void\)\s*%s\s*;" % m.group(2), m.group(3))
    return out


def twin_value_rows(gs):
    """(rows, left): rows of (awscc type, awscc path, written type, written
    attr, data, rules): the rows of a written type's attribute that judge
    its awscc twin's value too, at the property's awscc path (the table's
    path syntax, awscc's names): `data`, its data rows (the models', but
    the growing and sent_if ones, and the written ones) where the property
    carries none of the schema's keywords; `rules`, its rule rows where
    each function reads the value alone; both where the property takes the
    attribute's shape. left: (type, attr, why) of the others."""
    import re
    types, _none, paths, left_out, _drops, _grows = cfn_map()
    native = native_attributes()
    wanted = {}  # (type, row attr as the table writes it) -> {"data", "rules", "fns"}
    settings_of = {(t, a): s for t, a, _sv, _op, _p, s in map_lines()}
    for typ, attr, (_kind, lo, hi, enum, pattern), _src, _settings in entries_of_map():
        base = attr[:-2] if attr.endswith("[]") else attr
        settings = settings_of.get((typ, attr), settings_of.get((typ, base), {}))
        if settings.get("grows") or settings.get("sent_if"):
            continue
        if lo is None and hi is None and not enum and (not pattern or java_to_xsd(pattern) is None):
            continue  # no row of the models' table
        wanted.setdefault((typ, base), {"data": False, "fns": []})["data"] = True
    text = written_rows_text()
    for macro, typ, attr in re.findall(r"\b(%s)\(\"([^\"]+)\",\s*\"([^\"]*)\"" % "|".join(DATA_ROW_MACROS),
                                       text):
        if attr and typ in types:
            wanted.setdefault((typ, attr), {"data": False, "fns": []})["data"] = True
    for macro, typ, attr, fn in re.findall(r"\b(%s)\(\"([^\"]+)\",\s*\"([^\"]*)\",\s*(\w+)"
                                           % "|".join(RULE_ROW_MACROS), text):
        if attr and typ in types:
            wanted.setdefault((typ, attr), {"data": False, "fns": []})["fns"].append(fn)
    value_only = value_only_rules()
    own = own_rows()
    rows, left = [], []
    for (typ, attr), w in sorted(wanted.items()):
        if typ not in types:
            continue  # no CloudFormation type: no awscc twin
        plain = attr.replace("[]", "")
        kinds = dict(native.get(typ, []))
        kind = kinds.get(plain)
        if kind is None:
            continue
        if (typ, attr) in own:
            left.append((typ, attr, "terrace's own: " + own[(typ, attr)]))
            continue
        key = (typ, plain)
        if _under(key, left_out):
            left.append((typ, attr, "cfn.map leaves it out: " + _under(key, left_out)[1]))
            continue
        mapped = _under(key, paths)
        path = mapped[1] + ("." + mapped[2] if mapped[2] else "") if mapped else plain
        schema = gs.schema_of(types[typ])
        node, _names, keys = _property(schema, path)
        if node is None:
            left.append((typ, attr, "no property of %s is %s" % (types[typ], path)))
            continue
        defs = schema.get("defs", {})
        # the awscc path: a list of blocks' elements "[]", as the written
        # row's path has them
        apath, here = "", {"type": "object", "properties": schema["properties"]}
        for i, k in enumerate(keys):
            here = _resolve(here, defs)
            while here.get("type") == "array":
                here = _resolve(here.get("items") or {}, defs)
            here = here["properties"][k]
            apath += ("." if apath else "") + k
            if i < len(keys) - 1 and _resolve(here, defs).get("type") == "array":
                apath += "[]"
        ntype = node.get("type")
        items = _resolve(node.get("items") or {}, defs) if ntype == "array" else {}
        fits = (kind == "string" and ntype == "string") or \
               (kind == "number" and ntype in ("integer", "number")) or \
               (kind == "list of string" and ntype == "array" and items.get("type") == "string")
        if not fits:
            left.append((typ, attr, "%s %s is %s where the written attribute is %s"
                         % (types[typ], path, ntype, kind)))
            continue
        data = w["data"]
        if data and (any(k in node for k in CFN_KEYWORDS) or any(k in items for k in CFN_KEYWORDS)):
            left.append((typ, attr, "%s %s's keywords judge it" % (types[typ], path)))
            data = False
        rules = bool(w["fns"]) and all(value_only.get(f) for f in w["fns"])
        if w["fns"] and not rules:
            left.append((typ, attr, "its rule reads the written type's other attributes (%s)"
                         % ", ".join(f for f in w["fns"] if not value_only.get(f))))
        if data or rules:
            rows.append((gs.type_name(types[typ]), apath, typ, attr, data, rules))
    return sorted(rows), sorted(left)


def own_rows():
    """{(type, row attr): why} of cfn.map's `own` lines: a written row that
    is terrace's own limit, not AWS's, so not its awscc twin's."""
    out = {}
    for line in CFN_MAP.read_text().splitlines():
        words = line.strip().partition(": ")
        head = words[0].split()
        if len(head) == 3 and head[0] == "own" and words[2]:
            out[(head[1], head[2])] = words[2]
    return out


def growing_attr_rows(gs):
    """(type, awscc type, attribute, awscc attribute, its default as JSON
    text or None) of each top-level
    attribute of a written type that cfn-lint's per-region lists of its
    CloudFormation type read (the listed property, and the properties a
    list's case is chosen by: RDS's engine and license model), by cfn.map's
    mapping; a list whose property no attribute goes into as written, whose
    attribute a model's row checks (one attribute, one mechanism), or whose
    case reads a property an attribute goes into transformed (left-out), is
    not held."""
    types, none, paths, left, drops, grows = cfn_map()
    native = native_attributes()
    model = {(t, a.replace("[]", "")) for t, a, *_ in map_lines()}
    defaults = native_defaults()
    rows = []
    for typ in sorted(types):
        cfn = types[typ]
        schema = gs.schema_of(cfn)
        cc_names = {v["name"]: k for k, v in schema["properties"].items()}
        attrs = [a for a, _kind in native.get(typ, []) if "." not in a]
        into, transformed = {}, set()  # properties attributes go into, as written or not
        for a in attrs:
            prop = paths.get((typ, a)) or schema["properties"].get(a, {}).get("name")
            if prop and (typ, a) in left:
                transformed.add(prop)
            elif prop and "." not in prop:
                into[prop] = a
        for e in gs.regional_of(cfn):
            prop = e["at"][0] if len(e["at"]) == 1 else None
            if prop not in into or (typ, into[prop]) in model:
                continue
            read = {prop}
            for cases in (e.get("cases") or {}).values():
                for cond, _set in cases:
                    read |= set(cond)
            if read & transformed:
                continue
            for p in sorted(read):
                if p in into and (typ, into[p]) not in {(r[0], r[2]) for r in rows}:
                    rows.append((typ, gs.type_name(cfn), into[p], cc_names.get(p, gs.snake(p)),
                                 defaults.get((typ, into[p]))))
    return rows


def rule_lines(kind):
    """{(type, rule file): text} of cfn.map's lines of `kind` about an
    extension rule: `held` (the type's own row holds it, in its attributes'
    names) or `advice` (what to write instead, in the type's terms, after a
    carried rule's message)."""
    lines = {}
    for line in CFN_MAP.read_text().splitlines():
        head, _sep, text = line.strip().partition(": ")
        words = head.split()
        if words and words[0] == kind:
            lines[(words[1], words[2])] = text
    return lines


def _reads(node, out):
    """The properties an extension rule reads at its own level (its
    properties and required, through if/then/else, not and allOf/anyOf/
    oneOf), into out."""
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict):
            out |= set(node["properties"])
        if isinstance(node.get("required"), list):
            out |= set(node["required"])
        for k in ("if", "then", "else", "not"):
            _reads(node.get(k), out)
        for k in ("allOf", "anyOf", "oneOf"):
            for n in node.get(k) or []:
                _reads(n, out)
    return out


def _needs(rule, never):
    """The properties of `never` without which no branch of the rule
    applies (each branch an if/then whose if requires one of them), or an
    empty set when some branch may apply."""
    quiet = {"description", "additionalProperties", "type"}
    if isinstance(rule, dict) and "if" in rule:
        branches = [rule]
    elif isinstance(rule, dict) and set(rule) - quiet == {"allOf"}:
        branches = rule["allOf"]
    else:
        return set()
    needed = set()
    for b in branches:
        req = set(b.get("if", {}).get("required", [])) & never \
            if isinstance(b, dict) and not set(b) - quiet - {"if", "then"} else set()
        if not req:
            return set()
        needed |= req
    return needed


def extension_rows(gs):
    """(rules, attrs, left): cfn-lint's extension rules carried for the
    written types, as (type, awscc type, rule file, rule id); the
    attributes those rules read, as (type, attribute, awscc attribute, its
    default as JSON text or None); and each rule left out, as (type, rule
    file, rule id, why). A rule is judged on what the type's request sends
    (cfn.map): carried when every property it reads is one a top-level
    attribute goes into as written (its default where it is left out), or
    one the request never carries; left out when one is a
    property an attribute goes into transformed (left-out), below the top,
    or when a block's rule; left out too when it can apply only with a
    property the request never carries, or when a `held` line says the
    type's own row holds it."""
    types, none, paths, left, drops, grows = cfn_map()
    held, advice = rule_lines("held"), rule_lines("advice")
    native = native_attributes()
    defaults = native_defaults()
    rules, attrs, out = [], [], []
    used = set()
    for typ in sorted(types):
        cfn = types[typ]
        exts = gs.extensions().get(cfn, [])
        if not exts:
            continue
        schema = gs.schema_of(cfn)
        cc_names = {v["name"]: k for k, v in schema["properties"].items()}
        into, transformed = {}, {}  # top-level property: attributes, as written or not
        for a, _kind in native.get(typ, []):
            mapped = _under((typ, a), paths)
            if mapped:
                prop = mapped[1] + ("." + mapped[2] if mapped[2] else "")
            else:
                top = schema["properties"].get(a.split(".")[0])
                prop = top["name"] + a[len(a.split(".")[0]):] if top else None
            if not prop:
                continue
            top = prop.split(".")[0]
            if _under((typ, a), left):
                transformed.setdefault(top, a)
            else:
                into.setdefault(top, []).append((a, prop))
        for rel, level, at, x in exts:
            why = None
            reads = {at.split("/")[0]} if at else _reads(x, set())
            bad = sorted(reads & set(transformed))
            nested = sorted(p for p in reads & set(into) - set(transformed)
                            if any("." not in a and prop != p for a, prop in into[p]))
            if (typ, rel) in held:
                used.add((typ, rel))
                why = "held by the type's own row: " + held[(typ, rel)]
            elif bad:
                why = "reads %s, which %s goes into transformed (cfn.map's left-out)" % (
                    bad[0], transformed[bad[0]])
            elif at:
                why = ("a rule of the blocks at %s, which the request never carries" % at
                       if at.split("/")[0] not in into else
                       "a rule of the blocks at %s: a block's attributes are not mapped" % at)
            elif nested:
                why = "reads %s, which attributes go into below the top" % nested[0]
            else:
                never = reads - set(into)
                needs = _needs(x, never)
                if needs:
                    why = "applies only with %s, which the request never carries" % (
                        " or ".join(sorted(needs)))
            if why:
                out.append((typ, rel, level, why))
                continue
            rules.append((typ, gs.type_name(cfn), rel, level, advice.get((typ, rel))))
            for p in sorted(reads & set(into)):
                for a, _prop in into[p]:
                    if "." in a or any(r[0] == typ and r[2] == a for r in attrs):
                        continue
                    attrs.append((typ, gs.type_name(cfn), a, cc_names.get(p, gs.snake(p)),
                                  defaults.get((typ, a))))
    stale = sorted("%s %s" % k for k in held if k not in used)
    if stale:
        sys.exit("provider/aws/checks/cfn.map: held lines that name no extension rule of the type: "
                 + ", ".join(stale))
    stale = sorted("%s %s" % k for k in advice if k not in {(r[0], r[2]) for r in rules})
    if stale:
        sys.exit("provider/aws/checks/cfn.map: advice lines that name no carried rule of the type: "
                 + ", ".join(stale))
    return rules, attrs, out


def cfn_rows_text():
    """The C of the written twins' rows of the schemas' keywords and the
    comment above them."""
    rows, report = entries_of_cfn()
    out = []
    for typ, a, each, (kind, lo, hi, enum, pattern), src, grows_, example, awscc, apath in rows:
        judged = ["AWS_CFN_MIN"] * (lo is not None) + ["AWS_CFN_MAX"] * (hi is not None) + \
            ["AWS_CFN_ENUM"] * bool(enum) + ["AWS_CFN_PATTERN"] * bool(pattern)
        out.append("\t{ %s, %s, %s, '%s', %s, %s, %s, %s, %s, %s }," % (
            c_str(typ), c_str(a), "true" if each else "false", "n" if kind == "w" else kind,
            c_str(awscc), c_str(apath), " | ".join(judged),
            c_str(example) if pattern and example is not None else "NULL", c_str(src),
            "true" if grows_ else "false"))
    attrs = report["attributes"]
    head = ["/* The written twins' rows of CloudFormation's resource schemas' keywords",
            " * (provider/aws/checks/cfn.map; cfn-lint's copy, as cloudcontrol/gen_schemas.py",
            " * pins it, the awscc types' own): %d rows for %d attributes of %d types, each"
            % (len(rows), len(attrs), len({t for t, _a in attrs})),
            " * judged by the awscc type's walk on the property's node (cc_check_twin);",
            " * %d of them with a pattern (ECMA-262, run by PCRE2, searching the value)."
            % sum(1 for r in rows if r[3][4]),
            " * Types with no CloudFormation type:"]
    head += [" *   %s: %s" % (t, w) for t, w in sorted(report["none"].items())]
    head += [" * Dropped: the schema's constraints on %d attributes a model's row checks (the"
             % len(report["model"]),
             " * model's row stands):"]
    head += [" *   " + x for x in report["model"]]
    head += [" * and on %d a written row of checks/tables.c checks (the written row stands):"
             % len(report["written"])]
    head += [" *   " + x for x in report["written"]]
    if report["patterns"]:
        head += [" * Patterns not carried (the rest of the row is):"]
        head += [" *   " + x for x in report["patterns"]]
    head = [h.replace("*/", "*\\/") if i else h for i, h in enumerate(head)] + [" */"]
    return head, out


def main():
    if sys.argv[1:] == ["--verdicts"]:
        return write_verdicts()
    if sys.argv[1:] == ["--edges"]:
        sample = edges()
        for e in sample:
            print(json.dumps(e, ensure_ascii=True))
        # the types with rows and no edge in the sample, and why (stderr)
        for typ in sorted(set(PASSED_OVER) - {e["type"] for e in sample}):
            print(f"# no edge of {typ}: {', '.join(PASSED_OVER[typ])}", file=sys.stderr)
        return 0
    out = AWS / "checks/constraints.gen.c"
    rows, enums, skipped = [], [], []
    for typ, a, (kind, lo, hi, enum, pattern), _src, settings in entries_of_map():
        rule = settings.get("rule")
        xsd = java_to_xsd(pattern) if pattern else None
        if pattern and xsd is None:
            skipped.append(f"{typ} {a}: {pattern}")
        if lo is None and hi is None and not enum and xsd is None:
            continue
        ename = "NULL"
        if enum:
            ename = f"enum_{len(enums)}"
            enums.append((ename, enum))
        each = a.endswith("[]")
        example = pattern_example(pattern) if xsd is not None else None
        sent_if = ", .sent_if = %s" % c_str(settings["sent_if"]) if settings.get("sent_if") else ""
        rows.append("\t{ %s, %s, %s, %s, '%s', %s, %s, %s, %s, %s, %s, %s, %s, %s, NULL, %s, %s%s },"
                    % (c_str(typ), c_str(a[:-2] if each else a), "true" if each else "false", c_str(_src),
                       "n" if kind == "w" else kind, "true" if lo is not None else "false", num(lo or 0),
                       "true" if hi is not None else "false", num(hi or 0), ename,
                       c_str(pattern) if xsd is not None else "NULL",
                       c_str(xsd) if xsd is not None else "NULL",
                       c_str(example) if example is not None else "NULL",
                       "true" if kind == "w" else "false",
                       c_str(rule) if rule else "NULL",
                       "true" if settings.get("grows") else "false", sent_if))
    text = ["/*",
            " * checks/constraints.gen.c: GENERATED by provider/aws/checks/gen_constraints.py from",
            " * provider/aws/checks/constraints.map and botocore's service models, and from",
            " * provider/aws/checks/cfn.map and cfn-lint's CloudFormation schemas; do not edit.",
            " * `make constraints` writes it again; `make unit` fails while it differs",
            " * from what the installed models give.",
            " */",
            '#include "provider/aws/checks/row.h"',
            ""]
    if skipped:
        text += ["/* Patterns not carried (see gen_constraints.py): the contract check holds", " * requests against them."]
        text += [" *   " + x.replace("*/", "*\\/") for x in skipped]
        text += [" */", ""]
    for ename, enum in enums:
        text.append("static const char *const %s[] = { %s, NULL };"
                    % (ename, ", ".join(c_str(e) for e in enum)))
    text += ["", "const struct aws_check_row aws_constraints[] = {"] + rows + \
            ["\t{ NULL },", "};", ""]
    cfn_head, cfn_rows = cfn_rows_text()
    text += cfn_head + ["const struct aws_cfn_value aws_cfn_values[] = {"] + cfn_rows + \
        ["\t{ NULL },", "};", ""]
    # types.def's twins, for what must know two types are one
    # CloudFormation type (sweep: an object both a written type's and an
    # awscc type's listing find is listed once).
    text += ["/* Each native type that is a CloudFormation type (types.def's twins). */",
             "const struct aws_cfn_type aws_cfn_types[] = {"]
    text += ["\t{ %s, %s }," % (c_str(t), c_str(c)) for t, c in sorted(cfn_map()[0].items())]
    text += ["\t{ NULL, NULL },", "};", ""]
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        "gen_schemas", AWS / "cloudcontrol" / "gen_schemas.py")
    gs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gs)
    text += ["/* The attributes cfn-lint's per-region lists of their CloudFormation type",
             " * read, as its awscc type names them (growing_attr_rows). */",
             "const struct aws_cfn_attr aws_cfn_growing[] = {"]
    text += ["\t{ %s, %s, %s, %s, %s }," % tuple(c_str(x) if x is not None else "NULL" for x in r)
             for r in growing_attr_rows(gs)]
    text += ["\t{ NULL },", "};", ""]
    twin_rows, twin_left = twin_value_rows(gs)
    text += ["/* The rows of the written types' attributes that judge their awscc twins'",
             " * values too (twin_value_rows, from cfn.map): %d attributes of %d awscc types"
             % (len(twin_rows), len({r[0] for r in twin_rows})),
             " * (%d by their data rows, %d by their rule rows); left (the property's"
             % (sum(1 for r in twin_rows if r[4]), sum(1 for r in twin_rows if r[5])),
             " * keywords judge it, it takes another shape, a rule reads other attributes,",
             " * or the row is terrace's own): %d:" % len(twin_left)]
    text += [" *   %s %s: %s" % (t, a, w.replace("*/", "*\\/")) for t, a, w in twin_left]
    text += [" */", "const struct aws_twin_row aws_twin_rows[] = {"]
    text += ["\t{ %s, %s, %s, %s, %s, %s }," % (tuple(c_str(x) for x in r[:4]) +
                                                 tuple("true" if x else "false" for x in r[4:]))
             for r in twin_rows]
    text += ["\t{ NULL },", "};", ""]
    ext_rules, ext_attrs, ext_left = extension_rows(gs)
    text += ["/* cfn-lint's extension rules held for the written types, judged on what",
             " * each type's request sends (extension_rows, from cfn.map): %d carried, %d left"
             % (len(ext_rules), len(ext_left)),
             " * out:"]
    text += [" *   %s %s (%s): %s" % (t, f, i, w.replace("*/", "*\\/").replace("/*", "/ *"))
             for t, f, i, w in ext_left]
    text += [" */", "const struct aws_cfn_rule aws_cfn_rules[] = {"]
    text += ["\t{ %s, %s, %s, %s, %s }," % tuple(c_str(x) if x is not None else "NULL" for x in r)
             for r in ext_rules]
    text += ["\t{ NULL },", "};", "",
             "/* The attributes those rules read, as the awscc type names them, with the",
             " * default the request sends. */",
             "const struct aws_cfn_attr aws_cfn_rule_attrs[] = {"]
    text += ["\t{ %s, %s, %s, %s, %s }," % tuple(c_str(x) if x is not None else "NULL" for x in r)
             for r in ext_attrs]
    text += ["\t{ NULL },", "};", ""]
    text = "\n".join(text)
    if sys.argv[1:] == ["--check"]:
        if out.read_text() != text:
            # the lines that differ, so that the message names the type
            changed = [line for line in difflib.unified_diff(
                out.read_text().splitlines(), text.splitlines(), lineterm="", n=0)
                if line[:1] in "+-" and line[:3] not in ("+++", "---")]
            sys.exit("gen_constraints: provider/aws/constraints.gen.c differs from what "
                     "constraints.map and the installed botocore models, and cfn.map and the "
                     "pinned cfn-lint's schemas, give: run `make constraints`; it would change:\n"
                     + "\n".join(changed[:12]) + ("\n..." if len(changed) > 12 else ""))
        have = {v["pattern"] for v in json.loads(VERDICTS.read_text())}
        missing = [j for j, _x in carried_patterns() if j not in have]
        if missing:
            sys.exit("gen_constraints: tests/unit/pattern_verdicts.json has no verdicts for "
                     + ", ".join(missing) + ": run provider/aws/checks/gen_constraints.py --verdicts, "
                     "then `make constraints` (its examples come from the verdicts)")
        return
    out.write_text(text)


VERDICTS = AWS.parent.parent / "tests" / "unit" / "pattern_verdicts.json"

# Probe strings every carried pattern is run over, in Java and in libxml2:
# names, paths, ARNs, qualifiers, blanks, punctuation, non-ASCII.
PROBES = [
    "", "a", "Z", "0", "abc", "ABC-def_ghi.123", "a b", " ", "a\tb", "a\nb", "a\rb",
    "a\x0bb", "a\x0cb", "-", "_", ".", "/", "//", "/a/", "/a b/", "/a/b/", "a/", "/a",
    "#", "$", "$LATEST", "$LATEST.PUBLISHED", "$latest", "*", "lambda:*",
    "lambda:InvokeFunction", "lambda:Invoke-Function", "123456789012", "12345678901",
    "1234567890123", "4.0", "glue_1.0", "1", "1.", ".1", "a..b", "\u00e9", "\u00fc-x",
    "\u65e5\u672c", "\u00a1", "\u00ff", "\u0100", "\x7f", "~", "a~b!", "a,b", "a;b",
    "(", "a|b", "{x}", "\\", "x/y#z", "a" * 64, "a" * 65, "a" * 128, "a" * 129,
    "my-function", "my_function", "index.handler", "s3.amazonaws.com",
    "arn:aws:lambda:us-east-1:123456789012:function:f",
    "arn:aws:lambda:us-east-1:123456789012:function:f:$LATEST",
    "arn:aws:lambda:us-east-1:123456789012:function:f:prod",
    "arn:aws-cn:lambda:cn-north-1:123456789012:function:f",
    "arn:aws:lambda:us-gov-west-1:123456789012:function:f",
    "arn:aws:lambda:us-east-1:123456789012:layer:l:3",
    "arn:aws:lambda:us-east-1:123456789012:layer:l",
    "us-east-1:123456789012:function:f", "123456789012:function:f", "function:f",
    "f:prod", "f:", ":f", "dev-alice-orders", "Dev.Orders_2024",
    "\x01", "a\x1fb", "\ud7ff", "\ue000", "\ufffd", "\U0001f600", "x\U0010ffff",
]

JAVA = r"""
import java.nio.file.*; import java.util.*; import java.util.regex.Pattern;
public class Verdicts {
    public static void main(String[] a) throws Exception {
        List<String> lines = Files.readAllLines(Paths.get(a[0]));
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            String pattern = unhex(f[0]);
            Pattern p = Pattern.compile(pattern);
            for (int i = 1; i < f.length; i++)
                out.append(p.matcher(unhex(f[i])).matches() ? '1' : '0');
            out.append('\n');
        }
        Files.write(Paths.get(a[1]), out.toString().getBytes("UTF-8"));
    }
    static String unhex(String h) throws Exception {
        byte[] b = new byte[h.length() / 2];
        for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        return new String(b, "UTF-8");
    }
}
"""


def write_verdicts():
    """Every carried pattern over PROBES in java.util.regex (matches(): the
    whole value, as AWS checks), into tests/unit/pattern_verdicts.json."""
    import subprocess
    import tempfile
    pats = carried_patterns()
    with tempfile.TemporaryDirectory() as d:
        d = pathlib.Path(d)
        (d / "Verdicts.java").write_text(JAVA)
        subprocess.run(["javac", "Verdicts.java"], cwd=d, check=True)
        hx = lambda t: t.encode("utf-8").hex()
        (d / "in.txt").write_text("".join(
            hx(j) + "\t" + "\t".join(hx(p) for p in PROBES) + "\n" for j, _x in pats))
        subprocess.run(["java", "-cp", str(d), "Verdicts", str(d / "in.txt"), str(d / "out.txt")],
                       check=True)
        rows = (d / "out.txt").read_text().splitlines()
    doc = [{"pattern": j, "accepts": [p for p, v in zip(PROBES, row) if v == "1"],
            "refuses": [p for p, v in zip(PROBES, row) if v == "0"]}
           for (j, _x), row in zip(pats, rows)]
    VERDICTS.write_text(json.dumps(doc, indent=1, ensure_ascii=True) + "\n")


if __name__ == "__main__":
    main()
