#!/usr/bin/env python3
"""provider/aws/checks/words/gen_words.py: the census of AWS's own words on
what terrace sends, and the ledger of their verdicts (`make words`).

    gen_words.py           rewrite each SERVICE.words beside it from the
                           pinned botocore's documentation, keeping every
                           verdict by its key; a new candidate gets "?"
    gen_words.py --check   exit 1 while a file differs from what the models
                           give, a candidate of a service in scope has no
                           verdict ("?"), or a verdict names a row that does
                           not exist; print
                           "aws words: S sentences, V verdicts, R rows"

What is a candidate. Every member terrace's code sends is in
tests/contract/members-code.txt (members_code.py's scan of the C source).
Of each operation that writes (not Get*, List*, Describe*, Head*), each
member's documentation in botocore's model is cut into sentences (a
paragraph, a list item, a sentence ending in ". "), and those carrying a
constraint cue (CUES below: must, can't, cannot, only if, required when,
at least, at most, valid values, not supported, mutually exclusive, the
same VPC/zone/region/account, ...; sentences.py's carries_cue: also
allowed and permitted outside the third scope) are candidates.

The key of a candidate is SERVICE, the member's path in the request
(Configuration.ResultConfiguration.OutputLocation) and the first 8 hex
digits of the sentence's SHA-256: the same sentence on the same member of
CreateX and ModifyX is one candidate, judged once, listing both places.

The CloudFormation half: the property descriptions of the registry's
schemas of the same services' types (cfn-words.json, which
extract_cfn_words.py takes from terraform-provider-awscc's copy), cut and
sifted alike. A sentence the API's documentation of the service says too is
judged once, with the API's candidate (its `at:` lists the property); the
others are keyed SERVICE cfn HASH, listing every type and property that
says them.

The third scope: the services of awscc types alone, which terrace's code
does not call (sentences.py's THIRD_SCOPE, brought in in the order the
published corpora use them). Their API candidates are the members, nested
ones too, of each operation that writes which the create and update
handlers of the service's registry types call (registry/handlers.json's
permissions: "connect:CreateQueue", the IAM prefix being the model's
signing name), keyed as above; their CloudFormation half is that of
their types, as above.

A verdict is one of:
    row ID          a words row (checks/rules.h's AWS_SAYS) whose id is ID
                    holds it; the row cites the sentence. A sentence said of
                    two types (the API's, also a registry schema's: its
                    at: lists both) names a row of each: "row ID ID2".
                    Every awscc type its at: names a registry property of
                    is a row's type (its glob: "awscc.rds.*"), or left out
                    with why: "row ID but not awscc.x.y (WHY)", several
                    joined with ", " (--check fails otherwise); so is the
                    awscc twin (types.def's) of a written type whose row
                    holds an API sentence, where the twin's create or update
                    handlers make the call (registry/handlers.json:
                    "kms:EnableKeyRotation"; --self-test holds the check)
    model           the service model's own constraint on the member (its
                    min, max, enum or pattern: checks/constraints.gen.c's
                    row of one of the places, its source "SERVICE OP PATH"
                    or "SERVICE OP PATH (a note)") holds it
    schema [PLACE]  a CloudFormation candidate the registry schema's own
                    keywords on one of its properties hold (enum, pattern,
                    a length's, a number's or a list's bounds, as the
                    pinned cfn-lint's copy has them: the awscc walk, and
                    through cfn.map the written twin, judge them; or the
                    type's dependentExcluded naming a top-level property, or
                    its object's required naming it); PLACE names the
                    registry property whose keywords hold it ("schema
                    AWS::Connect::Queue MaxContacts", of a type of the
                    candidate's service): an API candidate of the third
                    scope, whose member its awscc type sends, or a registry
                    sentence said of an object, held on one of its
                    properties
    written NAME    a written row whose function or macro is NAME holds it
                    (a service's rules.c, checks/ and the folders below it)
    no-rule WHY     not a rule on what the request sends (what AWS does,
                    a default, advice)
    unknowable WHY  not knowable before the call (another account's state,
                    what exists only at run time)
    vague WHY       a rule, but too vague to be a row without guessing
    elsewhere WHY   held where terrace builds the request (a member terrace
                    sets itself, never the stack)

A service is in scope when its .words file says so in a line of its own,
"# in scope: every candidate has a verdict" (kept when the file is written
again): then make words fails while one of its candidates has none. The
services not in scope are listed as not judged yet in the printed line.
"""
import fnmatch
import hashlib
import json
import pathlib
import re
import sys

