#!/usr/bin/env python3
"""
provider/aws/gen/gen_paginators.py: the paginator rows of
provider/aws/transport/paginators.gen.c, from botocore's paginators-1.json
(the installed botocore, the copy gen_constraints.py reads; its version is
written in the table's header) for every service terrace calls (the services
tests/contract/members-code.txt names).

A row gives what botocore's paginator says, in the wire's own names, so that
one engine (provider/aws/transport/paging.c) pages every operation:
  - input_token: where the token goes back in: a JSON member (json), a query
    parameter (query, ec2; rest-json's and rest-xml's querystring names);
  - output_token, more_results, result: where they are in the answer, as a
    '/'-separated path of JSON members or of XML elements under the result
    element (query: ACTIONResult; ec2 and rest-xml: the root), a list's
    elements named ("Roles/member", "subnetSet/item");
An operation that pages by its model (a token member in its input and in
its output: NextToken, Marker and NextMarker, ...) but that paginators-1.json
leaves out (EventBridge's ListEventBuses, Athena's ListWorkGroups) gets a row
inferred from the model, marked so: the token in and out, the output's one
list its results (none named when it has two). So an operation without a
row does not page: the engine makes one call of it.
An operation whose token botocore computes by an expression (S3 ListObjects'
"NextMarker || Contents[-1].Key", Kinesis DescribeStream's last shard) has a
row without tokens, named in the table's comment: nothing here evaluates
them, and the engine refuses to page it.

    provider/aws/gen/gen_paginators.py           write the table
    provider/aws/gen/gen_paginators.py --check   exit 1 when it differs
"""
import pathlib
import re
import sys

import botocore
import botocore.loaders

HERE = pathlib.Path(__file__).resolve().parent
AWS = HERE.parent
ROOT = AWS.parent.parent
OUT = AWS / "transport" / "paginators.gen.c"
MEMBERS = ROOT / "tests" / "contract" / "members-code.txt"
LOADER = botocore.loaders.create_loader()

# The token pairs (input member, output member) a model pages by.
TOKEN_PAIRS = [("NextToken", "NextToken"), ("nextToken", "nextToken"), ("Marker", "Marker"),
               ("Marker", "NextMarker"), ("marker", "marker"), ("NextMarker", "NextMarker")]


def services():
    names = set()
    for line in MEMBERS.read_text().splitlines():
        if line and not line.startswith("#"):
            names.add(line.split()[0])
    return sorted(names)


def c_str(s):
    return "NULL" if s is None else '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Wire:
    """The wire names of one service's shapes."""

    def __init__(self, name):
        self.m = LOADER.load_service_model(name, "service-2")
        meta = self.m["metadata"]
        # The protocol terrace speaks: query where the service still offers
        # it beside a newer one (CloudWatch: smithy-rpc-v2-cbor, json, query).
        self.protocol = "query" if "query" in meta.get("protocols", []) else meta["protocol"]
        self.signing = self.m["metadata"].get("signingName") or self.m["metadata"]["endpointPrefix"]

    def shape(self, name):
        return self.m["shapes"][name]

    def input_name(self, op, member):
        """Where input member `member` goes: its querystring name for the
        rest protocols, its JSON member or query parameter otherwise."""
        shape = self.shape(self.m["operations"][op]["input"]["shape"])
        ref = shape["members"][member]
        if self.protocol in ("rest-json", "rest-xml"):
            if ref.get("location") != "querystring":
                if self.protocol == "rest-json" and "location" not in ref:
                    return member, False   # in the JSON body
                raise ValueError(f"input token {member} is not in the query string")
            return ref["locationName"], True
        if self.protocol == "ec2":
            return ref.get("queryName") or (ref.get("locationName", member)[:1].upper() +
                                              ref.get("locationName", member)[1:]), True
        return member, self.protocol == "query"

    def output_path(self, op, expr, list_items):
        """The wire path of the dotted output expression `expr`; with
        list_items, a list at its end gets its elements' name."""
        if not re.fullmatch(r"[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*", expr):
            raise ValueError(f"expression {expr!r}")
        out = self.m["operations"][op].get("output")
        shape = self.shape(out["shape"])
        parts = []
        for part in expr.split("."):
            ref = shape["members"][part]
            if self.protocol in ("json", "rest-json"):
                parts.append(part)
            else:
                parts.append(ref.get("locationName", part))
            shape = self.shape(ref["shape"])
            if self.protocol not in ("json", "rest-json") and shape["type"] == "list" and list_items:
                member = shape["member"]
                if shape.get("flattened"):
                    # a flattened list repeats its own element
                    parts[-1] = member.get("locationName", parts[-1])
                else:
                    parts.append(member.get("locationName",
                                            "item" if self.protocol == "ec2" else "member"))
        return "/".join(parts)


