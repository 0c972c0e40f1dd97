#!/usr/bin/env python3
"""stacks/gen_cfn_ref.py: write stacks/cfn_ref.gen.c, what CloudFormation's
`Ref` of a resource returns for each type, as `terrace convert` writes it
(stacks/convert_cfn_expr.c): the top-level property or attribute of the type
whose value Ref gives (an EIP's PublicIp, an Events rule's Name, a scalable
target's Id), or no answer.

    stacks/gen_cfn_ref.py                  write cfn_ref.gen.c
    stacks/gen_cfn_ref.py --check          exit 1 when it differs from what
                                           the source and cfn-lint give
    stacks/gen_cfn_ref.py --extract DIR    rewrite the source,
                                           cfn_ref_returns.txt, from DIR, the
                                           doc_source folder of a copy of the
                                           CloudFormation user guide

The source, stacks/cfn_ref_returns.txt, is each resource type's "Return
values: Ref" paragraph of the CloudFormation user guide, as AWS published its
sources in awsdocs/aws-cloudformation-user-guide (the last commit with them,
SOURCE_COMMIT below, September 2023; the text is CC BY-SA 4.0, its
LICENSE-SUMMARY): one line per type, the type and the paragraph's sentence
that says what Ref returns, tab-separated.

Which property that sentence names is read against the type's registry
schema as the pinned cfn-lint keeps it (PINNED; the schemas terrace's awscc
types are generated from, provider/aws/cloudcontrol/gen_schemas.py): the
sentence's noun phrase ("the ID of the VPC" is "vpc id"; "the Amazon
Resource Name (ARN)" is "arn"), and the longest top-level property whose
words (VpcId: vpc, id) stand together in it. When none does, a sentence
whose example is a name CloudFormation generates (mystack-MyRule-ABCDEF123)
names the type's Name property. Otherwise the row has no answer, and
convert warns where it writes such a Ref (it never guesses silently).
"""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "cfn_ref.gen.c"
SOURCE = HERE / "cfn_ref_returns.txt"
SOURCE_REPO = "awsdocs/aws-cloudformation-user-guide"
SOURCE_COMMIT = "19dc52cd3f2007d6d268b65b739ffb5ebf8c1e76"
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "provider" / "aws" /
                       "cloudcontrol"))
import gen_schemas  # noqa: E402  (cfn-lint's listing, pinned there)

PINNED = gen_schemas.PINNED

SYNONYMS = {"identifier": "id", "ids": "id", "identifiers": "id", "arns": "arn",
            "names": "name", "urls": "url"}
STOP = {"the", "a", "an", "this", "its", "that", "of", "s"}
# A phrase of these words alone names no property: the type's identifier.
GENERIC = {"resource", "physical", "name", "id", "generated", "cloudformation", "unique"}
# Where the sentence's words name another property than the one Ref gives,
# with why (the user guide's page of the type).
OVERRIDES = {
    "AWS::EC2::EIP": ("PublicIp", "\"the Elastic IP address\" is the address allocated, "
                      "PublicIp; Address is the one a template may ask for"),
    "AWS::AppSync::GraphQLSchema": (None, "the API's id with the text GraphQLSchema after it: "
                                    "no property holds it"),
    "AWS::CloudFront::MonitoringSubscription": ("DistributionId", "\"the same as the distribution "
                                                "ID\": MonitoringSubscription is its settings"),
    "AWS::EMR::SecurityConfiguration": ("Name", "\"the security configuration name\": the "
                                        "SecurityConfiguration property is its JSON"),
    "AWS::VpcLattice::ResourcePolicy": ("ResourceArn", "\"the ARN of the resource policy\": "
                                        "Policy is the document"),
    "AWS::SQS::QueueInlinePolicy": (None, "the sentence names a topic's ARN, a slip of the "
                                    "page: no property of the type holds one"),
    "AWS::MediaPackageV2::ChannelPolicy": (None, "two names joined with |: no one property"),
}


def unescape(s):
    return re.sub(r"\\(.)", r"\1", s)


def extract(folder):
    """{type: sentence} of the user guide's doc_source folder."""
    rows = {}
    for f in sorted(pathlib.Path(folder).glob("*.md")):
        text = f.read_text(encoding="utf-8", errors="replace")
        m = re.match(r"# (AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)<a name", text)
        if not m:
            continue
        # the section runs to the next heading, or to the page's end (a type
        # whose Ref is its last section: AWS::Glue::Table)
        sec = re.search(r"^### Ref<a name[^\n]*\n(.*?)(?=^#|\Z)", text, re.S | re.M)
        if not sec:
            continue
        para = " ".join(unescape(sec.group(1)).split())
        said = re.search(r"\breturns? (.*?)(?:\.(?: |$)|$)", para)
        if said:
            rows[m.group(1)] = "Ref returns " + said.group(1).strip()
        elif para and not para.startswith("For more information"):
            rows[m.group(1)] = "Ref returns " + para.split(". ")[0].rstrip(".")
    return rows


def read_source():
    rows = {}
    for line in SOURCE.read_text().splitlines():
        if not line or line.startswith("#"):
            continue
        typ, said = line.split("\t", 1)
        rows[typ] = said
    return rows


def write_source(rows):
    lines = ["# stacks/cfn_ref_returns.txt: what CloudFormation's user guide says Ref returns,",
             "# per resource type (its \"Return values: Ref\" paragraph's sentence), from",
             "# https://github.com/%s at %s (doc_source/;" % (SOURCE_REPO, SOURCE_COMMIT),
             "# CC BY-SA 4.0). Written by stacks/gen_cfn_ref.py --extract; read by it."]
    lines += ["%s\t%s" % (t, rows[t]) for t in sorted(rows)]
    SOURCE.write_text("\n".join(lines) + "\n")


