#!/usr/bin/env python3
"""provider/aws/checks/words/corpus_use.py: the order of the census's third
scope (sentences.py's THIRD_SCOPE): how often the corpora the suite reads
use the awscc types of each service that has no ledger of the first two
scopes (no written type; sentences.py's SERVICES before THIRD_SCOPE).

    corpus_use.py [N]   print the N services used most (default 30), each
                        with its uses, its types used, the uses by corpus,
                        and whether it is in THIRD_SCOPE (judged)

A use is one resource of the type in one file:
  awscc      tests/corpus/awscc-examples' resources/**/*.tf (t1270), a
             `resource "awscc_..."` block;
  cfn-lint   tests/corpus/cfn-lint/templates/good (t1270), a Type: AWS::...;
  cdk        tests/corpus/cdk's *.template.json (t1657), a Type;
  tfmodules  tests/corpus/tfmodules' current commits (pins.txt; t1658), a
             `resource "aws_..."` block stacks/convert_tf_types.c converts to
             an awscc type;
  heldout    tests/corpus/heldout, heldout2 and controls, a type: awscc.....
Only the types of the registry terrace's types come from count
(registry/handlers.json, awscc_types.txt).
"""
import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent.parent
CORPUS = ROOT / "tests" / "corpus"
REGISTRY = ROOT / "provider" / "aws" / "cloudcontrol" / "registry"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "provider" / "aws" / "cloudcontrol"))
from awscc_names import type_name  # noqa: E402
from sentences import SERVICES, THIRD_SCOPE  # noqa: E402

CFN_TYPE = re.compile(r'Type"?\s*:\s*"?(AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)')
TF_RESOURCE = re.compile(r'^resource\s+"(aws(?:cc)?_[a-z0-9_]+)"', re.M)
STACK_TYPE = re.compile(r"type:\s*(awscc\.[a-z0-9_.]+)")
TF_CONVERTED = re.compile(r'\{\s*"(aws_[a-z0-9_]+)",\s*"(awscc\.[a-z0-9_.]+)"')


def uses():
    """{CloudFormation type: Counter(corpus: uses)}."""
    handlers = json.loads((REGISTRY / "handlers.json").read_text())
    by_tf, by_name = {}, {type_name(t): t for t in handlers}
    for line in (REGISTRY / "awscc_types.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            cfn, tf = line.split()
            by_tf[tf] = cfn
    converted = dict(TF_CONVERTED.findall((ROOT / "stacks" / "convert_tf_types.c").read_text()))
    out = collections.defaultdict(collections.Counter)

    def read(p):
        return p.read_text(errors="replace")
    for p in (CORPUS / "awscc-examples").glob("resources/**/*.tf"):
        for tf in TF_RESOURCE.findall(read(p)):
            if tf in by_tf:
                out[by_tf[tf]]["awscc"] += 1
    for corpus, pattern in (("cfn-lint", "templates/good/**/*"), ("cdk", "**/*.template.json")):
        for p in (CORPUS / corpus).glob(pattern):
            if p.is_file():
                for cfn in CFN_TYPE.findall(read(p)):
                    if cfn in handlers:
                        out[cfn][corpus] += 1
    for line in (CORPUS / "tfmodules" / "pins.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, current = line.split()[:2]
            for p in (CORPUS / "tfmodules" / ("%s@%s" % (name, current))).rglob("*.tf"):
                for tf in TF_RESOURCE.findall(read(p)):
                    if converted.get(tf) in by_name:
                        out[by_name[converted[tf]]]["tfmodules"] += 1
    for corpus in ("heldout", "heldout2", "controls"):
        for p in (CORPUS / corpus).rglob("*.yaml"):
            for name in STACK_TYPE.findall(read(p)):
                if name in by_name:
                    out[by_name[name]]["heldout"] += 1
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    first_two = set(SERVICES) - set(THIRD_SCOPE)
    by_service = collections.defaultdict(collections.Counter)
    types = collections.defaultdict(set)
    for cfn, counts in uses().items():
        service = cfn.split("::")[1]
        if service not in first_two:
            by_service[service].update(counts)
            types[service].add(cfn)
    ranked = sorted(by_service, key=lambda s: (-sum(by_service[s].values()), s))
    total = sum(sum(c.values()) for c in by_service.values())
    print("corpus_use: %d services, %d types, %d uses beyond the first two scopes" %
          (len(ranked), sum(len(t) for t in types.values()), total))
    print("| rank | service | uses | types | by corpus | judged |")
    print("|---|---|---|---|---|---|")
    for i, s in enumerate(ranked[:n], 1):
        corpora = ", ".join("%s %d" % kv for kv in sorted(by_service[s].items(),
                                                           key=lambda kv: (-kv[1], kv[0])))
        print("| %d | %s | %d | %d | %s | %s |" % (i, s, sum(by_service[s].values()),
                                                  len(types[s]), corpora,
                                                  "yes" if s in THIRD_SCOPE else ""))


if __name__ == "__main__":
    main()
