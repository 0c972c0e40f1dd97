#!/usr/bin/env python3
"""provider/aws/checks/between/extract_tf_rules.py: extract the rules between attributes
that terraform-provider-aws's Go schemas say (ConflictsWith, ExactlyOneOf,
AtLeastOneOf, RequiredWith) into provider/aws/checks/between/terraform_rules.txt, which
gen_between.py reads (the provider is MPL-2.0: its rules are carried as
data, none of its code).

    provider/aws/checks/between/extract_tf_rules.py DIR [COMMIT]
        read every .go file under DIR (a copy of the provider's
        internal/service, or excerpts of its files whose first line says
        "at <commit>") and print the rows; COMMIT is the copy's commit
        when its files do not say theirs
    provider/aws/checks/between/extract_tf_rules.py --check DIR
        exit 1 when terraform_rules.txt's rows differ from DIR's

A row is one rule of one attribute, tab-separated:

    RESOURCE  KEYWORD  ATTRIBUTE  OTHERS  FILE@COMMIT

RESOURCE is the file's @SDKResource name (aws_glue_job), or the one an
excerpt's first line names ("(resource aws_nat_gateway)"); ATTRIBUTE and
OTHERS (comma-separated) are Terraform's paths (a nested block's attribute
is BLOCK.0.NAME, as the provider writes them); names.AttrFooBar constants
are the provider's snake_case names (foo_bar).
"""
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROWS = HERE / "terraform_rules.txt"
KEYWORDS = ("ConflictsWith", "ExactlyOneOf", "AtLeastOneOf", "RequiredWith")

KEY = re.compile(r'^\s*(?:"([A-Za-z0-9_]+)"|names\.Attr([A-Za-z0-9]+)):\s*\{\s*$')
RULE = re.compile(r'\b(%s):\s*\[\]string\{([^}]*)\}' % "|".join(KEYWORDS))
RESOURCE = re.compile(r'@SDKResource\("(aws_[a-z0-9_]+)"')
AT = re.compile(r'\bat ([0-9a-f]{40})\b')
# an excerpt whose source shows no @SDKResource names its resource in its
# first line: "(resource aws_nat_gateway)"
HEADER_RESOURCE = re.compile(r'\(resource (aws_[a-z0-9_]+)\)')


def attr_name(camel):
    """names.AttrMaxCapacity's name: max_capacity (AttrRoleARN: role_arn)."""
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", camel)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    return s.lower()


def names_of(text):
    out = []
    for item in text.split(","):
        item = item.strip()
        if not item:
            continue
        m = re.fullmatch(r'"([^"]+)"', item) or re.fullmatch(r"names\.Attr([A-Za-z0-9]+)", item)
        if not m:
            return None  # a name computed otherwise: not read
        out.append(m.group(1) if item.startswith('"') else attr_name(m.group(1)))
    return out


def rows_of(path, rel, commit):
    """The rows of one Go file: its schema's attributes followed by brace
    depth, a nested block's attributes under BLOCK.0."""
    text = path.read_text()
    resource = RESOURCE.search(text) or HEADER_RESOURCE.search(text.splitlines()[0] if text else "")
    if not resource:
        return []
    m = AT.search(text.splitlines()[0]) if text else None
    commit = m.group(1) if m else commit
    stack, depth, rows = [], 0, []
    for line in text.splitlines():
        k = KEY.match(line)
        if k:
            name = k.group(1) or attr_name(k.group(2))
            stack.append((depth, name))
        for r in RULE.finditer(line):
            others = names_of(r.group(2))
            if stack and others:
                attr = ".0.".join(n for _d, n in stack)
                rows.append((resource.group(1), r.group(1), attr, ",".join(others),
                             "%s@%s" % (rel, commit or "unknown")))
        depth += line.count("{") - line.count("}")
        while stack and depth <= stack[-1][0]:
            stack.pop()
    return rows


def extract(root, commit=None):
    root = pathlib.Path(root)
    rows = []
    for path in sorted(root.rglob("*.go")):
        rel = path.relative_to(root).as_posix()
        rows += rows_of(path, "internal/service/" + rel.split("internal/service/")[-1], commit)
    return sorted(set(rows))


def text_of(rows):
    return "".join("\t".join(r) + "\n" for r in rows)


def main(argv):
    if len(argv) >= 3 and argv[1] == "--check":
        have = [line for line in ROWS.read_text().splitlines(True)
                if line.strip() and not line.startswith("#")]
        if "".join(have) != text_of(extract(argv[2])):
            sys.exit("extract_tf_rules: %s differs from the rows of %s" % (ROWS, argv[2]))
        return
    if len(argv) not in (2, 3):
        sys.exit(__doc__)
    sys.stdout.write(text_of(extract(argv[1], argv[2] if len(argv) == 3 else None)))


if __name__ == "__main__":
    main(sys.argv)
