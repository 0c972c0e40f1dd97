#!/usr/bin/env python3
"""tests/check_twin_values.py: cmd/convert.c's written_twins row of a legacy
type (AWS::Elasticsearch::Domain, written as AWS::OpenSearchService::Domain,
as the legacy type's page in the CloudFormation user guide says to upgrade
it) held to botocore's models of the two APIs (es, opensearch), so that
`make unit` fails naming the value or member a rule misses:

  - each value rule "PATH=*.elasticsearch>*.search" takes every value of the
    legacy API's enum of the member to one the newer API's enum has (the
    instance, dedicated master and warm types);
  - the legacy cluster configuration's members are the newer one's, by name
    (so the row renames the block, not its members);
  - each rename "attribute=LegacyProperty" names a member of the legacy
    domain's configuration (CreateElasticsearchDomain's request).

    tests/check_twin_values.py --check
"""
import pathlib
import sys

import botocore.session

ROOT = pathlib.Path(__file__).resolve().parent.parent
CONVERT = ROOT / "cmd" / "convert.c"
ROW = "AWS::Elasticsearch::Domain"
# A member of the cluster configuration -> its enum shape in each API.
ENUMS = {"instance_type": ("ESPartitionInstanceType", "OpenSearchPartitionInstanceType"),
         "dedicated_master_type": ("ESPartitionInstanceType", "OpenSearchPartitionInstanceType"),
         "warm_type": ("ESWarmPartitionInstanceType", "OpenSearchWarmPartitionInstanceType")}


def fields():
    """The string fields of the legacy type's written_twins row (type,
    written type, renames, values, ref), each literal's pieces joined."""
    text = CONVERT.read_text()
    start = text.index('{ "%s"' % ROW)
    body = text[start + 1:text.index("},", start)]
    out, cur, in_str = [], "", False
    for ch in body:
        if ch == '"':
            in_str = not in_str
        elif in_str:
            cur += ch
        elif ch == ",":
            out.append(cur)
            cur = ""
    out.append(cur)
    return out


def main():
    if sys.argv[1:] != ["--check"]:
        sys.exit(__doc__)
    cfn_type, written, renames, values = fields()[:4]
    session = botocore.session.get_session()
    es, opensearch = session.get_service_model("es"), session.get_service_model("opensearch")
    problems = []
    for word in values.split():
        path, rule = word.split("=", 1)
        old, new = rule.split(">")
        leaf = path.split(".")[-1]
        if old == "*":
            continue
        if leaf not in ENUMS:
            problems.append("%s: no enum of the two APIs is known for it" % path)
            continue
        old_enum = es.shape_for(ENUMS[leaf][0]).enum
        new_enum = set(opensearch.shape_for(ENUMS[leaf][1]).enum)
        o_pre, o_post = old.split("*")
        n_pre, n_post = new.split("*")
        for v in old_enum:
            if not (v.startswith(o_pre) and v.endswith(o_post)):
                problems.append("%s: %s is not %s" % (path, v, old))
                continue
            rest = v[len(o_pre):len(v) - len(o_post)]
            if n_pre + rest + n_post not in new_enum:
                problems.append("%s: %s becomes %s, which %s does not have"
                                % (path, v, n_pre + rest + n_post, ENUMS[leaf][1]))
    legacy = set(es.shape_for("ElasticsearchClusterConfig").members)
    newer = set(opensearch.shape_for("ClusterConfig").members)
    for m in sorted(legacy - newer):
        problems.append("ElasticsearchClusterConfig.%s: ClusterConfig has no member of its name" % m)
    request = set(es.operation_model("CreateElasticsearchDomain").input_shape.members)
    for word in renames.split():
        attr, prop = word.split("=", 1)
        if prop not in request:
            problems.append("rename %s: CreateElasticsearchDomain has no member %s" % (attr, prop))
    for p in problems:
        print("check_twin_values: %s" % p, file=sys.stderr)
    if problems:
        sys.exit(1)
    print("check_twin_values: %s's row (%s) against botocore %s's es and opensearch models: "
          "%d value rules, %d renames" % (cfn_type, written, botocore.__version__,
                                         len(values.split()), len(renames.split())))


if __name__ == "__main__":
    main()
