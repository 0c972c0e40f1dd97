#!/usr/bin/env python3
"""count.py: issue 86's count, each example of the terraform-aws-modules
corpus through `terrace convert`, `terrace validate` and `terrace plan` on
moto, as a new user would take it, held to results.txt.

    count.py [--terrace T] [--endpoint URL] [--work DIR] [--only NAME@COMMIT]
             [--results FILE] [--write]

  --terrace T     the terrace to run (default: build-san/terrace of this tree)
  --endpoint URL  the moto to plan against (default: one started here,
                  tests/servers/moto_run.py, stopped at the end)
  --work DIR      where the copies go (default: a temp folder, removed)
  --only N@C      that folder's examples alone (a quicker look at one module)
  --results FILE  the reviewed list to compare with or write (default:
                  results.txt beside this file)
  --write         write results.txt from this run instead of comparing

For each NAME@COMMIT folder pins.txt names in its `current` column, the
folder is copied once (symbolic links followed), and in the copy each
`examples/*/` folder holding a .tf file (84: the Lambda module's
examples/fixtures holds none) is first given what `terraform init` would
install (terraform_init: each registry module it calls, resolved by its
version constraint to the corpus's newest folder of that repository whose
release satisfies it, copied into .terraform/modules/KEY, and
.terraform/modules/modules.json written as Terraform 1.11 writes it; an
example calling a module no corpus folder satisfies gets nothing, as a
failed init leaves it, and a line on stderr says which), then converted
(`terrace convert -out stack.yaml .`),
then every folder convert's advice names ("convert its folder too
(terrace convert DIR -out FILE)"), as it says, from the folder it was said
in, and the advice of those in turn (a folder converted once per copy:
examples share their module). Then every example's stack is validated (one
`terrace validate STACK...` over them all) and each valid one planned
(`terrace plan -input=false`; a variable convert writes for a random_password's
result given a stand-in password, as convert's warning asks) against the one
moto: AWS_ENDPOINT_URL and a
key pair in the environment, no provider edited, $COUNT_JOBS plans at a time
(default 2). A line per example, in results.txt's form:

    NAME@COMMIT/examples/EXAMPLE<TAB>STAGE<TAB>DETAIL

STAGE is `ok` (converted, valid, planned), or the stage that failed first:
`convert` (the example, or a folder its advice names, not converted),
`validate`, `plan`; DETAIL its first error line (ids and paths of the run
taken out). The last line is
"tfmodules: N examples, C convert, V validate, P plan". Without --write,
every line that differs from results.txt is printed and the exit is 1: a
change in either direction (an example that now plans, one that no longer
does) fails until results.txt is written again (--write) and reviewed.
"""
import concurrent.futures
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(HERE.parent))
from judge import first_error, moto_endpoint, verdict_blocks  # noqa: E402

ADVICE = re.compile(r"\(terrace convert (\S+) -out (\S+)\)")


def corpus_versions():
    """[(repository, (major, minor, patch), folder)] of every corpus folder
    whose .pin names the release it is (pins.txt's and registry.txt's)."""
    out = []
    for pin in sorted(HERE.glob("*@*/.pin")):
        words = pin.read_text().split()
        m = re.fullmatch(r"v?(\d+)\.(\d+)\.(\d+)", words[2] if len(words) > 2 else "-")
        if m:
            out.append((pin.parent.name.split("@")[0], tuple(map(int, m.groups())), pin.parent))
    return out


def satisfies(version, constraints):
    """Whether version (a triple) meets a Terraform version constraint
    string ("~> 6.0", ">= 3.15, < 5", none: any), as `terraform init` reads
    it: ~> X.Y is >= X.Y and < X+1, ~> X.Y.Z is >= X.Y.Z and < X.Y+1."""
    for part in (constraints or "").split(","):
        m = re.fullmatch(r"\s*(~>|>=|<=|!=|>|<|=)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*", part)
        if not part.strip():
            continue
        if not m:
            return False
        op, given = m.group(1) or "=", [int(g) for g in m.groups()[1:] if g is not None]
        bound = tuple(given + [0] * (3 - len(given)))
        if op == "~>":
            upper = given[:-1] if len(given) > 1 else given
            upper = tuple(upper[:-1] + [upper[-1] + 1] + [0] * (3 - len(upper)))
            ok = bound <= version < upper
        else:
            ok = {"=": version == bound, "!=": version != bound, ">": version > bound,
                  ">=": version >= bound, "<": version < bound, "<=": version <= bound}[op]
        if not ok:
            return False
    return True


