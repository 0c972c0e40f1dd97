#!/usr/bin/env python3
"""tests/contract/members_code.py: the request members terrace's code can
send, found in the C source of provider/aws/ and held against botocore's
models: what the integration tests never sent is counted too.

    tests/contract/members_code.py           write tests/contract/members-code.txt
    tests/contract/members_code.py --check   exit 1 while members-code.txt differs
                                             from what the source gives, or while a
                                             member of members-sent.txt (what the
                                             suite sent) is not found and not listed
                                             in members-code-misses.txt (`make unit`)
    tests/contract/members_code.py --misses  print the suite's members the scan
                                             does not find

How it reads the code (a static scan, not a compiler): each file's string
literals, comments left aside, split into words ("Tags.member.%d.Key" gives
Tags, member, Key; "<Transition><Days>" gives Transition, Days), but for the
actions of a policy's text, a word after "PREFIX:" ("SNS:Publish": no call). A function's
words are its own, its file's outside any function (struct initializers such
as a tagging table's member names, #defines) and, through every call it makes
by name (and every function of its file it names in a struct initializer: the
callbacks it hands a helper), those of the functions it calls, in any file of provider/aws/ (tags.c,
listing.c, rds/dbinstance.c ... hold the calls several services share). An
operation is sent from a function when a word in that reach is one of the
operations of the function's service (by its file's folder, the service's
own, else SHARED_SERVICES below for a file of the top); of that
operation, a member is sent when every part of its path (the models' name, or
the name on the wire: locationName, queryName, EC2's capitalized
locationName) is a word in that reach. An operation's required members and a
REST operation's URI labels are counted whenever it is: a request without
them is not one. Only real members of the operation come out, so a word that
is not a member name is harmless; a member whose name the code builds at run
time (from a variable, a table the call passes by pointer to a file of its
own) is what it misses, and members-code-misses.txt lists those the suite
shows, each with its reason.

A call to a paging engine of transport/paging.h (PAGING_ENGINES) sends the
operation's page token too: the members its paginator takes the token in,
as provider/aws/gen/gen_paginators.py reads them (botocore's paginators, or
the model's own tokens), for the operations of the service whose folder
makes the call (any, from shared code: listing.c's listings).
"""
import collections
import importlib.util
import pathlib
import re
import sys

import botocore.loaders

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
AWS = ROOT / "provider" / "aws"
OUT = ROOT / "tests" / "contract" / "members-code.txt"
SENT = ROOT / "tests" / "contract" / "members-sent.txt"
MISSES = ROOT / "tests" / "contract" / "members-code-misses.txt"


