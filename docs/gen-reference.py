#!/usr/bin/env python3
"""gen-reference.py: the generated parts of docs/, so they cannot drift.

Writes, between `<!-- generated: NAME -->` and `<!-- end generated: NAME -->`
markers, what terrace itself knows:
  - docs/providers/PROVIDER.md: the list of its resource types ("types
    PROVIDER"), the provider's configuration ("provider PROVIDER"), one
    attribute table per resource type ("TYPE"), and, for a provider with
    lookups (data: entries), their list ("lookups PROVIDER") and one table
    per lookup kind ("data TYPE"), from `terrace providers schema -json`;
  - docs/cli.md: each command's `terrace COMMAND -help` ("terrace COMMAND").
Everything outside the markers is hand-written and left alone. A resource
type or command without a block gets a new section at the end of its page.

    docs/gen-reference.py [--terrace BIN] [--docs DIR]          rewrite the pages
    docs/gen-reference.py --check [--terrace BIN] [--docs DIR]  exit 1 naming every
                                                                 type, attribute and
                                                                 command that differs
"""
import argparse
import difflib
import json
import os
import re
import subprocess
import sys

REGENERATE = "run `make docs` (docs/gen-reference.py) and commit docs/"
BLOCK = re.compile(r"<!-- generated: (.+?) -->\n(.*?)<!-- end generated: \1 -->\n", re.S)

FLAG_WORDS = [
    ("required", "required"), ("optional", "optional"), ("computed", "computed"),
    ("force_new", "forces replacement"), ("sensitive", "sensitive"),
    ("config_only", "not read back"),
]


def run(terrace, *args):
    return subprocess.run([terrace, *args], check=True, capture_output=True, text=True).stdout


def cell(text):
    return text.replace("|", "\\|").replace("\n", " ")


def type_text(a):
    t = a["type"]
    if "element_type" in a:
        t += " of " + a["element_type"]
    return t


def attribute_rows(attrs, prefix=""):
    """One table row per attribute; nested blocks as dotted names."""
    rows = []
    for name, a in attrs.items():
        flags = ", ".join(word for key, word in FLAG_WORDS if a.get(key))
        default = "`%s`" % json.dumps(a["default"]) if "default" in a else ""
        rows.append((prefix + name, "| `%s%s` | %s | %s | %s | %s |" % (
            prefix, name, type_text(a), flags, cell(default), cell(a.get("description", "")))))
        if "nested" in a:
            rows += attribute_rows(a["nested"], prefix + name + ".")
    return rows


def table(rows):
    head = ["| attribute | type | | default | description |", "|---|---|---|---|---|"]
    return "\n".join(head + [r for _, r in rows]) + "\n"


def resource_block(name, rt):
    text = ""
    if rt.get("description"):
        text += rt["description"][0].upper() + rt["description"][1:] + ".\n\n"
    if rt.get("not_importable"):
        text += "Not importable: %s.\n\n" % rt["not_importable"]
    elif rt.get("import_id"):
        text += "`terrace import` takes %s.\n\n" % rt["import_id"]
    return text + table(attribute_rows(rt["attributes"]))


def type_list(resources, anchor_prefix=""):
    """One line per type, linking its section (GitHub's anchor of "### `a.b.c`",
    or of "### Lookup `a.b.c`" with anchor_prefix "lookup-")."""
    return "".join("- [`%s`](#%s%s): %s\n" % (t, anchor_prefix, re.sub(r"[^a-z0-9_-]", "", t),
                                              rt.get("description", ""))
                   for t, rt in resources.items())


def lookup_block(lt):
    text = ""
    if lt.get("description"):
        text += lt["description"][0].upper() + lt["description"][1:] + ".\n\n"
    return text + table(attribute_rows(lt["attributes"]))


def command_block(help_text):
    return "```\n" + help_text.rstrip("\n") + "\n```\n"