REGISTRY = re.compile(r"(?:registry\.terraform\.io/)?terraform-aws-modules/([a-z0-9-]+)/aws(?://(.+))?")


def module_calls(folder):
    """(name, source, version) of each `module "NAME" { ... }` block of the
    folder's .tf files (laid out as terraform fmt writes them)."""
    out = []
    for tf in sorted(folder.glob("*.tf")):
        text = tf.read_text()
        for m in re.finditer(r'^module\s+"([^"]+)"\s*\{', text, re.M):
            depth, i = 0, m.end() - 1
            while i < len(text):
                depth += {"{": 1, "}": -1}.get(text[i], 0)
                if depth == 0:
                    break
                i += 1
            body = text[m.end():i]
            source = re.search(r'^\s*source\s*=\s*"([^"]*)"', body, re.M)
            version = re.search(r'^\s*version\s*=\s*"([^"]*)"', body, re.M)
            out.append((m.group(1), source.group(1) if source else "",
                        version.group(1) if version else None))
    return out


def terraform_init(example, versions):
    """What `terraform init` does for the example's modules, from the corpus
    instead of the registry: each registry module call
    (terraform-aws-modules/NAME/aws, //SUBDIR) is installed into
    .terraform/modules/KEY as a copy of the corpus's newest folder of
    terraform-aws-NAME whose release satisfies the call's version
    constraint, each module a module calls is followed (KEY "PARENT.CHILD"),
    and .terraform/modules/modules.json is written as Terraform 1.11 writes
    it. None when done (or no registry module is called), else why init
    would fail: a call no corpus folder satisfies (then nothing is
    installed, as a failed init leaves the example)."""
    records = [{"Key": "", "Source": "", "Dir": "."}]
    installs, pending = [], [("", ".")]
    while pending:
        parent, folder = pending.pop(0)
        for name, source, constraint in module_calls(example / folder):
            key = "%s.%s" % (parent, name) if parent else name
            if source.startswith("./") or source.startswith("../"):
                path = os.path.normpath(os.path.join(folder, source))
                records.append({"Key": key, "Source": source, "Dir": path})
                pending.append((key, path))
                continue
            m = REGISTRY.fullmatch(source)
            if not m:
                shutil.rmtree(example / ".terraform", ignore_errors=True)
                return "module %s: source %s is not a terraform-aws-modules registry module" % (
                    key, source)
            repo = "terraform-aws-" + m.group(1)
            fits = sorted((v, f) for r, v, f in versions if r == repo and satisfies(v, constraint))
            if not fits:
                shutil.rmtree(example / ".terraform", ignore_errors=True)
                return "module %s: no corpus folder of %s satisfies version %s" % (
                    key, repo, constraint or "(any)")
            version, corpus = fits[-1]
            package = ".terraform/modules/" + key
            path = os.path.normpath(os.path.join(package, m.group(2) or "."))
            record = {"Key": key, "Source": "registry.terraform.io/terraform-aws-modules/%s/aws%s" % (
                m.group(1), "//" + m.group(2) if m.group(2) else ""),
                "Version": "%d.%d.%d" % version, "Dir": path}
            records.append(record)
            installs.append((corpus, example / package))
            pending.append((key, path))
        # a module installed is read (its own calls) once it is there
        for corpus, dest in installs:
            if not dest.exists():
                shutil.copytree(corpus, dest, symlinks=False)
    if not installs:
        return None  # local modules alone: nothing to install
    records.sort(key=lambda r: r["Key"])
    (example / ".terraform/modules/modules.json").write_text(
        json.dumps({"Modules": records}, separators=(",", ":")))
    return None


