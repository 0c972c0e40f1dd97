"""provider/aws/gen/types_def.py: provider/aws/types.def read by the scripts,
so what a type declares there (its CloudFormation twin, its name rule, its
file) is written once, in the C the build reads, and every list derived from
it (gen_constraints.py's cfn_map, tests/check_type_lists.py) reads the same.

    from types_def import types     # [Type], in types.def's order
"""
import pathlib
import re
import sys
from typing import NamedTuple, Optional

TYPES_DEF = pathlib.Path(__file__).resolve().parent.parent / "types.def"

# RESOURCE_TYPE(SYMBOL, "TYPE", TWIN, NAME_RULE, ARNS) /* FILE */ (types.def's
# header), over one or more lines.
LINE = re.compile(r'^RESOURCE_TYPE\((\w+),\s*"([a-z0-9_.]+)",\s*'
                  r'(?:"(AWS::\w+::\w+)"|NO_CFN\("((?:[^"\\]|\\.)+)"\)),\s*'
                  r'(?:NAMED\("(\w+)",\s*(\w+),\s*\'(.)\'\)|(UNNAMED)),\s*'
                  r'(?:ARNS\(((?:\s*"(?:[^"\\]|\\.)*")+)\s*\)|ARNS_ANY\("((?:[^"\\]|\\.)+)"\))\)\s*'
                  r'/\*\s*(\S+\.c)\s*\*/\s*$', re.M)
STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
CONSTANTS = {"AWS_LAMBDA_FUNCTION_NAME_MAX": 64}  # checks/rules.h's, where a line names one


class Type(NamedTuple):
    symbol: str            # aws_sqs_queue_type
    name: str              # aws.sqs.queue
    cfn: Optional[str]     # AWS::SQS::Queue, or None
    no_cfn: Optional[str]  # why it has none
    name_attr: Optional[str]
    name_max: int
    name_sep: str
    file: str              # sqs/queue.c, under provider/aws/
    arns: list             # its ARN formats, [] when it acts on "*"
    arns_any: Optional[str]  # why it acts on "*"


def types(path=TYPES_DEF):
    """Every type of types.def, in its order; exits naming the line of one
    that is not in the header's form."""
    text = pathlib.Path(path).read_text()
    out, ends = [], []
    for m in LINE.finditer(text):
        sym, name, cfn, why, attr, most, sep, _unnamed, arns, any_why, file = m.groups()
        if most is not None and not most.isdigit() and most not in CONSTANTS:
            sys.exit(f"{path}:{text.count(chr(10), 0, m.start()) + 1}: {name}: "
                     f"{most} is no number types_def.py knows")
        out.append(Type(sym, name, cfn, why, attr,
                        int(CONSTANTS.get(most, most)) if most else 0, sep or "", file,
                        "".join(STRING.findall(arns or "")).split("\\n") if arns else [],
                        any_why))
        ends.append((m.start(), m.end()))
    for n, line in enumerate(text.splitlines(), 1):
        if line.startswith("RESOURCE_TYPE("):
            at = sum(len(x) + 1 for x in text.splitlines()[:n - 1])
            if not any(s == at for s, _e in ends):
                sys.exit(f"{path}:{n}: not a line of types.def's form (its header): {line}")
    return out