def _load_services():
    spec = importlib.util.spec_from_file_location("gen_services", AWS / "gen" / "gen_services.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.read_services()


# The service each file's calls go to is its folder's (provider/aws/<service>/,
# its row of services.def names botocore's model of it); a file of the
# top or of checks/ is shared code, whose calls count for the service of the function
# that reaches them, but for the few named in SHARED_SERVICES (with the two
# files of rds/ that Redshift's types call as much as RDS's, and the folders
# of no service, build/ and run/: shared code).
FOLDER_SERVICE = {row["home"]: row["botocore"] for row in _load_services()
                  if row["home"] not in ("transport", "checks/kinds")}
SHARED_SERVICES = {
    "permissions.c": ["iam"], "build/build_cache_s3.c": ["s3"],
    "run/run_targets.c": ["events"], "run/run_job.c": [],
    "transport/s3.c": ["s3"], "transport/multipart.c": ["s3"],
    "rds/dbinstance.c": [], "rds/subnet_groups.c": [],
}
# Not request code: the tables of checks (each service's rules.c, and
# checks/'s; the kinds of identifiers, checks/kinds/, but kinds/reads.c,
# which reads AWS) and what they generate, zip writing, the
# permissions a plan needs (their words are action names).
NOT_SCANNED = {"checks/run_values.c", "checks/constraints.gen.c", "permissions.gen.c", "checks/common.c", "checks/run_stack.c",
               "checks/roles.c", "checks/tables.c", "build/zip.c", "build/build_python.c"}
# Folders of no service: every file in them is checks across types or
# attributes, which call nothing (kinds/: kinds, facts, associations,
# siblings; between/: rules between attributes), but what reads a literal
# of a kind (kinds/reads.c), scanned.
NOT_SCANNED_FOLDERS = ("checks/kinds/", "checks/between/")
SCANNED_IN_FOLDERS = {"checks/kinds/reads.c"}
# transport/ is the protocols' code, but for S3's calls made there: a
# bucket emptied in batches, tags, uploads in parts.
TRANSPORT = ["s3.c", "multipart.c"]
# The engines that page an operation as its paginator says (paging.h).
PAGING_ENGINES = {"aws_json_paged", "aws_rest_json_paged", "aws_query_paged", "aws_query_list",
                  "aws_rest_xml_paged", "s3_list_paged"}
PAGED = "@paged:"  # + the caller's service ("*": shared code), added to its reach
MAX_DEPTH = 12

LOADER = botocore.loaders.create_loader()
_models = {}


def model(service):
    if service not in _models:
        _models[service] = LOADER.load_service_model(service, "service-2")
    return _models[service]


def services_of(rel):
    """The services of the file at rel (a path under provider/aws/)."""
    if rel in SHARED_SERVICES:
        return SHARED_SERVICES[rel]
    folder = rel.split("/")[0] if "/" in rel and not rel.startswith(("transport/", "checks/")) else None
    return [FOLDER_SERVICE.get(folder, folder)] if folder else []


STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
# a comment, or a string or character literal to keep as it is ("http://...")
COMMENT = re.compile(r"(/\*.*?\*/|//[^\n]*)|(\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*')", re.S)
WORD = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
CALL = re.compile(r"\b([A-Za-z_]\w*)\s*\(")
IDENT = re.compile(r"\b([A-Za-z_]\w*)\b")
INITIALIZER = re.compile(r"=\s*(?:\([^()]*\)\s*)?\{([^{}]*)\}")
NATIVE_FUNCTIONS = re.compile(r"^AWS_NATIVE_FUNCTIONS\([^)]*\)[ \t]*$", re.M)
FUNC_HEAD = re.compile(r"([A-Za-z_]\w*)\s*\([^;{}]*\)\s*$", re.S)
KEYWORDS = {"if", "for", "while", "switch", "return", "sizeof", "defined"}


IAM_ACTION = re.compile(r"[A-Za-z0-9-]+:")
FORMAT = re.compile(r"%[-+ #0-9.*]*(?:zu|zd|ll[du]|l[du]|[dusx])")


def words_of(text):
    """The words of the string literals in text; those that follow a "." in
    their literal (formats left out: "%s.FromPort") are also marked with a
    leading "^" unless a "." comes before them ("%s.FromPort": a query key's
    inner part, never its first)."""
    out = set()
    for s in STRING.findall(text):
        s = FORMAT.sub("", s.replace("\\n", " ").replace("\\t", " "))
        for m in WORD.finditer(s):
            if IAM_ACTION.fullmatch(re.split(r'[\s"\[,{]', s[:m.start()])[-1]):
                continue  # an IAM action in a policy's text ("SNS:Publish"): no call
            out.add(m.group(0))
            if m.start() == 0 or s[m.start() - 1] != ".":
                out.add("^" + m.group(0))
    return out


def parse(path):
    """{function name: (words, called names)} and the file's own words (those
    outside any function)."""
    text = COMMENT.sub(lambda m: " " if m.group(1) else m.group(2), path.read_text(errors="replace"))
    # A macro that defines functions (adopt.h's AWS_NATIVE_FUNCTIONS) ends
    # in no ";": left in, it would name the function after it.
    text = NATIVE_FUNCTIONS.sub(" ", text)
    funcs = {}
    outside = []
    pos = 0
    for m in re.finditer(r"^\{\n(.*?)^\}", text, re.S | re.M):
        head = text[pos:m.start()]
        name = FUNC_HEAD.search(head)
        outside.append(head)
        body = m.group(1)
        if name:
            calls = {c for c in CALL.findall(body) if c not in KEYWORDS}
            funcs[name.group(1)] = (words_of(body), calls, body)
        else:  # an initializer at column 0: the file's words
            outside.append(m.group(0))
        pos = m.end()
    outside.append(text[pos:])
    # A function of the file named in a struct initializer of a function
    # (the callbacks handed to a helper that calls them back:
    # aws_create_tokened's send) is reached too; one passed as an argument
    # (a read handed to aws_read_written) is not: it reads, never sends.
    for f, (words, calls, body) in list(funcs.items()):
        inits = " ".join(INITIALIZER.findall(STRING.sub(" ", body)))
        named = {w for w in IDENT.findall(inits) if w in funcs and w != f}
        funcs[f] = (words, calls | named)
    return funcs, words_of("\n".join(outside))


def load_source():
    files = {}
    for p in sorted(AWS.glob("*.c")) + sorted(AWS.glob("*/*.c")):
        rel = p.relative_to(AWS).as_posix()
        if rel.startswith("transport/") and p.name not in TRANSPORT:
            continue
        if rel not in NOT_SCANNED and p.name != "rules.c" and \
                (not rel.startswith(NOT_SCANNED_FOLDERS) or rel in SCANNED_IN_FOLDERS):
            files[rel] = parse(p)
    return files


def reach(files):
    """{(file, function): (words)} over every call, and the files whose
    functions are roots (a service's)."""
    by_name = collections.defaultdict(list)
    for f, (funcs, _w) in files.items():
        for name in funcs:
            by_name[name].append(f)

    memo = {}

    def words(f, name, seen):
        key = (f, name)
        if key in memo:
            return memo[key]
        if key in seen:
            return set()
        seen = seen | {key}
        own, calls = files[f][0][name]
        out = set(own) | files[f][1]
        if PAGING_ENGINES & set(calls):
            out |= {PAGED + s for s in services_of(f)} or {PAGED + "*"}
        for c in calls:
            where = [f] if f in by_name.get(c, []) else by_name.get(c, [])
            for g in where:
                out |= words(g, c, seen)
        memo[key] = out
        return out

    return {(f, name): words(f, name, frozenset()) for f, (funcs, _w) in files.items()
            for name in funcs}


def wire_names(name, ref, protocol):
    """The names a member goes by in a request: EC2's query name (its
    locationName, "cidrIp", is the answer's, not the request's), another
    protocol's locationName, and the model's own name."""
    loc = ref.get("locationName", name)
    if protocol == "ec2":
        return {ref.get("queryName") or loc[:1].upper() + loc[1:]}
    return {name, loc}


def protocol_of(m):
    """The protocol terrace speaks to a service: query where the model
    offers it among others (CloudWatch's), as check.py decides."""
    protocols = m["metadata"].get("protocols", [m["metadata"]["protocol"]])
    return "query" if "query" in protocols else m["metadata"]["protocol"]


def member_paths(m, shape, prefix="", depth=0):
    """[(path, [set of names of each part])] of every member a request can
    hold, as check.py --members records them: a list's elements under the
    list's name, a structure by its members, a map as one member."""
    out = []
    if depth > MAX_DEPTH:
        return out
    protocol = protocol_of(m)
    for name, ref in shape.get("members", {}).items():
        ms = m["shapes"][ref["shape"]]
        names = wire_names(name, ref, protocol)
        inner = ms
        if ms["type"] == "list":
            inner = m["shapes"][ms["member"]["shape"]]
            if protocol != "ec2":
                names |= {ms["member"].get("locationName", name)} - {"member"}
        path = prefix + name
        if inner["type"] == "structure":
            for sub, parts in member_paths(m, inner, path + ".", depth + 1):
                out.append((sub, [names] + parts))
        else:
            out.append((path, [names]))
    return out


def always_sent(m, op):
    """Members an operation's request cannot be without: required ones and
    a REST operation's URI labels."""
    ref = m["operations"][op].get("input")
    if not ref:
        return set()
    shape = m["shapes"][ref["shape"]]
    out = set()
    for name, r in shape.get("members", {}).items():
        ms = m["shapes"][r["shape"]]
        if ms["type"] in ("structure",) or (ms["type"] == "list" and
                                             m["shapes"][ms["member"]["shape"]]["type"] == "structure"):
            continue  # a structure's own members say what of it is sent
        if name in shape.get("required", []) or r.get("location") == "uri":
            out.add(name)
    return out


def typed_roots(files, words):
    """{(file, "typed"): words} for each type file whose entry points are a
    shared table (`.typed = &TABLE`, the subnet groups'): its own words (its
    descriptor, `.data`) with those the table's functions reach."""
    out = {}
    texts = {f: (AWS / f).read_text(errors="replace") for f in files}
    for f, text in texts.items():
        for table in re.findall(r"\.typed\s*=\s*&\s*(\w+)", text):
            for g, gtext in texts.items():
                m = re.search(r"\b%s\s*=\s*\{(.*?)\n\};" % table, gtext, re.S)
                if not m:
                    continue
                w = set(files[f][1])
                for fn in re.findall(r"\.\w+\s*=\s*(\w+)", m.group(1)):
                    w |= words.get((g, fn), set())
                out[(f, "typed")] = w
    return out


_gen = {}


def gen_paginators():
    if "mod" not in _gen:
        spec = importlib.util.spec_from_file_location("gen_paginators",
                                                      AWS / "gen" / "gen_paginators.py")
        _gen["mod"] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(_gen["mod"])
    return _gen["mod"]


def page_tokens(service, op):
    """The members an operation's paginator takes its token in (model names),
    as gen_paginators.py finds them: botocore's paginator, or the model's."""
    gen = gen_paginators()
    try:
        pages = LOADER.load_service_model(service, "paginators-1")["pagination"]
    except Exception:
        pages = {}
    p = pages.get(op) or gen.inferred(gen.Wire(service), op)
    tokens = (p or {}).get("input_token") or []
    return set(tokens if isinstance(tokens, list) else [tokens])


def scan():
    """{(service, operation): set of members} the code can send."""
    files = load_source()
    words = reach(files)
    words.update(typed_roots(files, words))
    found = collections.defaultdict(set)
    paths = {}
    for (f, _name), w in words.items():
        for service in services_of(f):
            m = model(service)
            for op in sorted(w & set(m["operations"])):
                ref = m["operations"][op].get("input")
                if (service, op) not in paths:
                    paths[(service, op)] = member_paths(m, m["shapes"][ref["shape"]]) if ref else []
                got = found[(service, op)]
                got |= always_sent(m, op)
                if ref and (PAGED + service in w or PAGED + "*" in w):
                    got |= page_tokens(service, op) & set(m["shapes"][ref["shape"]]["members"])
                query = protocol_of(m) in ("query", "ec2")
                for path, parts in paths[(service, op)]:
                    # a query key starts with its top-level member: a word
                    # only ever after a "." ("%s.FromPort") is not one
                    if query and not {"^" + n for n in parts[0]} & w:
                        continue
                    if all(p & w for p in parts):
                        got.add(path)
    return {k: v for k, v in found.items()}


HEADER = """\
# tests/contract/members-code.txt: GENERATED by tests/contract/members_code.py
# from the C source of provider/aws/; do not edit (`make members-code`).
# One line per member a request terrace's code can send: SERVICE OPERATION
# MEMBER, as members-sent.txt (what the suite sent) writes them. A static
# scan: how it reads the code, and what it misses, is the comment at the top
# of members_code.py and tests/contract/members-code-misses.txt.
"""


def render(found):
    lines = sorted(f"{s} {op} {mem}" for (s, op), mems in found.items() for mem in mems)
    return HEADER + "".join(line + "\n" for line in lines)


def read_list(path):
    return {tuple(line.split()[:3]) for line in path.read_text().splitlines()
            if line.strip() and not line.startswith("#")}


def misses_listed():
    """{(kind, service, op, member): (reason, line)} of members-code-misses.txt,
    kind "missed" or "not-sent"."""
    out = {}
    for n, line in enumerate(MISSES.read_text().splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            head, _, reason = line.partition(": ")
            words = head.split()
            if len(words) != 4 or words[0] not in ("missed", "not-sent") or not reason.strip():
                sys.exit(f"{MISSES.relative_to(ROOT)}:{n}: expected missed|not-sent SERVICE "
                         "OPERATION MEMBER: REASON")
            out[tuple(words)] = (reason.strip(), n)
    return out


def main():
    args = sys.argv[1:]
    scanned = scan()
    listed = misses_listed()
    not_sent = {k[1:] for k in listed if k[0] == "not-sent"}
    found = {key: {m for m in mems if (*key, m) not in not_sent} for key, mems in scanned.items()}
    code = {(s, op, m) for (s, op), mems in found.items() for m in mems}
    sent = read_list(SENT)
    missed = sorted(sent - code)
    if args == ["--misses"]:
        for k in missed:
            print(" ".join(k))
        print(f"# {len(missed)} of {len(sent)} members the suite sent not found in the code; "
              f"{len(code)} found, {len(code - sent)} of them never sent by the suite",
              file=sys.stderr)
        return 0
    if args == ["--check"]:
        problems = []
        if not OUT.exists() or OUT.read_text() != render(found):
            listed_code = read_list(OUT) if OUT.exists() else set()
            news, gone = sorted(code - listed_code), sorted(listed_code - code)
            problems.append(f"{OUT.relative_to(ROOT)} differs from what the source gives: "
                            "run `make members-code`"
                            + "".join(f"\n  not listed: {' '.join(k)}" for k in news[:12])
                            + "".join(f"\n  listed, not in the code: {' '.join(k)}"
                                      for k in gone[:12]))
        for k in missed:
            if ("missed", *k) not in listed:
                problems.append(f"{' '.join(k)}: the suite sent it (members-sent.txt) but the "
                                "scan of the code does not find it, and members-code-misses.txt "
                                "does not say why")
        for (kind, *k), (_reason, n) in sorted(listed.items(), key=lambda kv: kv[1][1]):
            k = tuple(k)
            if kind == "missed" and (k not in sent or k in code):
                why = "found by the scan now" if k in code else "not in members-sent.txt"
            elif kind == "not-sent" and k[2] not in scanned.get(k[:2], set()):
                why = "the scan does not find it any more"
            elif kind == "not-sent" and k in sent:
                why = "the suite sent it (members-sent.txt)"
            else:
                continue
            problems.append(f"{MISSES.relative_to(ROOT)}:{n}: {kind} {' '.join(k)}: {why}: "
                            "remove the line")
        for p in problems:
            print("members-code: " + p, file=sys.stderr)
        return 1 if problems else 0
    if args:
        sys.exit("usage: members_code.py [--check | --misses]")
    OUT.write_text(render(found))
    print(f"members_code: wrote {OUT.relative_to(ROOT)}: {len(code)} members of "
          f"{len(found)} operations; {len(missed)} of the {len(sent)} the suite sent not found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