def current_folders():
    """NAME@COMMIT of pins.txt's current column, in its order."""
    out = []
    for line in (HERE / "pins.txt").read_text().splitlines():
        words = line.split()
        if words and not line.startswith("#"):
            out.append("%s@%s" % (words[0], words[1]))
    return out


# A command's deadline: a plan of the largest example takes seconds; one that
# waits this long waits on nothing (its answer named, not waited for).
DEADLINE = 600


def run(cmd, cwd, env=None):
    try:
        return subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True, env=env or dict(os.environ, NO_COLOR="1"),
                              timeout=DEADLINE)
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(cmd, 124, "Error: %s did not end within %d s\n" % (
            " ".join(os.path.basename(str(a)) if i == 0 else str(a) for i, a in enumerate(cmd)),
            DEADLINE))


def convert_example(terrace, example, converted):
    """None when the example and every folder its advice names converted,
    else the first error. converted: {folder: error or None}, per copy."""
    todo = [(example, ".", "stack.yaml")]
    while todo:
        cwd, src, out = todo.pop(0)
        folder = (cwd / src).resolve()
        if folder in converted:
            if converted[folder]:
                return converted[folder]
            continue
        r = run([terrace, "convert", "-out", out, src], cwd)
        if r.returncode not in (0, 3):
            converted[folder] = "%s: %s" % (os.path.relpath(folder, example),
                                            first_error(r.stdout))
            return converted[folder]
        converted[folder] = None
        todo += [(folder, m.group(1), m.group(2)) for m in ADVICE.finditer(r.stdout)]
    return None


def tidy(text, work):
    """An error line without what this run made up: its folders, ids, the
    request id an AWS error names."""
    text = text.replace(str(work) + "/", "")
    text = re.sub(r"\(request id [A-Za-z0-9-]+\)", "(request id ID)", text)
    return re.sub(r"\b(i|vpc|subnet|sg|rtb|igw|eni|acl)-[0-9a-f]{8,17}\b", r"\1-ID", text)


def count(terrace, work, endpoint, only):
    """{EXAMPLE: (stage, detail)} over the corpus (or its folder `only`)."""
    rows, examples, versions = {}, [], corpus_versions()
    for name in current_folders():
        if only and name != only:
            continue
        copy = work / name
        shutil.rmtree(copy, ignore_errors=True)  # a --work folder used before
        shutil.copytree(HERE / name, copy, symlinks=False)
        converted = {}
        for example in sorted(p for p in (copy / "examples").glob("*/")
                              if p.is_dir() and any(p.glob("*.tf"))):
            rel = "%s/examples/%s" % (name, example.name)
            failed = terraform_init(example, versions)
            if failed:
                print("count: %s: terraform init (from the corpus) fails, converted without it: %s"
                      % (rel, failed), file=sys.stderr)
            error = convert_example(terrace, example, converted)
            if error:
                rows[rel] = ("convert", tidy(error, work))
            else:
                examples.append((rel, example))
    names = [str(e) for _, e in examples]
    val = run([terrace, "validate", "-no-color"] + names, work) if names else None
    valid = []
    for (rel, example), (lines, said) in zip(examples, verdict_blocks(
            val.stdout if val else "", names, ("Success!", "not valid"))):
        if said is None:
            rows[rel] = ("validate", "validate ended before it (exit %d)" % val.returncode)
        elif said.startswith("Success!"):
            valid.append((rel, example))
        else:
            rows[rel] = ("validate", tidy(first_error("\n".join(lines)), work))
    env = dict(os.environ, NO_COLOR="1", AWS_ENDPOINT_URL=endpoint,
               AWS_ACCESS_KEY_ID="AKIAMOTOUNCHECKED000",
               AWS_SECRET_ACCESS_KEY="moto-accepts-any-secret",
               AWS_CONFIG_FILE="/nonexistent", AWS_SHARED_CREDENTIALS_FILE="/nonexistent",
               TERRACE_AWS_SERVER="aws")  # AWS's rules, as the suite holds them (lib.sh)
    env.pop("AWS_PROFILE", None)
    jobs = max(1, int(os.environ.get("COUNT_JOBS", "2")))
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        plans = list(pool.map(lambda v: run([terrace, "plan", "-input=false", "-no-color"],
                                            v[1], dict(env, **passwords_given(v[1]))), valid))
    for (rel, _), p in zip(valid, plans):
        rows[rel] = ("ok", "") if p.returncode in (0, 2) else \
            ("plan", tidy(plan_error(p.stdout), work))
    return rows