def inferred(w, op):
    """The paginator of an operation paginators-1.json leaves out, from its
    model, or None when the model shows no token in and out."""
    o = w.m["operations"][op]
    if "input" not in o or "output" not in o:
        return None
    ins = w.shape(o["input"]["shape"]).get("members", {})
    outs = w.shape(o["output"]["shape"]).get("members", {})
    pairs = [(i, t) for i, t in TOKEN_PAIRS if i in ins and t in outs]
    if len(pairs) != 1:
        return None
    lists = [k for k, ref in outs.items() if w.shape(ref["shape"])["type"] == "list"]
    p = {"input_token": pairs[0][0], "output_token": pairs[0][1], "inferred": True}
    if len(lists) == 1:
        p["result_key"] = lists[0]
    return p


def rows():
    out, skipped = [], []
    for name in services():
        try:
            pages = dict(LOADER.load_service_model(name, "paginators-1")["pagination"])
        except Exception:
            pages = {}
        w = Wire(name)
        for op in w.m["operations"]:
            if op not in pages:
                p = inferred(w, op)
                if p:
                    pages[op] = p
        for op in sorted(pages):
            p = pages[op]
            if op not in w.m["operations"]:
                continue

            def many(v):
                return v if isinstance(v, list) else [v]
            try:
                ins = [w.input_name(op, t) for t in many(p["input_token"])]
                outs = [w.output_path(op, t, False) for t in many(p["output_token"])]
                more = w.output_path(op, p["more_results"], False) if p.get("more_results") else None
                results = many(p.get("result_key")) if p.get("result_key") else []
                result = w.output_path(op, results[0], True) if results else None
            except (ValueError, KeyError) as e:
                # paged, but not by a row: the engine refuses it
                skipped.append(f"{name} {op} ({e})")
                out.append((w.signing, op, w.protocol, [], [], None, None, False))
                continue
            if len(ins) > 2 or len(outs) > 2:
                skipped.append(f"{name} {op} (more than two tokens)")
                continue
            out.append((w.signing, op, w.protocol, ins, outs, more, result, p.get("inferred")))
    out.sort(key=lambda r: (r[0], r[1]))
    return out, skipped


def render():
    table, skipped = rows()
    lines = [
        "/*",
        " * transport/paginators.gen.c: GENERATED by provider/aws/gen/gen_paginators.py",
        f" * from botocore {botocore.__version__}'s paginators-1.json and service models, for the",
        " * services tests/contract/members-code.txt names; do not edit (`make paginators`).",
        " * One row per paginated operation, sorted by service and operation, in the",
        " * wire's names (paging.h); a row marked \"from the model\" is one",
        " * paginators-1.json leaves out, inferred from the operation's tokens.",
        " * Without tokens (botocore computes the token by an expression, which",
        " * nothing here evaluates: the engine refuses to page them):",
    ]
    for s in skipped:
        lines.append(f" *   {s}")
    lines += [
        " */",
        '#include "provider/aws/transport/paging.h"',
        "",
        "const struct aws_paginator aws_paginators[] = {",
    ]
    for signing, op, protocol, ins, outs, more, result, guessed in table:
        in_names = ", ".join(c_str(n) for n, _ in ins) or "NULL"
        in_query = "true" if ins and ins[0][1] else "false"
        lines.append(f"\t{{ {c_str(signing)}, {c_str(op)}, {{ {in_names} }}, {in_query}, "
                     f"{{ {', '.join(c_str(o) for o in outs) or 'NULL'} }}, {c_str(more)}, {c_str(result)} }},"
                     + (" /* from the model */" if guessed else ""))
    lines += ["};", "",
              "const size_t aws_paginators_count = sizeof(aws_paginators) / sizeof(*aws_paginators);",
              ""]
    return "\n".join(lines)


def main():
    text = render()
    if sys.argv[1:] == ["--check"]:
        if not OUT.exists() or OUT.read_text() != text:
            sys.exit(f"{OUT.relative_to(ROOT)} differs from what gen_paginators.py writes: "
                     "run `make paginators` and commit it")
        return
    OUT.write_text(text)


if __name__ == "__main__":
    main()