def expected_pages(terrace, docs):
    """{page path: [(block name, heading, generated text, rows or None)]}."""
    schema = json.loads(run(terrace, "providers", "schema", "-json"))
    pages = {}
    for pname, p in schema["provider_schemas"].items():
        blocks = [("types " + pname, "## Resource types", type_list(p["resource_schemas"]), None),
                  ("provider " + pname, "## Provider configuration",
                   table(attribute_rows(p["provider"]["attributes"])),
                   attribute_rows(p["provider"]["attributes"]))]
        for tname, rt in p["resource_schemas"].items():
            blocks.append((tname, "### `%s`" % tname, resource_block(tname, rt),
                           attribute_rows(rt["attributes"])))
        lookups = p.get("data_source_schemas", {})
        if lookups:
            blocks.append(("lookups " + pname, "## Lookups", type_list(lookups, "lookup-"), None))
        for tname, lt in lookups.items():
            blocks.append(("data " + tname, "### Lookup `%s`" % tname, lookup_block(lt),
                           attribute_rows(lt["attributes"])))
        pages[os.path.join(docs, "providers", pname + ".md")] = blocks
    commands = []
    listing = run(terrace, "help").split("Commands:\n", 1)[1].split("\n\n", 1)[0]
    for line in listing.splitlines():
        m = re.match(r"  (\S+)\s", line)
        if m:
            name = m.group(1)
            commands.append(("terrace " + name, "### `terrace %s`" % name,
                             command_block(run(terrace, name, "-help")), None))
    pages[os.path.join(docs, "cli.md")] = commands
    return pages


def render(page_text, blocks):
    """The page with every block's text replaced; missing blocks appended."""
    wanted = {name: text for name, _, text, _ in blocks}
    out = BLOCK.sub(lambda m: "<!-- generated: %s -->\n%s<!-- end generated: %s -->\n" % (
        m.group(1), wanted.get(m.group(1), m.group(2)), m.group(1)), page_text)
    present = set(m.group(1) for m in BLOCK.finditer(page_text))
    for name, heading, text, _ in blocks:
        if name not in present:
            out = out.rstrip("\n") + "\n\n%s\n\n<!-- generated: %s -->\n%s<!-- end generated: %s -->\n" % (
                heading, name, text, name)
    return out


def rows_of(text):
    rows = {}
    for line in text.splitlines():
        m = re.match(r"\| `([^`]+)` \|", line)
        if m:
            rows[m.group(1)] = line
    return rows


def differences(page, page_text, blocks):
    """One line per type, attribute or command whose block differs."""
    found = {m.group(1): m.group(2) for m in BLOCK.finditer(page_text)}
    msgs = []
    for name, _, text, rows in blocks:
        have = found.pop(name, None)
        if have is None:
            msgs.append("%s: %s has no generated section" % (page, name))
        elif have != text and rows is not None:
            have_rows, want_rows = rows_of(have), dict(rows)
            for attr, row in want_rows.items():
                if attr not in have_rows:
                    msgs.append("%s: %s: attribute %s is missing" % (page, name, attr))
                elif have_rows[attr] != row:
                    msgs.append("%s: %s: attribute %s differs from the schema:\n    docs:   %s\n    schema: %s"
                                % (page, name, attr, have_rows[attr], row))
            for attr in have_rows:
                if attr not in want_rows:
                    msgs.append("%s: %s: attribute %s is not in the schema" % (page, name, attr))
            if have_rows == want_rows:
                msgs.append("%s: %s: description or import id differs from the schema" % (page, name))
        elif have != text:
            source = "its -help" if name.startswith("terrace ") else "the schema"
            diff = difflib.unified_diff(have.splitlines(), text.splitlines(), "docs", source, lineterm="", n=0)
            msgs.append("%s: %s: differs from %s:\n    %s" % (page, name, source, "\n    ".join(list(diff)[2:])))
    for name in found:
        msgs.append("%s: %s has a generated section but terrace has no such %s; remove it by hand"
                    % (page, name, "command" if name.startswith("terrace ") else "type or provider"))
    return msgs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="change nothing; exit 1 on any difference")
    ap.add_argument("--terrace", default=os.environ.get("TERRACE", "build/terrace"))
    ap.add_argument("--docs", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    problems = []
    for page, blocks in expected_pages(args.terrace, args.docs).items():
        text = open(page).read() if os.path.exists(page) else "# " + os.path.basename(page) + "\n"
        if args.check:
            problems += differences(os.path.relpath(page), text, blocks)
        else:
            new = render(text, blocks)
            if new != text:
                with open(page, "w") as f:
                    f.write(new)
                print("wrote " + os.path.relpath(page))
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print("%d difference(s) between docs/ and terrace; %s" % (len(problems), REGENERATE), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