# The variables convert writes for a random_password's result (terrace keeps
# no random values: its warning asks for the password as a sensitive
# variable), given as a user following that advice gives them: one value an
# Amazon MQ or RDS password takes (12 or more characters, none of , : = / @ ").
STAND_IN_PASSWORD = "Count-StandIn-Passw0rd"


def passwords_given(example):
    """{TERRACE_VAR_NAME: password} for each such variable of the stack."""
    stack = example / "stack.yaml"
    names = set(re.findall(r"^  (random_password_\w+_result):", stack.read_text(), re.M)) \
        if stack.exists() else set()
    return {"TERRACE_VAR_" + n: STAND_IN_PASSWORD for n in names}


def plan_error(text):
    """A failed plan's error the row keeps: of its error lines ("error:" of
    a file:line:col, "Error:" of a resource), the first in sorted order, as
    plan says two resources' errors in the order its workers meet them
    (terraform-aws-lambda's multiple-regions fails two functions alike);
    else first_error's."""
    said = sorted(line.split("error:", 1)[1].strip() if "error:" in line else line.strip()
                  for line in text.splitlines() if re.search(r"(?i)\berror:", line))
    return said[0] if said else first_error(text)


def main():
    argv = sys.argv[1:]

    def option(name, default=None):
        if name in argv:
            i = argv.index(name)
            value = argv[i + 1]
            del argv[i:i + 2]
            return value
        return default
    terrace = str(pathlib.Path(option("--terrace", REPO / "build-san/terrace")).resolve())
    endpoint = option("--endpoint")
    work_given = option("--work")
    only = option("--only")
    listing = pathlib.Path(option("--results", HERE / "results.txt"))
    write = "--write" in argv
    if [a for a in argv if a != "--write"]:
        sys.exit(__doc__)
    work = pathlib.Path(work_given or tempfile.mkdtemp(prefix="tfmodules-count.")).resolve()
    work.mkdir(parents=True, exist_ok=True)
    try:
        with moto_endpoint(work, endpoint, "count") as url:
            rows = count(terrace, work, url, only)
    finally:
        if not work_given:
            shutil.rmtree(work, ignore_errors=True)
    lines = ["%s\t%s\t%s" % (rel, stage, detail) for rel, (stage, detail) in sorted(rows.items())]
    for line in lines:
        print(line)
    listed = listing.read_text().splitlines() if listing.exists() else []
    head = [l for l in listed if l.startswith("#")]
    # with --only, the other folders' lines are neither compared nor written over
    mine = [l for l in listed if l and not l.startswith("#") and
            (not only or l.startswith(only + "/"))]
    others = [l for l in listed if l and not l.startswith("#") and l not in mine]
    bad = 0
    if write:
        listing.write_text("\n".join(head + sorted(others + lines)) + "\n")
    else:
        for line in sorted(set(mine) - set(lines)):
            print("count: results.txt has: %s" % line)
            bad += 1
        for line in sorted(set(lines) - set(mine)):
            print("count: this run has:    %s" % line)
            bad += 1
    stages = [s for s, _ in rows.values()]
    n = len(stages)
    c = n - stages.count("convert")
    v = c - stages.count("validate")
    print("tfmodules: %d examples, %d convert, %d validate, %d plan" % (n, c, v, stages.count("ok")))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
