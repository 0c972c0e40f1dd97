#!/usr/bin/env python3
"""tests/corpus/no_handlers.py: the CloudFormation types the published
templates of tests/corpus use that Cloud Control cannot make, counted, for
docs/convert.md's section "Types Cloud Control cannot make".

    tests/corpus/no_handlers.py           rewrite the section's table
    tests/corpus/no_handlers.py --check   exit 1 while it differs

A type Cloud Control cannot make is one whose registry schema has no
handlers (an empty `handlers` in provider/aws/cloudcontrol/registry/
handlers.json, the registry's copy the awscc types are made from) or that
the registry has no schema of at all (a template-only type, as
AWS::IAM::Policy is: validate calls its handlers unknown), of the types
cfn-lint's listing of us-east-1 names (the pinned copy gen_schemas.py reads:
a SAM type, which its transform expands, or a misspelt one of the bad
templates, is counted apart). The templates are
cfn-lint's fixtures (tests/corpus/cfn-lint/templates, good and bad: the
published templates terrace is held to); each is read as YAML with
CloudFormation's short tags taken as plain values, a file that does not read
left out and counted. The column "terrace makes it with" reads convert's
tables: the type convert writes for it (the written type whose twin it is
in provider/aws/types.def, or the awscc twin of a row of cmd/convert.c's
written_twins), else "left out" with
the reason convert's warning gives (stacks/convert_cfn.c's left_out_types,
a row of a family such as AWS::AppMesh:: included; no_handlers_why for a
type of no row).
"""
import collections
import importlib.util
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
TEMPLATES = ROOT / "tests" / "corpus" / "cfn-lint" / "templates"
HANDLERS = ROOT / "provider" / "aws" / "cloudcontrol" / "registry" / "handlers.json"
CONVERT_CMD = ROOT / "cmd" / "convert.c"
CONVERT_CFN = ROOT / "stacks" / "convert_cfn.c"
PAGE = ROOT / "docs" / "convert.md"
BEGIN = "<!-- generated: tests/corpus/no_handlers.py -->"
END = "<!-- end generated: tests/corpus/no_handlers.py -->"


class Loader(yaml.SafeLoader):
    """YAML with any tag (!Ref, !Sub ...) read as the plain value under it."""


def _untagged(loader, suffix, node):
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)


Loader.add_multi_constructor("!", _untagged)


def handlers():
    """{CloudFormation type: its handlers} of handlers.json (one type a line)."""
    import json
    return json.loads(HANDLERS.read_text())


def cloudformation_types():
    """The CloudFormation types of cfn-lint's us-east-1 listing, as
    provider/aws/cloudcontrol/gen_schemas.py reads it."""
    spec = importlib.util.spec_from_file_location(
        "gen_schemas", ROOT / "provider" / "aws" / "cloudcontrol" / "gen_schemas.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return set(mod.listing()[1])


STRING = r'"(?:[^"\\]|\\.)*"'
STRINGS = r'(?:%s\s*)+' % STRING


def c_text(literals):
    """The text of adjacent C string literals ("a " "b" is "a b")."""
    return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', literals)).replace('\\"', '"')


def c_table(text, name):
    """The initializer of the C array `name` in text (its rows, as text)."""
    start = text.index(name + "[] = {")
    return text[start:text.index("\n};", start)]


def written_twins():
    """{CloudFormation type: the type convert writes for it where Cloud Control
    cannot make it}: the awscc twin a row of cmd/convert.c's written_twins
    names, else the written type whose twin it is in provider/aws/types.def."""
    sys.path.insert(0, str(ROOT / "provider" / "aws" / "gen"))
    import types_def  # noqa: E402  (types.def read as the build reads it)
    twins = {t.cfn: t.name for t in types_def.types() if t.cfn}
    rows = c_table(CONVERT_CMD.read_text(), "written_twins")
    twins.update(re.findall(r'\{\s*"([\w:]+)",\s*"([\w.]+)"', rows))
    return twins


def left_out():
    """([(CloudFormation type or family "X::", why, what to write instead)],
    the general reason) of stacks/convert_cfn.c's left_out_types and
    no_handlers_why."""
    text = CONVERT_CFN.read_text()
    rows = [(t, c_text(why), c_text(instead) if instead != "NULL" else None)
            for t, why, instead in re.findall(
                r'\{\s*"([^"]*)",\s*(?:true|false),\s*(%s),\s*(NULL|%s)\s*\}' % (STRINGS, STRINGS),
                c_table(text, "left_out_types"))]
    general = re.search(r'no_handlers_why\[\] =\s*(%s);' % STRINGS, text)
    return rows, c_text(general.group(1))


def made_with(t, twins, rows, general):
    """The table's cell of type t: its written type, or why convert leaves it out."""
    if t in twins:
        return "`%s`" % twins[t]
    for row, why, instead in rows:
        if t == row or (row.endswith("::") and t.startswith(row)):
            return "left out: the type %s%s" % (why, "; " + instead if instead else "")
    return "left out: " + general


def counted():
    """(Counter of type -> resources, Counter of type -> templates, templates
    read, files left out, resources of no type of the listing) over the
    corpus's templates."""
    by_resource, by_template = collections.Counter(), collections.Counter()
    have, known = handlers(), cloudformation_types()
    read = unread = unknown = 0
    for path in sorted(TEMPLATES.rglob("*")):
        if path.suffix not in (".yaml", ".yml", ".json", ".template"):
            continue
        try:
            doc = yaml.load(path.read_text(), Loader=Loader)
        except (yaml.YAMLError, UnicodeDecodeError):
            unread += 1
            continue
        resources = doc.get("Resources") if isinstance(doc, dict) else None
        if not isinstance(resources, dict):
            continue
        read += 1
        seen = set()
        for r in resources.values():
            t = r.get("Type") if isinstance(r, dict) else None
            if not isinstance(t, str) or not t.startswith("AWS::") or have.get(t):
                continue
            if t not in known:
                unknown += 1
                continue
            by_resource[t] += 1
            seen.add(t)
        by_template.update(seen)
    return by_resource, by_template, read, unread, unknown


def table():
    by_resource, by_template, read, unread, unknown = counted()
    have, twins = handlers(), written_twins()
    rows, general = left_out()
    lines = [BEGIN,
             "Over the %d templates of `tests/corpus/cfn-lint/templates` that read as "
             "templates (%d files that do not read as YAML left out; %d resources of a SAM "
             "type or a misspelt one, which cfn-lint's listing does not name, not counted):"
             % (read, unread, unknown),
             "",
             "| CloudFormation type | registry | resources | templates | terrace makes it with |",
             "|---|---|---|---|---|"]
    for t, n in sorted(by_resource.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append("| `%s` | %s | %d | %d | %s |" % (
            t, "no handlers" if t in have else "no schema", n, by_template[t],
            made_with(t, twins, rows, general)))
    lines.append(END)
    return "\n".join(lines)


def main():
    page = PAGE.read_text()
    start, end = page.index(BEGIN), page.index(END) + len(END)
    new = page[:start] + table() + page[end:]
    if sys.argv[1:] == ["--check"]:
        if new != page:
            sys.exit("docs/convert.md: the section of tests/corpus/no_handlers.py differs; "
                     "run tests/corpus/no_handlers.py")
        return
    PAGE.write_text(new)


if __name__ == "__main__":
    main()
