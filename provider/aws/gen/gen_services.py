#!/usr/bin/env python3
"""
provider/aws/gen/gen_services.py: provider/aws/transport/services.def, every
AWS service terrace calls, one row each, from its terrace columns and the
installed botocore's model of it (its version is written in the file's
header; the copy gen_paginators.py and the contract check read).

A row's first line is terrace's, written by hand (this script keeps it as
it is):
  name       the C name (aws_service_NAME) and the key of the provider's
             endpoints: block (Terraform's name of the service);
  home       the folder under provider/aws/ whose code makes its calls
             ("transport" for the credential chain's own: the SSO portal);
  botocore   the name of botocore's model (data/NAME/);
  protocol   the wire terrace speaks, one of the model's protocols;
  IAM prefix the prefix of its IAM actions ("states:StartExecution").
Its second line is botocore's metadata, which this script writes:
  signing name (signingName, else endpointPrefix: botocore's own fallback),
  apiVersion, targetPrefix, jsonVersion (NULL where the model has none),
  endpointPrefix, and the service id of AWS_ENDPOINT_URL_<ID> (serviceId,
  upper case, spaces as '_').

The check (`make unit`) also holds the rows to the tree: every folder of
provider/aws/ whose code calls AWS (a call of the transport's) is some
row's home, and every row's home is a folder; and the list of the services'
rules tables, AWS_RULE_SERVICES in checks/tables.c, names rows of services.def
(or a folder holding only its rules.c: a service terrace never calls, whose
awscc types Cloud Control makes), each once, and exactly the aws_rules_NAME
tables the rules.c files define (a table written and not listed would never
run).

    provider/aws/gen/gen_services.py           rewrite services.def
    provider/aws/gen/gen_services.py --check   exit 1 when it differs, or
                                               a folder and the rows disagree
"""
import pathlib
import re
import sys

import botocore
import botocore.loaders

HERE = pathlib.Path(__file__).resolve().parent
AWS = HERE.parent
OUT = AWS / "transport" / "services.def"

HEADER = """\
/*
 * services.def: every AWS service terrace calls, one row each (transport/
 * services.h makes a const struct aws_service of each, which the calls,
 * waiters and listings take). Include it with AWS_SERVICE defined.
 *
 * Each row's first line is terrace's, written by hand: name (C name and
 * endpoints: key), home (the folder that calls it; checks/kinds/ for a
 * service plan only reads, checks/kinds/reads.def's rows naming it), botocore's model name,
 * the protocol terrace speaks, the IAM prefix. Its second line is botocore
 * %s's metadata, written by provider/aws/gen/gen_services.py (do not edit
 * it; `make gen` rewrites it, `make unit` fails while it differs): signing
 * name, API version, target prefix, JSON version, endpoint prefix, and the
 * service id of AWS_ENDPOINT_URL_<ID>.
 */
"""

ROW = re.compile(r'^AWS_SERVICE\((\w+), "([^"]*)", "([^"]*)", "([^"]*)", "([^"]*)",\s*$')
# A call of the transport's: what makes a folder's code one that calls AWS.
CALL = re.compile(r"\baws_(json|query|rest_json|rest_xml)_(call|paged|list)\w*\s*\(|"
                  r"\baws_waiter_run\s*\(|\baws_json_(pages|find)\s*\(|\bs3_\w+\s*\(")


# A whole row, both lines: what read_services() gives of each.
FULL_ROW = re.compile(r'^AWS_SERVICE\((\w+), "([^"]*)", "([^"]*)", "([^"]*)", "([^"]*)",\n'
                      r'\t("[^"]*"|NULL), ("[^"]*"|NULL), ("[^"]*"|NULL), ("[^"]*"|NULL), '
                      r'("[^"]*"|NULL), ("[^"]*"|NULL)\)$', re.M)
FIELDS = ("name", "home", "botocore", "protocol", "iam_prefix", "signing_name", "api_version",
          "target_prefix", "json_version", "endpoint_prefix", "endpoint_id")


def read_services(path=OUT):
    """Every row of services.def as a dict of FIELDS (None for NULL): the
    one list the tests' and the docs' scripts take the services from."""
    rows = []
    for m in FULL_ROW.finditer(pathlib.Path(path).read_text()):
        values = [v[1:-1] if v.startswith('"') else None if v == "NULL" else v
                  for v in m.groups()]
        rows.append(dict(zip(FIELDS, values)))
    return rows


def c_string(value):
    return '"%s"' % value if value is not None else "NULL"


def terrace_rows(text):
    """The terrace columns of each row of services.def's text."""
    rows = []
    for line in text.splitlines():
        m = ROW.match(line)
        if m:
            rows.append(m.groups())
    return rows