import botocore
import botocore.loaders

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from sentences import SERVICES, carries_cue, sentences  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent.parent
MEMBERS = ROOT / "tests" / "contract" / "members-code.txt"
CONSTRAINTS = HERE.parent / "constraints.gen.c"
CFN_WORDS = HERE / "cfn-words.json"
HANDLERS = HERE.parent.parent / "cloudcontrol" / "registry" / "handlers.json"
PINNED_BOTOCORE = "1.43.11"

IN_SCOPE = "# in scope: every candidate has a verdict"

READS = re.compile(r"^(Get|List|Describe|Head|BatchGet|Search|Lookup)")
VERDICT = re.compile(r"^(row \S+(?: \S+)*|model|schema(?: AWS::\S+ \S+)?|written \S+|(?:no-rule|unknowable|vague|elsewhere) .+|\?)$")
SAYS = re.compile(r'AWS_SAYS\(\s*"([^"]+)",\s*(?:"([^"]+)"|\w+)')  # id, type (a macro's: "")
BUT_NOT = re.compile(r"(awscc\.[a-z0-9_]+\.[a-z0-9_]+) \(([^()]+)\)")


def row_ids(arg):
    """The row ids of a row verdict's argument, and {type: why} of those it
    leaves out ("ID ID2 but not awscc.x.y (WHY), awscc.x.z (WHY)")."""
    ids, _, left = arg.partition(" but not ")
    return ids.split(), dict(BUT_NOT.findall(left))


def awscc_type(place):
    """The awscc type a registry place ("AWS::RDS::DBInstance KmsKeyId") is
    of, as terraform-provider-awscc names it."""
    from awscc_names import snake
    _aws, service, resource = place.split()[0].split("::")
    return "awscc.%s.%s" % (service.lower(), snake(resource))


def member_of(shape, path):
    """The member at dotted path of input shape (a list's or map's value
    followed; the wire's member/entry words skipped)."""
    m = None
    for part in path.split("."):
        while shape is not None and shape.type_name in ("list", "map"):
            shape = shape.member if shape.type_name == "list" else shape.value
        if part in ("member", "entry", "item") and shape is not None and part not in shape.members:
            continue
        if shape is None or shape.type_name != "structure":
            return None
        m = shape.members.get(part)
        if m is None:
            for name, v in shape.members.items():
                ser = v.serialization
                if part in (ser.get("name"), ser.get("locationName"), ser.get("queryName")):
                    m = v
                    break
        if m is None:
            return None
        shape = m
    return m


def census():
    """{key: candidate}: each candidate's service, path, hash, sentence and
    places (operation names)."""
    import botocore.model
    loader = botocore.loaders.create_loader()
    models, found = {}, {}
    for line in MEMBERS.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        svc, op, path = line.split()
        if READS.match(op):
            continue
        if svc not in models:
            models[svc] = botocore.model.ServiceModel(loader.load_service_model(svc, "service-2"), svc)
        try:
            shape = models[svc].operation_model(op).input_shape
        except Exception:
            continue
        m = member_of(shape, path) if shape is not None else None
        if m is None:
            continue
        add_candidates(found, svc, path, op, m.documentation)
    return found


def add_candidates(found, svc, path, op, documentation):
    """Each sentence of a member's documentation that carries a cue into
    found, keyed SERVICE PATH HASH, with op among the places saying it."""
    for s in sentences(documentation):
        if not carries_cue(svc, s):
            continue
        h = hashlib.sha256(s.encode()).hexdigest()[:8]
        c = found.setdefault("%s %s %s" % (svc, path, h),
                             {"svc": svc, "path": path, "hash": h, "text": s, "places": []})
        if op not in c["places"]:
            c["places"].append(op)


