#!/usr/bin/env python3
"""judge.py: the published corpora of tests/corpus/ through `terrace convert`
and `terrace validate`, each file alone, and held to a reviewed list.

    judge.py awscc    TERRACE WORKDIR   # tests/corpus/awscc-examples: each .tf with a resource
    judge.py cfn-good TERRACE WORKDIR   # tests/corpus/cfn-lint/templates/good: each template
    ... --update                        # rewrite the corpus's refused.txt from this run
    ... --root DIR                      # DIR instead of the corpus's folder (the judge's own test)
    ... --plan PROVIDERS.yaml           # and plan each accepted stack whose types moto serves

Each file is copied alone into a folder of its own, converted (the kind given
with -from), laid out, and the stack validated. A file's verdict is one of:
  accepted   convert exit 0 or 3 (constructs left out, named), validate exit 0
  refused    validate exit 1: the first error line is the reason
  broken     convert exit 1 (or anything else): a source convert cannot read
             (listed too when it is not a source at all, with why)
With --plan, each accepted stack whose every resource's CloudFormation type
moto's Cloud Control serves (moto's CloudFormation models, as the harness's
cloudcontrol_api.py serves them) and that needs no variable's value is planned
(`terrace plan -input=false`) with PROVIDERS.yaml beside it (a provider
pointing at the server); a plan that fails fails the run, unless refused.txt
lists the file with a kind beginning "at plan:" and the plan's error.
The corpus's refused.txt lists the files that may be refused, one a line:
"PATH<TAB>the kind of the example's own mistake<TAB>terrace's first error
(or a part of it)", reviewed by hand: the refusal must be for that error
(the last column is a substring of the first error line). Prints one line per disagreement and a closing summary line
"judge: N files: A accepted, R refused (listed), L left-out constructs in C
files"; exit 1 when a file is broken, refused but not listed (or listed for
another reason), or listed but accepted.
"""
import concurrent.futures
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
CORPORA = {
    # name: (folder, glob, -from, files kept (a predicate on the text))
    "awscc": (HERE / "awscc-examples", "resources/**/*.tf", "terraform",
              lambda text: re.search(r'^resource\s+"', text, re.M) is not None),
    "cfn-good": (HERE / "cfn-lint", "templates/good/**/*", "cloudformation",
                 lambda text: True),
}


def first_error(text):
    for line in text.splitlines():
        if "error:" in line:
            return line.split("error:", 1)[1].strip()
    return text.strip().splitlines()[-1] if text.strip() else "(no message)"


# The kinds of an example's own mistake, by terrace's message (the first
# that matches): what --update writes in a new row's middle column, for
# the reviewer to confirm or correct.
KINDS = [
    (r"unknown (resource|variable|local value|lookup) ", "undeclared: it names what it never declares"),
    (r"unknown attribute .* of lookup", "a lookup's attribute that the data source does not have"),
    (r"unknown attribute ", "a property the type's schema does not have"),
    (r"must be a map, got list|must be a list of objects, got map", "a list where the schema takes a map, or a map where it takes a list"),
    (r"missing required attribute", "a required property missing"),
    (r"tags\[\d+\]\.key: .* does not match the pattern", "a tag key the registry's pattern refuses"),
    (r"does not match the pattern|characters, where it takes|where it takes \d+ to", "a value the registry's pattern, length or range refuses"),
    (r"is not one of", "a value outside the registry's enum"),
    (r"matches none of the forms|sets none where it takes exactly one|sets more than one where", "a value in none of the forms the schema takes (oneOf/anyOf)"),
    (r"invalid resource name", "a resource label Terraform refuses too"),
    (r"is not a CloudFormation template", "not a template: no resource (CloudFormation refuses it too: at least one Resources member must be defined), or a cfn-lint configuration file"),
    (r"is not an? .*'s id \(e\.g\.", "a placeholder id EC2 refuses as malformed"),
    (r"must be an object, got string", "a local path `aws cloudformation package` uploads first (AWS takes an object)"),
]


def kind_of(why):
    for pattern, kind in KINDS:
        if re.search(pattern, why):
            return kind
    return "REVIEW"


def served_types(terrace):
    """terrace's awscc types whose CloudFormation type moto's models serve."""
    from moto.cloudformation.parsing import get_model_map
    models = set(get_model_map())
    schema = json.loads(subprocess.run([terrace, "providers", "schema", "-json"],
                                       capture_output=True, text=True, check=True).stdout)
    types = schema["provider_schemas"]["awscc"]["resource_schemas"]
    return {name for name, t in types.items() if t.get("cloudformation_type") in models}


def plan(terrace, d, served, providers):
    """None when the stack is not planned here (why in the second value)."""
    stack = yaml.safe_load((d / "stack" / "stack.yaml").read_text()) or {}
    types = {r.get("type") for r in (stack.get("resources") or {}).values()
             if isinstance(r, dict)}
    if not types or not types <= served:
        return None, "a type moto does not serve"
    if any(isinstance(v, dict) and "default" not in v
           for v in (stack.get("variables") or {}).values()):
        return None, "a variable without a value"
    if stack.get("providers") or stack.get("stack"):
        return None, "its own providers"
    shutil.copy(providers, d / "stack" / "providers.yaml")
    run = subprocess.run([terrace, "plan", "-input=false", "-no-color"], cwd=d / "stack",
                         capture_output=True, text=True, env=dict(os.environ, NO_COLOR="1"))
    return run.returncode in (0, 2), first_error(run.stderr + run.stdout)