def generate(rows):
    loader = botocore.loaders.create_loader()
    out = [HEADER % botocore.__version__]
    problems = []
    for name, home, model_name, protocol, iam_prefix in rows:
        meta = loader.load_service_model(model_name, "service-2")["metadata"]
        protocols = meta.get("protocols") or [meta["protocol"]]
        if protocol not in protocols:
            problems.append("%s: botocore %s's %s speaks %s, not %s"
                            % (name, botocore.__version__, model_name, ", ".join(protocols), protocol))
        signing = meta.get("signingName") or meta["endpointPrefix"]
        service_id = meta["serviceId"].upper().replace(" ", "_")
        out.append('AWS_SERVICE(%s, "%s", "%s", "%s", "%s",' % (name, home, model_name, protocol, iam_prefix))
        out.append("\t%s, %s, %s, %s, %s, %s)" % (
            c_string(signing), c_string(meta["apiVersion"]), c_string(meta.get("targetPrefix")),
            c_string(meta.get("jsonVersion")), c_string(meta["endpointPrefix"]), c_string(service_id)))
    return "\n".join(out) + "\n", problems


def calling_folders():
    """The folders of provider/aws/ whose C code calls the transport."""
    folders = set()
    for path in AWS.glob("**/*.c"):
        text = path.read_text(errors="replace")
        if path.parent != AWS and CALL.search(text):
            folders.add(str(path.parent.relative_to(AWS)))
    return folders


def tree_problems(rows):
    problems = []
    homes = {row[1] for row in rows}
    for home in sorted(homes):
        if not (AWS / home).is_dir():
            problems.append("services.def: a row's home provider/aws/%s/ is no folder" % home)
    # transport/ calls what the chain needs (STS, SSO) and S3 for the state;
    # build/ and run/ are shared code that calls the services of their rows'
    # homes (S3, EventBridge), as tests/contract/members_code.py reads them;
    # checks/ reads at plan what a stack names (IAM's managed policies).
    shared = {"transport", "build", "run", "checks"}
    for folder in sorted(calling_folders() - homes - shared):
        problems.append("provider/aws/%s/ calls AWS but no row of services.def is its home" % folder)
    problems += rule_service_problems({row[0] for row in rows})
    return problems


RULES_TABLE = AWS / "checks/tables.c"
RULES_DEFINED = re.compile(r"^const struct aws_check_row aws_rules_(\w+)\[\]", re.M)


def rule_service_problems(names):
    """AWS_RULE_SERVICES (checks/tables.c), the list of the services' rules
    tables in the order they run, against the tree: each name a row of
    services.def, and exactly the tables the services' rules.c define
    (aws_rules_NAME), so that a table written and not listed, which would
    never run, fails here."""
    text = RULES_TABLE.read_text()
    start = text.index("#define AWS_RULE_SERVICES")
    listed = re.findall(r"X\((\w+)\)", text[start:text.index("\n\n", start)])
    defined = set()
    for path in AWS.glob("*/rules.c"):
        defined.update(RULES_DEFINED.findall(path.read_text(errors="replace")))
    problems = []
    for name in listed:
        # a service terrace never calls (its awscc types are made through
        # Cloud Control) has a folder holding its rules.c alone
        rules_only = sorted(p.name for p in (AWS / name).glob("*")) == ["rules.c"]
        if name not in names and not rules_only:
            problems.append("checks/tables.c: AWS_RULE_SERVICES names %s, no row of services.def "
                            "nor a folder holding only its rules.c" % name)
    for name in sorted(set(listed) - defined):
        problems.append("checks/tables.c: AWS_RULE_SERVICES names %s, whose aws_rules_%s no "
                        "provider/aws/*/rules.c defines" % (name, name))
    for name in sorted(defined - set(listed)):
        problems.append("provider/aws/*/rules.c defines aws_rules_%s, which AWS_RULE_SERVICES "
                        "(checks/tables.c) does not name: it would never run" % name)
    if len(listed) != len(set(listed)):
        problems.append("checks/tables.c: AWS_RULE_SERVICES names a service twice")
    return problems


def main():
    check = sys.argv[1:] == ["--check"]
    if sys.argv[1:] not in ([], ["--check"]):
        print("usage: gen_services.py [--check]", file=sys.stderr)
        return 2
    current = OUT.read_text()
    rows = terrace_rows(current)
    if not rows:
        print("%s: no AWS_SERVICE row" % OUT, file=sys.stderr)
        return 1
    text, problems = generate(rows)
    problems += tree_problems(rows)
    if len(read_services()) != len(rows):
        problems.append("services.def: %d rows, of which %d read whole (read_services)"
                        % (len(rows), len(read_services())))
    for p in problems:
        print(p, file=sys.stderr)
    if check:
        if current != text:
            print("provider/aws/transport/services.def differs from botocore %s's models: "
                  "run provider/aws/gen/gen_services.py" % botocore.__version__, file=sys.stderr)
            return 1
        return 1 if problems else 0
    if current != text:
        OUT.write_text(text)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