def input_members(shape, path="", on_path=frozenset()):
    """(path, member) of every member of an input shape, nested ones too (a
    list's or map's value followed; a shape that contains itself walked
    once on each path)."""
    while shape.type_name in ("list", "map"):
        shape = shape.member if shape.type_name == "list" else shape.value
    if shape.type_name != "structure" or shape.name in on_path:
        return
    for name, m in shape.members.items():
        p = path + "." + name if path else name
        yield p, m
        yield from input_members(m, p, on_path | {shape.name})


def carried():
    """The CloudFormation types terrace carries as awscc types: those of
    cfn-lint's listing gen_schemas.py reads, and its registry-only ones."""
    import gen_schemas
    return set(gen_schemas.listing()[1]) | set(gen_schemas.TEMPLATE_ONLY)


def census_handlers(found):
    """The third scope's API half (sentences.py's THIRD_SCOPE: services of
    awscc types alone, which terrace's code does not call), and that of the
    written types' services of HANDLERS_TOO beside what terrace sends: the operations
    the create and update handlers of the service's registry types call
    (registry/handlers.json's permissions, "connect:CreateQueue": the
    service's IAM prefix, botocore's signing name, and an operation of its
    model that writes), and each member of their input, nested ones too,
    cut and sifted as census() does. A handler whose permissions name no
    operation (API Gateway's name HTTP methods, apigateway:POST) gives
    none. The prefix is matched as IAM matches it, whatever its case
    (CloudTrail's handlers name "CloudTrail:CreateTrail", signed
    cloudtrail). A service whose operations botocore keeps in several models
    signed alike reads each (sentences.py's MODELS: Bedrock's), under the IAM
    prefix its handlers name (IAM_PREFIX: S3 on Outposts' s3control). Only the
    types terrace carries (carried()) are read."""
    import botocore.model
    from sentences import HANDLERS_TOO, IAM_PREFIX, MODELS, THIRD_SCOPE
    loader = botocore.loaders.create_loader()
    handlers = json.loads(HANDLERS.read_text())
    types = carried()
    for cfn_svc, svc in sorted({**THIRD_SCOPE, **HANDLERS_TOO}.items()):
        for name in MODELS.get(svc, (svc,)):
            model = botocore.model.ServiceModel(loader.load_service_model(name, "service-2"),
                                                name)
            prefix = IAM_PREFIX.get((svc, name)) or model.metadata.get("signingName") or \
                model.metadata["endpointPrefix"]
            ops = set()
            for typ, h in handlers.items():
                if typ.split("::")[1] != cfn_svc or typ not in types:
                    continue
                for handler in ("create", "update"):
                    for perm in h.get(handler, {}).get("permissions", []):
                        pre, _, action = perm.partition(":")
                        if pre.lower() == prefix.lower() and \
                                action in model.operation_names and \
                                not READS.match(action):
                            ops.add(action)
            for op in sorted(ops):
                shape = model.operation_model(op).input_shape
                if shape is None:
                    continue
                for path, m in input_members(shape):
                    add_candidates(found, svc, path, op, m.documentation)
    return found


def census_cfn(found):
    """The CloudFormation half (cfn-words.json, extract_cfn_words.py): each
    sentence of a property's description carrying a cue, of the types of
    the services above. One the API's documentation of the same service
    says too is judged once: its place joins that candidate's. The others
    are keyed SERVICE cfn HASH, one for every type and property saying it."""
    from sentences import THIRD_SCOPE
    by_text, types = {}, carried()
    for key, c in found.items():
        by_text.setdefault((c["svc"], c["text"]), key)
    for typ, path, text in json.loads(CFN_WORDS.read_text()):
        svc = SERVICES[typ.split("::")[1]]
        if typ.split("::")[1] in THIRD_SCOPE and typ not in types:
            continue  # a type terrace does not carry (the third scope's alone)
        place = "%s %s" % (typ, path)
        key = by_text.get((svc, text))
        if key is None:
            h = hashlib.sha256(text.encode()).hexdigest()[:8]
            key = "%s cfn %s" % (svc, h)
            by_text[(svc, text)] = key
            found[key] = {"svc": svc, "path": None, "hash": h, "text": text, "places": []}
        if place not in found[key]["places"]:
            found[key]["places"].append(place)
    return found