def schemas():
    """{type: its schema file} of cfn-lint's listing at the pinned version, as
    provider/aws/cloudcontrol/gen_schemas.py reads it (its listing())."""
    base, types = gen_schemas.listing()
    return {t: base / "resources" / (d + ".json") for t, d in types.items()}


def words(s):
    out = []
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", s)  # "the FileSystem ID": file system id
    for w in re.findall(r"[a-z0-9]+", s.lower()):
        w = SYNONYMS.get(w, w)
        if w not in STOP:
            out.append(w)
    return out


def camel_words(name):
    return words(" ".join(re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+", name)))


def noun_phrase(said):
    """The words of what the sentence says Ref returns, head last."""
    p = said[len("Ref returns "):] if said.startswith("Ref returns ") else said
    p = re.split(r",? such as|,? for example|,? e\.g\.|:|;| \(for example| which | that ", p,
                 flags=re.I)[0]
    p = re.sub(r"amazon resource names?(?: \(arns?\))?", "arn", p, flags=re.I)
    p = re.sub(r"\([^)]*\)", " ", p)
    if re.search(r"\band\b|\bcombination\b|\bjoined\b", p):
        return []  # several properties together: no one of them
    p = re.sub(r"\b(?:either|or)\b.*", "", p)  # the first of the alternatives
    if " of " in p:
        head, _, of = p.partition(" of ")
        return words(of) + words(head)
    return words(p)


def contiguous(part, whole):
    n = len(part)
    return n and any(whole[i:i + n] == part for i in range(len(whole) - n + 1))


def decide(typ, said, schema):
    """The CloudFormation name of the top-level property said names, or None."""
    if typ in OVERRIDES:  # (property or None, why)
        return OVERRIDES[typ][0]
    props = schema.get("properties", {})
    primary = [p.split("/")[-1] for p in schema.get("primaryIdentifier", [])]
    quoted = [q for q in re.findall(r"`([A-Za-z0-9]+)`", said) if q in props]
    if len(set(quoted)) == 1:
        return quoted[0]
    phrase = noun_phrase(said)
    if phrase and set(phrase) <= GENERIC and len(primary) == 1:
        return primary[0]  # "the resource name", "the physical ID": its identifier
    if phrase and set(phrase) <= GENERIC:
        # an identifier of several properties: the one named after the type
        # itself ("the resource name" of a LogStream is LogStreamName, not
        # its group's LogGroupName)
        own = [p for p in primary if camel_words(p)[:-1] == camel_words(typ.split("::")[-1])
               and camel_words(p)[-1] == phrase[-1]]
        if len(own) == 1:
            return own[0]
    best, length, tie = None, 0, False
    for name in props:
        cw = camel_words(name)
        if contiguous(cw, phrase):
            if len(cw) > length:
                best, length, tie = name, len(cw), False
            elif len(cw) == length:
                tie = True
    if best:
        return None if tie else best
    if phrase and set(phrase) <= GENERIC | {"arn", "url"} and len(primary) == 1 and \
            camel_words(primary[0])[-1] == phrase[-1]:
        return primary[0]  # "the ARN" of TaskDefinitionArn
    if re.search(r"`[a-z0-9]+-[A-Za-z0-9]+-[A-Z0-9]{6,}`", said) and "Name" in props:
        return "Name"  # a name CloudFormation generates: mystack-MyRule-ABCDEF123
    if phrase and phrase[-1] in ("arn", "name", "id", "url") and len(primary) == 1 and \
            not any(camel_words(p)[-1:] == phrase[-1:] for p in props):
        return primary[0]  # "the ARN of the secret" with no ARN property: its identifier
    if len(primary) == 1 and len(phrase) > 1 and phrase[-1] in ("name", "id") and \
            camel_words(primary[0])[:-1] == phrase[:-1] and \
            camel_words(primary[0])[-1] in ("name", "id"):
        return primary[0]  # "the DB instance name" of DBInstanceIdentifier
    return None


def rows():
    source = read_source()
    files = schemas()
    out = []
    for typ in sorted(source):
        if typ not in files:
            continue
        schema = json.loads(files[typ].read_text())
        out.append((typ, decide(typ, source[typ], schema), source[typ]))
    return out


def c_string(s):
    return json.dumps(s, ensure_ascii=True) if s is not None else "NULL"


def render(table):
    decided = sum(1 for _t, a, _s in table if a)
    lines = ["/* Generated by stacks/gen_cfn_ref.py from stacks/cfn_ref_returns.txt (%s at %s)"
             % (SOURCE_REPO, SOURCE_COMMIT[:12]),
             " * and the pinned cfn-lint %s's schemas: do not edit. %d types, %d with an answer. */"
             % (PINNED, len(table), decided),
             '#include "stacks/cfn_ref.h"', "",
             "const struct cfn_ref_row cfn_ref_rows[] = {"]
    for typ, attr, said in table:
        lines.append("\t{ %s, %s, %s }," % (c_string(typ), c_string(attr), c_string(said)))
    lines += ["};", "const size_t cfn_ref_n_rows = sizeof(cfn_ref_rows) / sizeof(cfn_ref_rows[0]);", ""]
    return "\n".join(lines)


def main(argv):
    if len(argv) == 3 and argv[1] == "--extract":
        write_source(extract(argv[2]))
        return 0
    text = render(rows())
    if argv[1:] == ["--check"]:
        if not OUT.exists() or OUT.read_text() != text:
            print("gen_cfn_ref: %s differs from what the source and cfn-lint %s give: run "
                  "stacks/gen_cfn_ref.py" % (OUT.name, PINNED), file=sys.stderr)
            return 1
        return 0
    if argv[1:]:
        print(__doc__, file=sys.stderr)
        return 2
    OUT.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
