#!/usr/bin/env python3
"""provider/aws/checks/words/extract_cfn_words.py: the CloudFormation half of
the census's source, cfn-words.json beside it, from the registry's schemas
as terraform-provider-awscc keeps them (internal/service/cloudformation/
schemas/ at COMMIT, the copy provider/aws/cloudcontrol/registry/ is taken
from; cfn-lint's copy, which gen_schemas.py reads, has no descriptions).

    extract_cfn_words.py CHECKOUT   write cfn-words.json from a checkout
                                    (or a bare clone) of terraform-provider-awscc
    extract_cfn_words.py CHECKOUT SERVICE...
                                    those CloudFormation services' rows alone
                                    written again, the others' kept as the
                                    file has them (a service brought in:
                                    the ledgers judged keep their sentences)

Kept: for every resource type of the services the written types call,
and of the third scope's (sentences.py's SERVICES: CloudFormation's
service name -> botocore's; THIRD_SCOPE), each property's
description (a property of the type, of a definition, a list's items),
cut into sentences as gen_words.py cuts botocore's, those carrying a
constraint cue (sentences.py's carries_cue and sentences); one row [type, property path, sentence],
sorted. A definition's properties are keyed by the definition's name
("#/definitions/Tag.Key"): the paths a definition is reached by are many.
Not in make unit (a clone has no checkout of the provider); gen_words.py
reads the file it writes.
"""
import json
import pathlib
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from sentences import SERVICES, carries_cue, sentences  # noqa: E402

COMMIT = "f995d4f4139602dbb9044f3108702f2a1837a872"
SCHEMAS = "internal/service/cloudformation/schemas/"
OUT = pathlib.Path(__file__).resolve().parent / "cfn-words.json"


def git(repo, *args):
    return subprocess.run(["git", "-C", repo] + list(args), check=True, capture_output=True,
                          text=True).stdout


def rows_of(schema):
    rows = []

    def walk(node, path):
        if not isinstance(node, dict):
            return
        if path and isinstance(node.get("description"), str):
            for s in sentences(node["description"]):
                if carries_cue(SERVICES[schema["typeName"].split("::")[1]], s):
                    rows.append([schema["typeName"], path, s])
        for name, prop in (node.get("properties") or {}).items():
            walk(prop, (path + "." if path else "") + name)
        if isinstance(node.get("items"), dict):
            walk(node["items"], path)
    walk(schema, "")
    for name, d in (schema.get("definitions") or {}).items():
        walk(d, "#/definitions/" + name)
    return rows


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    repo, only = sys.argv[1], set(sys.argv[2:])
    unknown = only - set(SERVICES)
    if unknown:
        sys.exit("extract_cfn_words: %s: not in sentences.py's SERVICES" % ", ".join(sorted(unknown)))
    rows = [r for r in json.loads(OUT.read_text()) if r[0].split("::")[1] not in only] \
        if only else []
    for path in git(repo, "ls-tree", "--name-only", COMMIT, SCHEMAS).split():
        schema = json.loads(git(repo, "show", "%s:%s" % (COMMIT, path)))
        parts = schema.get("typeName", "").split("::")
        if len(parts) == 3 and parts[1] in SERVICES and (not only or parts[1] in only):
            rows.extend(rows_of(schema))
    rows.sort()
    OUT.write_text("[\n" + ",\n".join(json.dumps(r) for r in rows) + "\n]\n")
    print("extract_cfn_words: %d sentences of %d types" % (len(rows), len({r[0] for r in rows})))


if __name__ == "__main__":
    main()