KEYWORDS = ("enum", "pattern", "minLength", "maxLength", "minimum", "maximum", "minItems",
            "maxItems", "const", "anyOf", "oneOf")


def schema_holds(place):
    """Whether the pinned cfn-lint's schema of place ("AWS::X::Y Prop.Sub",
    or "AWS::X::Y #/definitions/Def.Prop") puts a keyword on that node
    (following $ref, a list's items), or a definition's property is one
    its object requires."""
    import gen_schemas
    typ, path = place.split(" ", 1)
    try:
        s = gen_schemas.registry_schema(typ)
    except Exception:
        return False

    def deref(n):
        for _ in range(8):
            ref = n.get("$ref") if isinstance(n, dict) else None
            if not ref or not ref.startswith("#/definitions/"):
                break
            n = s.get("definitions", {}).get(ref[len("#/definitions/"):], {})
        return n if isinstance(n, dict) else {}
    if path.startswith("#/definitions/"):
        name, _, rest = path[len("#/definitions/"):].partition(".")
        node = s.get("definitions", {}).get(name, {})
        parts = rest.split(".") if rest else []
    else:
        node, parts = s, ["<top>"] + path.split(".")
    required = False
    for i, part in enumerate(parts):
        node = deref(node)
        while node.get("type") == "array" and isinstance(node.get("items"), dict):
            node = deref(node["items"])
        required = part in node.get("required", ())
        node = node if part == "<top>" and i == 0 else node.get("properties", {}).get(part, {})
    node = deref(node)
    items = deref(node.get("items", {})) if isinstance(node.get("items"), dict) else {}
    excluded = s.get("dependentExcluded", {})
    if len(parts) == 2 and (parts[1] in excluded or
                            any(parts[1] in names for names in excluded.values())):
        return True  # the type's dependentExcluded names it (checks/schema/between.c)
    if required:
        return True  # a required property (the awscc walk asks for it)
    return any(k in node for k in KEYWORDS) or any(k in items for k in KEYWORDS)


def read_verdicts(path):
    """{key: verdict} of a .words file, and whether it is in scope."""
    verdicts, key, scope = {}, None, False
    if not path.exists():
        return verdicts, scope
    for line in path.read_text().splitlines():
        if line == IN_SCOPE:
            scope = True
        elif line.startswith("== "):
            key = line[3:].strip()
        elif line.startswith("   verdict: ") and key:
            verdicts[key] = line[len("   verdict: "):].strip()
    return verdicts, scope


def render(svc, cands, verdicts, scope):
    out = ["# provider/aws/checks/words/%s.words: AWS's documented constraints on what terrace" % svc,
           "# sends to %s, each with its verdict. The candidates are GENERATED by gen_words.py" % svc,
           "# from botocore %s's models (its header says how); the verdicts are judged by hand" % PINNED_BOTOCORE,
           "# and kept by key when the file is written again. \"?\": not judged yet."]
    if scope:
        out.append(IN_SCOPE)
    out.append("")
    for key in sorted(cands):
        c = cands[key]
        out.append("== " + key)
        out.append("   at: " + ", ".join(sorted(c["places"])))
        out.append("   says: " + c["text"])
        out.append("   verdict: " + verdicts.get(key, "?"))
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def sources_text():
    texts = []
    for p in sorted((ROOT / "provider" / "aws").glob("*/rules.c")) + \
            sorted((ROOT / "provider" / "aws" / "checks").glob("**/*.c")):
        texts.append(p.read_text())
    return "\n".join(texts)


_TWIN_CALLS = {}