def judge(terrace, work, kind, rel, src):
    d = work / re.sub(r"[^A-Za-z0-9_.-]", "_", rel)
    (d / "src").mkdir(parents=True, exist_ok=True)
    (d / "stack").mkdir(parents=True, exist_ok=True)
    shutil.copy(src, d / "src" / src.name)
    env = dict(os.environ, NO_COLOR="1")
    # A configuration is its folder; a template its file.
    given = d / "src" if kind == "terraform" else d / "src" / src.name
    conv = subprocess.run([terrace, "convert", "-from", kind, "-out",
                           str(d / "stack" / "stack.yaml"), str(given)],
                          capture_output=True, text=True, env=env)
    left = len(re.findall(r"warning:", conv.stderr))
    if conv.returncode not in (0, 3) or not (d / "stack" / "stack.yaml").exists():
        return rel, "broken", first_error(conv.stderr + conv.stdout).replace(
            str(d / "src") + "/", ""), left
    val = subprocess.run([terrace, "validate", "-no-color"], cwd=d / "stack",
                         capture_output=True, text=True, env=env)
    if val.returncode == 0:
        return rel, "accepted", "", left
    return rel, "refused", first_error(val.stderr + val.stdout), left


def main():
    argv = sys.argv[1:]
    root = None
    if "--root" in argv:
        i = argv.index("--root")
        root = pathlib.Path(argv[i + 1])
        del argv[i:i + 2]
    providers = None
    if "--plan" in argv:
        i = argv.index("--plan")
        providers = pathlib.Path(argv[i + 1]).resolve()
        del argv[i:i + 2]
    args = [a for a in argv if not a.startswith("--")]
    update = "--update" in argv
    if len(args) != 3 or args[0] not in CORPORA:
        sys.exit(__doc__)
    name, terrace, work = args[0], str(pathlib.Path(args[1]).resolve()), pathlib.Path(args[2])
    folder, pattern, kind, keep = CORPORA[name]
    folder = root or folder
    files = []
    for p in sorted(folder.glob(pattern)):
        if p.is_file() and p.suffix in (".tf", ".yaml", ".yml", ".json", ".template"):
            if keep(p.read_text(errors="replace")):
                files.append((str(p.relative_to(folder)), p))
    listed = {}
    kinds = {}
    listing = folder / "refused.txt"
    if listing.exists():
        for line in listing.read_text().splitlines():
            if line and not line.startswith("#"):
                path, _, why = line.partition("\t")
                listed[path] = why.rpartition("\t")[2]
                kinds[path] = why.rpartition("\t")[0]
    jobs = int(os.environ.get("JUDGE_JOBS", "2"))
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        verdicts = list(pool.map(lambda f: judge(terrace, work, kind, *f), files))
    bad = 0
    planned = unplanned = 0
    plan_rows = []
    if providers:
        served = served_types(terrace)
        for rel, verdict, why, _ in verdicts:
            if verdict != "accepted":
                continue
            d = work / re.sub(r"[^A-Za-z0-9_.-]", "_", rel)
            ok, said = plan(terrace, d, served, providers)
            if ok is None:
                unplanned += 1
            elif ok:
                planned += 1
                if kinds.get(rel, "").startswith("at plan:") and not update:
                    print("judge: %s: planned, but refused.txt lists it (%s)" % (rel, listed[rel]))
                    bad += 1
            elif kinds.get(rel, "").startswith("at plan:") and listed[rel] in said:
                planned += 1
            elif update:
                plan_rows.append((rel, said))
            else:
                print("judge: %s: accepted, but its plan fails: %s" % (rel, said))
                bad += 1
        print("judge: planned against the server: %d; not planned (a type moto does not "
              "serve, a variable without a value, providers of its own): %d" % (planned, unplanned))
    for rel, kind in kinds.items():
        if kind == "REVIEW" and not update:
            print("judge: %s: refused.txt's row is not reviewed (its kind is REVIEW)" % rel)
            bad += 1
    counts = {"accepted": 0, "refused": 0, "broken": 0}
    left_total = left_files = 0
    for rel, verdict, why, left in verdicts:
        counts[verdict] += 1
        left_total += left
        left_files += left > 0
        if verdict == "broken" and (rel not in listed or listed[rel] not in why) and not update:
            print("judge: %s: convert failed: %s" % (rel, why))
            bad += 1
        elif verdict == "refused" and rel not in listed and not update:
            print("judge: %s: refused, and not in refused.txt: %s" % (rel, why))
            bad += 1
        elif verdict == "refused" and listed.get(rel, "") not in why and not update:
            print("judge: %s: refused for another reason than refused.txt's (%s): %s"
                  % (rel, listed[rel], why))
            bad += 1
        elif (verdict == "accepted" and rel in listed and not update and
              not kinds.get(rel, "").startswith("at plan:")):
            print("judge: %s: accepted, but refused.txt lists it (%s)" % (rel, listed[rel]))
            bad += 1
    if update:
        head = [l for l in (listing.read_text().splitlines() if listing.exists() else [])
                if l.startswith("#")]
        rows = ["%s\t%s\t%s" % (rel, kinds.get(rel) or kind_of(why),
                                listed.get(rel) if listed.get(rel, "\0") in why else why)
                for rel, verdict, why, _ in verdicts if verdict in ("refused", "broken")]
        rows += ["%s\tat plan: a placeholder naming nothing that exists\t%s" % (rel, said)
                 for rel, said in plan_rows]
        listing.write_text("\n".join(head + sorted(rows)) + "\n")
    print("judge: %d files: %d accepted, %d refused (listed), %d not converted (listed); "
          "%d left-out constructs in %d files" % (
              len(verdicts), counts["accepted"], counts["refused"], counts["broken"],
              left_total, left_files))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
