"""t0703/schema_accepts.py TERRACE SCHEMA ROOT: every stack file in ROOT's
examples/ and tests/ that `terrace validate` accepts is valid under SCHEMA
(`terrace providers schema -json-schema`): no false diagnostic in an
editor. Each file is checked against the schema first, and validate runs
on the stacks the schema refuses (validate must refuse them too), so the
check costs a validate only where the two could disagree. A folder of examples/ (and of tests/unit/fixtures/stacks/, and the
Terraform-names corpus) is one stack; each file of tests/corpus/ and each
file directly in tests/unit/fixtures/stacks/ is one, validated alone in a
folder of its own, as t0096 and t0097 run them. Prints one line of figures,
and each file's errors; exit 1 on any."""
import concurrent.futures
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

import jsonschema
import yaml

terrace, schema_path, root = sys.argv[1:4]
schema = json.load(open(schema_path))
# (not check_schema: the meta-schema's walk of 5 MB costs some 5 s of CPU
# here; t0703's first step checks it with ajv, as the language server would)
# The resource's allOf is one if/then per type (`type` is const X: then X's
# body); python's jsonschema tries every one for every resource (some 30 s
# of CPU here), so the check takes the one case a resource's type selects
# itself: the same verdict.
cases = schema["definitions"]["resource"].pop("allOf")
assert all(set(c["if"]) == {"properties", "required"} and c["if"]["required"] == ["type"] and
           list(c["if"]["properties"]) == ["type"] and list(c["if"]["properties"]["type"]) == ["const"]
           for c in cases)
validator = jsonschema.Draft7Validator(schema)
by_type = {c["if"]["properties"]["type"]["const"]:
           jsonschema.Draft7Validator(dict(schema, **c["then"])) for c in cases}


def iter_errors(doc):
    yield from validator.iter_errors(doc)
    resources = doc.get("resources") if isinstance(doc, dict) else None
    for name, r in (resources.items() if isinstance(resources, dict) else ()):
        v = by_type.get(r.get("type")) if isinstance(r, dict) and isinstance(r.get("type"), str) else None
        for e in (v.iter_errors(r) if v else ()):
            e.path.extendleft(["resources", name])
            yield e


def stack_files(folder):
    return sorted(f for f in glob.glob(os.path.join(folder, "*.yaml"))
                  if not f.endswith(".vars.yaml") and os.path.basename(f) != "terrace.stacks.yaml")


units = []  # (folder to validate in, the files it checks, copy them alone)
for base in ("examples", "tests/unit/fixtures/stacks", "tests/integration/cmd/t0435/corpus"):
    for folder, _dirs, _files in os.walk(os.path.join(root, base)):
        files = stack_files(folder)
        if not files:
            continue
        if folder == os.path.join(root, "tests/unit/fixtures/stacks"):
            units += [(None, [f]) for f in files]
        else:
            units.append((folder, files))
for f in sorted(glob.glob(os.path.join(root, "tests/corpus/*/*.yaml"))):
    units.append((None, [f]))

work = tempfile.mkdtemp(prefix="t0703-")


def accepted(i, unit):
    folder, files = unit
    if folder is None:
        folder = os.path.join(work, str(i))
        os.makedirs(folder)
        shutil.copy(files[0], os.path.join(folder, "stack.yaml"))
        with open(os.path.join(folder, "main.py"), "w") as f:
            f.write("def handler(event, context):\n    return event\n")
    r = subprocess.run([terrace, "validate", "-no-color"], cwd=folder, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return r.returncode == 0


def schema_errors(files):
    out = []
    for f in files:
        try:
            doc = yaml.load(open(f), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError:
            continue  # not YAML python reads the same way: not this check's
        if not isinstance(doc, dict) or not ("resources" in doc or "stack" in doc):
            continue
        for e in iter_errors(doc):
            out.append("%s: %s: %s" % (os.path.relpath(f, root),
                                       ".".join(str(p) for p in e.path),
                                       e.message[:300]))
    return out


errors = [schema_errors(files) for _folder, files in units]
doubtful = [(i, u) for i, (u, e) in enumerate(zip(units, errors)) if e]
with concurrent.futures.ThreadPoolExecutor(2) as pool:
    verdicts = list(pool.map(lambda iu: accepted(*iu), doubtful))
shutil.rmtree(work)
bad = [line for (i, _u), ok in zip(doubtful, verdicts) if ok for line in errors[i]]
print("%d stacks (%d files): the schema refuses %d, validate refuses them too but %d"
      % (len(units), sum(len(f) for _d, f in units), len(doubtful), sum(verdicts)))
print("\n".join(bad))
sys.exit(1 if bad else 0)