def twins_calling(svc, ops, written):
    """The awscc twins (types.def's) of the written types `written` whose
    create or update handlers call one of `ops` of botocore service `svc`
    (registry/handlers.json's permissions, "kms:EnableKeyRotation": the
    model's signing name): an API sentence the written type's row holds
    is said of them too, as they send the same call."""
    if not _TWIN_CALLS:
        import botocore.loaders
        import gen_schemas
        sys.path.insert(0, str(ROOT / "provider" / "aws" / "gen"))
        import types_def
        loader = botocore.loaders.create_loader()
        _TWIN_CALLS["twins"] = {t.name: (t.cfn, gen_schemas.type_name(t.cfn))
                                for t in types_def.types() if t.cfn}
        _TWIN_CALLS["handlers"] = json.loads(HANDLERS.read_text())
        _TWIN_CALLS["loader"] = loader
        _TWIN_CALLS["prefix"] = {}
    if svc not in _TWIN_CALLS["prefix"]:
        md = _TWIN_CALLS["loader"].load_service_model(svc, "service-2")["metadata"]
        _TWIN_CALLS["prefix"][svc] = md.get("signingName") or md["endpointPrefix"]
    prefix = _TWIN_CALLS["prefix"][svc]
    out = set()
    for w in written:
        cfn, awscc = _TWIN_CALLS["twins"].get(w, (None, None))
        h = _TWIN_CALLS["handlers"].get(cfn, {})
        perms = {p for k in ("create", "update") for p in h.get(k, {}).get("permissions", [])}
        if any("%s:%s" % (prefix, op) in perms for op in ops):
            out.add(awscc)
    return out


def check_verdict(key, cand, verdict, rows, written_text, model_text):
    kind, _, arg = verdict.partition(" ")
    ids, left = row_ids(arg) if kind == "row" else ([], {})
    missing = [r for r in ids if r not in rows]
    if missing:
        return "names row %s, which no AWS_SAYS row has" % ", ".join(missing)
    if kind == "row":
        said = {awscc_type(p) for p in cand["places"] if "::" in p}
        # an API sentence a written type's row holds is said of its awscc
        # twin too where the twin's handlers make the same call
        said |= twins_calling(cand["svc"], [p for p in cand["places"] if "::" not in p],
                              {rows[r] for r in ids})
        bare = sorted(t for t in said - set(left)
                      if not any(fnmatch.fnmatchcase(t, rows[r]) for r in ids))
        if bare:
            return "is said of %s too, which no row of it holds (a row of each, or \"but " \
                   "not TYPE (WHY)\")" % ", ".join(bare)
        stray = sorted(set(left) - said)
        if stray:
            return "leaves out %s, which the sentence is not said of" % ", ".join(stray)
    if kind == "written" and not re.search(r"\b%s\b" % re.escape(arg), written_text):
        return "names %s, which no written row has" % arg
    if kind == "model" and not any(re.search(r'"%s %s %s(?: \([^"]*)?"' % (
            re.escape(cand["svc"]), re.escape(op), re.escape(cand["path"])), model_text)
                                   for op in cand["places"] if cand["path"]):
        return "says the model's row holds it, but constraints.gen.c has no row of %s" % (
            ", ".join("%s %s" % (op, cand["path"]) for op in cand["places"]))
    if kind == "schema" and arg:
        svc = arg.split("::")[1] if arg.count("::") == 2 else ""
        if SERVICES.get(svc) != cand["svc"]:
            return "names %s, which is no registry property of this service's types" % arg
        if not schema_holds(arg):
            return "says the registry schema's keywords on %s hold it, but that property " \
                   "has none (enum, pattern, bounds)" % arg
    if kind == "schema" and not arg and not any(schema_holds(place) for place in cand["places"]
                                                if "::" in place):
        return "says the registry schema's keywords hold it, but no property it is said of " \
               "has one (enum, pattern, bounds)"
    if not VERDICT.match(verdict):
        return "has verdict %r, which is none of row, model, schema, written, no-rule, " \
               "unknowable, vague, elsewhere" % verdict
    return None


