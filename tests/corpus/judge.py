#!/usr/bin/env python3
"""judge.py: the published corpora of tests/corpus/ through `terrace convert`
and `terrace validate`, each file alone, and held to a reviewed list.

    judge.py awscc    TERRACE WORKDIR   # tests/corpus/awscc-examples: each .tf with a resource
    judge.py cfn-good TERRACE WORKDIR   # tests/corpus/cfn-lint/templates/good: each template
    ... --update                        # rewrite the corpus's refused.txt from this run
    ... --root DIR                      # DIR instead of the corpus's folder (the judge's own test)
    ... --plan PROVIDERS.yaml           # and plan each accepted stack whose types moto serves

Each file is copied alone into a folder of its own, converted (the kind given
with -from), laid out, and the stack validated: the files in $JUDGE_JOBS
batches (default 2) run at once, each batch one `terrace convert -out-dir`
(every file alone, as if given by itself) and one `terrace validate STACK...`
(every stack on its own), so a few processes judge the whole corpus; each
run's line closing a file ("PATH: converted to ...", "STACK: Success! ..."
or "... not valid ...") splits its output, in order, into the files' own. A
file's verdict is one of:
  accepted   converted (constructs left out, named, or none), and valid
  refused    not valid: the first error line of its stack is the reason
  broken     not converted: a source convert cannot read (listed too when
             it is not a source at all, with why)
A run that ends before a file's line (a crash) makes that file broken or
refused, "convert (or validate) ended before it (exit N)", which no row lists.
With --plan, each accepted stack whose every resource's CloudFormation type
moto's Cloud Control serves (moto's CloudFormation models, as the harness's
cloudcontrol_api.py serves them) and that needs no variable's value is planned
(`terrace plan -input=false`, $JUDGE_JOBS at a time, a process each: a
plan has its own state and lock) with PROVIDERS.yaml beside it (a provider
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
import contextlib
import json
import os
import pathlib
import re
import shutil
import signal
import subprocess
import sys
import time

import yaml

HERE = pathlib.Path(__file__).resolve().parent
CORPORA = {
    # name: (folder, glob, -from, files kept (a predicate on the text))
    "awscc": (HERE / "awscc-examples", "resources/**/*.tf", "terraform",
              lambda text: re.search(r'^resource\s+"', text, re.M) is not None),
    "cfn-good": (HERE / "cfn-lint", "templates/good/**/*", "cloudformation",
                 lambda text: True),
}


@contextlib.contextmanager
def moto_endpoint(work, endpoint=None, who="corpus"):
    """The moto a corpus's plans go to, for the with-block: `endpoint` when
    given, else a moto of the harness's (tests/servers/moto_run.py, its
    patches; AWS's managed policies loaded, as every account has them and
    moto loads only when asked) started in `work` and stopped after the
    block (killed when it does not stop). `who` names the tool in its
    errors."""
    if endpoint:
        yield endpoint
        return
    port_file = pathlib.Path(work) / "moto.port"
    env = dict(os.environ, MOTO_IAM_LOAD_MANAGED_POLICIES="true")
    proc = subprocess.Popen([sys.executable, str(HERE.parent / "servers/moto_run.py"),
                             "-H", "127.0.0.1", "--port-file", str(port_file)],
                            stdout=open(pathlib.Path(work) / "moto.log", "w"),
                            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env)
    try:
        for _ in range(1200):
            if port_file.exists() and port_file.read_text().strip():
                break
            if proc.poll() is not None:
                sys.exit("%s: moto exited while starting: %s"
                         % (who, (pathlib.Path(work) / "moto.log").read_text()))
            time.sleep(0.1)
        else:
            sys.exit("%s: moto did not listen within 120 s" % who)
        yield "http://127.0.0.1:%s" % port_file.read_text().strip()
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


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
    (r"is deprecated: Lambda no longer creates functions", "a Lambda runtime past the date Lambda blocks creating functions with it (cfn-lint's dated table of deprecated runtimes)"),
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
    stack = yaml.safe_load((d / "stack.yaml").read_text()) or {}
    types = {r.get("type") for r in (stack.get("resources") or {}).values()
             if isinstance(r, dict)}
    if not types or not types <= served:
        return None, "a type moto does not serve"
    if any(isinstance(v, dict) and "default" not in v
           for v in (stack.get("variables") or {}).values()):
        return None, "a variable without a value"
    if stack.get("providers") or stack.get("stack"):
        return None, "its own providers"
    shutil.copy(providers, d / "providers.yaml")
    run = subprocess.run([terrace, "plan", "-input=false", "-no-color"], cwd=d,
                         capture_output=True, text=True, env=dict(os.environ, NO_COLOR="1"))
    return run.returncode in (0, 2), first_error(run.stderr + run.stdout)


def folder_of(work, rel):
    return work / "src" / re.sub(r"[^A-Za-z0-9_.-]", "_", rel)


def verdict_blocks(output, names, marks):
    """The lines of one run over names, split by the line each name closes
    with: for each name (in order) the lines before that line and the rest
    of it (after "NAME: "), None when the run ended first."""
    blocks, lines, k = [], [], 0
    for line in output.splitlines():
        if k < len(names) and line.startswith(names[k] + ": ") and \
                line[len(names[k]) + 2:].startswith(marks):
            blocks.append((lines, line[len(names[k]) + 2:]))
            lines, k = [], k + 1
        else:
            lines.append(line)
    return blocks + [(lines, None)] * (len(names) - len(blocks))


def judge_batch(terrace, work, kind, batch, number):
    """One `terrace convert -out-dir` over the batch's files, each alone,
    then one `terrace validate` over the stacks written: a verdict each."""
    env = dict(os.environ, NO_COLOR="1")
    given = [str(folder_of(work, rel) if kind == "terraform" else folder_of(work, rel) / src.name)
             for rel, src in batch]
    conv = subprocess.run([terrace, "convert", "-from", kind, "-out-dir",
                           str(work / ("stacks-%d" % number))] + given,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    converted, verdicts = [], {}
    for (rel, _), name, (lines, said) in zip(
            batch, given, verdict_blocks(conv.stdout, given, ("converted to ", "not converted"))):
        text = "\n".join(lines)
        left = len(re.findall(r"warning:", text))
        written = re.match(r"converted to (.*/stack\.yaml)(, |$)", said or "")
        if not written:
            why = first_error(text) if said else "convert ended before it (exit %d): %s" % (
                conv.returncode, first_error(text))
            verdicts[rel] = (rel, "broken", why.replace(str(folder_of(work, rel)) + "/", ""),
                             left)
            continue
        converted.append((rel, str(pathlib.Path(written.group(1)).parent), left))
    stacks = [d for _, d, _ in converted]
    val = subprocess.run([terrace, "validate", "-no-color"] + stacks,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                         env=env) if stacks else None
    blocks = verdict_blocks(val.stdout, stacks, ("Success!", "not valid")) if val else []
    for (rel, d, left), (lines, said) in zip(converted, blocks):
        if said is None:
            verdicts[rel] = (rel, "refused", "validate ended before it (exit %d): %s" % (
                val.returncode, first_error("\n".join(lines))), left, d)
        elif said.startswith("Success!"):
            verdicts[rel] = (rel, "accepted", "", left, d)
        else:
            verdicts[rel] = (rel, "refused", first_error("\n".join(lines)), left, d)
    return verdicts


def judge_all(terrace, work, kind, files, jobs):
    """Every file's verdict, (rel, verdict, why, left-out count[, stack
    folder]), in files' order: each file copied alone into a folder of its
    own, the files in `jobs` batches, a convert and a validate each."""
    for rel, src in files:
        folder_of(work, rel).mkdir(parents=True, exist_ok=True)
        shutil.copy(src, folder_of(work, rel) / src.name)
    size = max(1, -(-len(files) // max(1, jobs)))
    batches = [files[i:i + size] for i in range(0, len(files), size)]
    verdicts = {}
    with concurrent.futures.ThreadPoolExecutor(max(1, jobs)) as pool:
        for done in pool.map(lambda b: judge_batch(terrace, work, kind, b[1], b[0]),
                             enumerate(batches)):
            verdicts.update(done)
    return [verdicts[rel] for rel, _ in files]


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
    jobs = max(1, int(os.environ.get("JUDGE_JOBS", "2")))
    # The types moto serves (moto's import takes seconds) while the files
    # are judged.
    served = concurrent.futures.ThreadPoolExecutor(1).submit(served_types, terrace) \
        if providers else None
    verdicts = judge_all(terrace, work, kind, files, jobs)
    bad = 0
    planned = unplanned = 0
    plan_rows = []
    if providers:
        served = served.result()
        accepted = [v for v in verdicts if v[1] == "accepted"]
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            plans = list(pool.map(lambda v: plan(terrace, pathlib.Path(v[4]), served, providers),
                                  accepted))
        for (rel, *_), (ok, said) in zip(accepted, plans):
            if ok is None:
                unplanned += 1
            elif ok:
                planned += 1
                if kinds.get(rel, "").startswith("at plan:") and not update:
                    print("judge: %s: planned, but refused.txt lists it (%s)" % (rel, listed[rel]))
                    bad += 1
            elif kinds.get(rel, "").startswith("at plan:") and listed[rel] in said:
                planned += 1
                if update:  # kept as reviewed
                    plan_rows.append((rel, kinds[rel], listed[rel]))
            elif update:
                kind = kind_of(said)
                plan_rows.append((rel, kind if kind == "REVIEW" else "at plan: " + kind, said))
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
    for rel, verdict, why, left, *_ in verdicts:
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
                for rel, verdict, why, *_ in verdicts if verdict in ("refused", "broken")]
        rows += ["%s\t%s\t%s" % row for row in plan_rows]
        listing.write_text("\n".join(head + sorted(rows)) + "\n")
    print("judge: %d files: %d accepted, %d refused (listed), %d not converted (listed); "
          "%d left-out constructs in %d files" % (
              len(verdicts), counts["accepted"], counts["refused"], counts["broken"],
              left_total, left_files))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