def self_test():
    """--check's own check: a row verdict of an API sentence the written
    type's row holds fails while the awscc twin whose handlers make the call
    has no row of it nor a "but not" saying why, and passes with either."""
    sys.path.insert(0, str(HERE.parent.parent / "cloudcontrol"))
    cand = {"svc": "kms", "places": {"EnableKeyRotation"}, "path": "KeyId"}
    rows = {"kms.rotation_symmetric_only": "aws.kms.key",
            "kms.cfn_rotation_symmetric_only": "awscc.kms.key"}
    cases = [("row kms.rotation_symmetric_only", "is said of awscc.kms.key too"),
             ("row kms.rotation_symmetric_only kms.cfn_rotation_symmetric_only", None),
             ("row kms.rotation_symmetric_only but not awscc.kms.key (its handler never "
              "enables rotation)", None)]
    for verdict, want in cases:
        got = check_verdict("kms KeyId test", cand, verdict, rows, "", "")
        if (want is None) != (got is None) or (want and want not in got):
            sys.exit("gen_words --self-test: %r gave %r, not %r" % (verdict, got, want))
    print("gen_words --self-test: %d verdicts judged as they should be" % len(cases))


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    check = "--check" in sys.argv[1:]
    if botocore.__version__ != PINNED_BOTOCORE:
        sys.exit("gen_words: botocore %s is installed, the census is of %s" %
                 (botocore.__version__, PINNED_BOTOCORE))
    sys.path.insert(0, str(HERE.parent.parent / "cloudcontrol"))
    found = census_cfn(census_handlers(census()))
    by_svc = {}
    for key, c in found.items():
        by_svc.setdefault(c["svc"], {})[key] = c
    written_text = sources_text()
    rows = dict(SAYS.findall(written_text))
    model_text = CONSTRAINTS.read_text()
    failed, verdicts_n, judged_rows, pending = False, 0, set(), []
    for svc in sorted(by_svc):
        path = HERE / ("%s.words" % svc)
        verdicts, scope = read_verdicts(path)
        text = render(svc, by_svc[svc], verdicts, scope)
        stale = sorted(set(verdicts) - set(by_svc[svc]))
        if check:
            if not path.exists() or path.read_text() != text:
                print("gen_words: %s differs from the census (gen_words.py writes it)" %
                      path.relative_to(ROOT), file=sys.stderr)
                failed = True
            for key in stale:
                print("gen_words: %s: %s: a verdict of no candidate (the sentence changed?)" %
                      (path.name, key), file=sys.stderr)
                failed = True
        else:
            path.write_text(text)
        unjudged = 0
        for key, c in sorted(by_svc[svc].items()):
            v = verdicts.get(key, "?")
            if v == "?":
                unjudged += 1
                continue
            verdicts_n += 1
            why = check_verdict(key, c, v, rows, written_text, model_text)
            if why:
                print("gen_words: %s.words: %s %s" % (svc, key, why), file=sys.stderr)
                failed = True
            kind, _, arg = v.partition(" ")
            if kind == "row":
                judged_rows.update("row " + r for r in row_ids(arg)[0])
            elif kind == "written":
                judged_rows.add(v)
            elif kind == "model":
                judged_rows.update("model %s %s" % (op, c["path"]) for op in c["places"]
                                   if c["path"] and "::" not in op)
        if unjudged and scope:
            print("gen_words: %s.words: %d candidates have no verdict" % (svc, unjudged),
                  file=sys.stderr)
            failed = True
        if unjudged:
            pending.append("%s %d" % (svc, unjudged))
    unnamed = sorted(r for r in rows if "row " + r not in judged_rows)
    for r in unnamed:
        print("gen_words: row %s holds no sentence of the ledger" % r, file=sys.stderr)
        failed = True
    line = "aws words: %d sentences, %d verdicts, %d rows" % (len(found), verdicts_n,
                                                              len(judged_rows))
    if pending:
        line += " (not judged yet: %s)" % ", ".join(pending)
    print(line)
    return 1 if failed and check else 0


if __name__ == "__main__":
    sys.exit(main())
