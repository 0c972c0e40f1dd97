#!/usr/bin/env python3
"""tests/integration/group.py: which folder of tests/integration each
integration file belongs in, and which folders a change to the tree touches.

    tests/integration/group.py --place FILE...    the folder each file goes in
    tests/integration/group.py --move FILE...     git mv each file (and its
                                                  tNNNN/ helper folder) there
    tests/integration/group.py --apply            --move every file still
                                                  lying in tests/integration/
    tests/integration/group.py --check            every file is in a folder
                                                  FOLDERS names, the one
                                                  --place gives (make unit)
    tests/integration/group.py --for-change PATH...
                                                  the test files `make check`
                                                  runs for a change to PATHs

A file's folder is decided, first rule that answers winning, by:
  1. RULES: a regular expression over the file's name (tNNNN-words.sh): its
     number for the files placed by hand, its words (-lab-, -awscc-, ...)
     for kinds of test that have a folder of their own;
  2. the AWS service whose types the file drives most: the services of the
     `aws.SERVICE.type` names in it, counted; the most named one's folder
     aws/SERVICE/ if it holds at least half of the names;
  3. else, the file drives Cloud Control types (awscc.x.y) only:
     cloudcontrol/.
A file none of these places is refused: add a rule for it.

--move rewrites what a file says about where it is: its `. "$(dirname
"$0")/lib.sh"` names lib.sh from its folder, and its own helper folder
($TEST_DIR/tNNNN, where TEST_DIR is lib.sh's folder) becomes
$TEST_HERE/tNNNN (lib.sh: the test file's own folder).

--for-change maps each changed path by SOURCES (a path prefix -> test
folders or files, the longest prefix winning): a type's service folder
provider/aws/SERVICE/ to tests/integration/aws/SERVICE/, or, for a service
with no folder of its own, to the aws/ files that drive its types; a test
file to itself; the core to CORE, a few short files that cross it; and any
C of cmd/, plan/, stacks/ or provider/ also to TREE, the files that read the
tree (layers, call circles, waits in one place). --check drives each row of
FOR_CHANGE_ROWS. Python 3, standard library only.
"""

import collections
import glob
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# The folders, what each holds. A folder on disk must be named here.
FOLDERS = {
    "aws/SERVICE": "one AWS service's types (aws.SERVICE.*): their create, update, "
                   "replace, read and destroy against moto",
    "aws/common": "what every aws type shares: tags, faults and lost writes, "
                  "listing, sweep, waiters",
    "build": "terrace build and the artifacts it makes (provider/build, cmd/build.c)",
    "cloudcontrol": "awscc types through Cloud Control: schemas, handlers, "
                    "validation (provider/aws/cloudcontrol)",
    "cmd": "the command line: verbs, flags, JSON output, environments, "
           "the providers schema",
    "convert": "terrace convert from CloudFormation and Terraform",
    "docs": "the reference pages, the man page and the guide's examples",
    "examples": "examples/: each example applied",
    "kinds": "what an attribute names (provider/aws/kinds) and the checks "
             "between resources (provider/aws/between)",
    "lab": "terrace lab: classes of attendees",
    "matrix": "every type through every way of writing a value",
    "permissions": "the IAM policies terrace derives and checks",
    "plan": "plan and apply: saved plans, drift, refresh, import, destroy, "
            "interrupted applies",
    "postgres": "the postgres provider",
    "project": "the tree itself: layers, call circles, one place, the harness",
    "reality": "applies against a server that answers as AWS does",
    "rules": "the checks at plan of what AWS would refuse (rules, constraints, "
             "controls, refuse corpus)",
    "run": "terrace run: jobs, logs",
    "ssh": "the ssh provider",
    "stacks": "the stack language: expressions, functions, variables, "
              "modules, stack files and lookups",
    "state": "state: backends, journal, locks, workspaces, encryption",
    "transport": "requests to AWS: credentials, TLS, endpoints, signing, "
                 "other S3 servers",
    "upgrade": "stacks applied with the last release plan no change",
}

# (folder, regex over the file's name): the first that matches places it.
RULES = [
    # Kinds of test with a folder of their own, by the words of the name.
    ("project", r"^t000[1-8]-"),
    ("upgrade", r"-upgrade-"),
    ("reality", r"-reality-"),
    ("matrix", r"-matrix-"),
    ("examples", r"-example-"),
    ("permissions", r"-permissions-|-policy-deploy-"),
    ("convert", r"-convert-"),
    ("build", r"-build-"),
    ("lab", r"-lab(-|\.sh$)"),
    ("run", r"-run-|^t11(05|07)-"),
    ("postgres", r"-postgres(-|\.sh$)"),
    ("ssh", r"-ssh(-|\.sh$)|^t1050-"),
    ("docs", r"-docs-|-guide-|-man-page"),
    ("kinds", r"-kinds?-|-between-|^t12(8[0-9]|95)-|^t130[5-7]-"
              r"|^t09(51|52|66|80|81)-"),
    ("cloudcontrol", r"-awscc(-|\.sh$)|-cfn-lint-|-cloudcontrol|-moto-twins-"
                     r"|^t0955-|^t1260-|^t1270-"),
    # Files placed by hand, by number.
    ("aws/s3", r"^t0(010|020|030|120|260)-|^t1014-"),
    ("aws/iam", r"^t02(00|01|02|25)-|^t050[01]-"),
    ("aws/dynamodb", r"^t0245-"),
    ("aws/events", r"^t1024-"),
    ("aws/ec2", r"^t1030-"),
    ("aws/kinesis", r"^t1017-"),
    ("aws/lambda", r"^t0251-|^t1400-|^t1601-"),
    ("aws/rds", r"^t106[01]-|^t1520-"),
    ("aws/common", r"^t0(445|520|521|800|810|812|815|870|872)-|^t1160-"),
    ("rules", r"^t009[4-9]-|^t0(482|840|949)-"),
    ("rules", r"^t148[0-9]-"),
    ("rules", r"^t150[0-9]-|^t151[0-6]-"),
    ("transport", r"^t0(093|110|802|860|900|905|910|920|930|940|945)-"
                  r"|-s3-region-redirect|^t1222-"),
    ("state", r"^t0(070|42[0-3]|440|450|455|805)-|^t1223-|^t1440-"),
    ("plan", r"^t00(40|50|60|80)-|^t0(100|41[0-4]|478|702|704|830|832|960|988)-"
             r"|^t1(200|401|441)-"),
    ("stacks", r"^t0090-|^t04(00|6[0-9]|7[5-9]|80|8[4-9]|9[0-3])-|^t0600-|^t1220-"
               r"|^t167[0-9]-"),
    ("cmd", r"^t0000-|^t04(3[0-9]|70|83)-|^t070[03]-|^t11(10|11)-|^t12(12|13|21)-"
            r"|^t1410-|^t142[12]-|^t1600-"),
]

# Where a change runs tests (make check): a path prefix of the tree -> test
# folders (under tests/integration/) or files; the longest prefix wins.
# provider/aws/SERVICE/ is derived (see sources_for); tests/integration/
# FOLDER/FILE runs that file.
CORE = ["plan/t0060-saved-plan.sh", "plan/t0040-destroy.sh", "aws/s3/t0010-bucket-create.sh",
        "stacks/t0090-bad-input.sh", "cmd/t0000-basics.sh"]
# What reads the tree's C itself, run for a change to any of it (seconds in
# all): which layer includes which (t0001), no call circles (t0002), waits in
# one place (t0003). A .c that includes a header of a layer above it builds
# and passes its own folder's tests; only these see it (CI on b06a916 failed
# on t0001 alone: the AWS transport's s3.c had come to include
# provider/provider.h).
TREE = ["project/t0001-layers.sh", "project/t0002-no-circles.sh", "project/t0003-one-place.sh"]
TREE_CODE = re.compile(r"^(cmd|plan|stacks|provider)/.*\.(c|h|def)$")

# --check drives each row: a changed path, test files --for-change must give
# for it, and files it must not give (written out, not taken from the lists
# above, so that a file dropped from TREE or CORE fails a row).
L1, L2, L3 = "project/t0001-layers.sh", "project/t0002-no-circles.sh", "project/t0003-one-place.sh"
FOR_CHANGE_ROWS = [
    ("provider/aws/transport/s3.c", ["transport/t0930-s3-key-encoding.sh", L1, L2, L3],
     ["aws/s3/t0010-bucket-create.sh"]),
    ("provider/base/text.h", ["plan/t0060-saved-plan.sh", "plan/t0040-destroy.sh",
                              "aws/s3/t0010-bucket-create.sh", "stacks/t0090-bad-input.sh",
                              "cmd/t0000-basics.sh", L1, L2], ["transport/t0930-s3-key-encoding.sh"]),
    ("provider/aws/s3/bucket.c", ["aws/s3/t0010-bucket-create.sh", L3], ["plan/t0040-destroy.sh"]),
    ("provider/aws/kms/key.c", ["aws/dynamodb/t0245-keys-parameters-tables.sh", L1],
     ["aws/s3/t0010-bucket-create.sh"]),
    ("plan/state.c", ["state/t0070-lock.sh", L2], ["plan/t0040-destroy.sh"]),
    ("plan/diff.c", ["plan/t0040-destroy.sh", L1], ["state/t0070-lock.sh"]),
    ("cmd/lab_class.c", ["lab/t0539-lab-class-of-40.sh", L2], ["cmd/t0000-basics.sh"]),
    ("stacks/hcl.c", ["stacks/t0090-bad-input.sh", L1], ["cmd/t0000-basics.sh"]),
    ("provider/aws/transport/services.def", ["transport/t0940-endpoint-config.sh", L1], []),
    ("docs/design.md", ["docs/t0730-guide-toy-type.sh"], [L1, L2]),
    ("tests/integration/aws/s3/t0010-bucket-create.sh", ["aws/s3/t0010-bucket-create.sh"],
     [L3, "aws/s3/t0020-bucket-update.sh"]),
    ("README.md", [], [L1, "cmd/t0000-basics.sh"]),
]
SOURCES = {
    "plan/": ["plan"],
    "plan/backend_": ["state"],
    "plan/journal": ["state"],
    "plan/state": ["state"],
    "plan/encrypt": ["state"],
    "plan/environment": ["cmd/t1110-environments.sh", "postgres/t1111-environment-postgres.sh"],
    "plan/run": ["run"],
    "plan/import": ["plan/t0410-import.sh", "plan/t0411-import-aws.sh", "ssh/t0413-import-db-ssh.sh",
                    "plan/t0414-import-dependencies.sh"],
    "plan/lookup": ["aws/ec2/t1070-lookups.sh", "aws/ec2/t1075-lookup-shared-network.sh"],
    "stacks/": ["stacks"],
    "stacks/convert": ["convert"],
    "cmd/": ["cmd"],
    "cmd/lab": ["lab"],
    "cmd/build": ["build"],
    "cmd/convert": ["convert"],
    "cmd/policy": ["permissions"],
    "cmd/run": ["run"],
    "cmd/logs": ["run"],
    "cmd/sweep": ["aws/common/t0520-sweep.sh", "aws/common/t0521-sweep-boundaries.sh"],
    "cmd/backend": ["state"],
    "cmd/workspace": ["state", "cmd/t1421-ci-terraform-idioms.sh"],
    "cmd/state": ["state"],
    "cmd/force_unlock": ["state", "cmd/t1421-ci-terraform-idioms.sh"],
    "cmd/encryption": ["state"],
    "cmd/import": ["plan/t0410-import.sh", "plan/t0411-import-aws.sh"],
    "cmd/drift": ["plan/t0050-drift.sh", "plan/t0412-refresh-only.sh"],
    "provider/postgres/": ["postgres"],
    "provider/ssh/": ["ssh"],
    "provider/build/": ["build"],
    "provider/base/": CORE,
    "provider/": CORE,
    "provider/aws/": ["aws/common"],
    "provider/aws/rules": ["rules"],
    "provider/aws/constraint": ["rules"],
    "provider/aws/gen/": ["rules"],
    "provider/aws/permissions": ["permissions"],
    "provider/aws/listing": ["aws/common/t0870-refresh-by-listing.sh",
                             "aws/common/t0872-listing-missing-field.sh"],
    "provider/aws/sweep": ["aws/common/t0520-sweep.sh", "aws/common/t0521-sweep-boundaries.sh"],
    "provider/aws/lookups": ["aws/ec2/t1070-lookups.sh", "aws/ec2/t1075-lookup-shared-network.sh"],
    "provider/aws/transport/": ["transport"],
    "provider/aws/cloudcontrol/": ["cloudcontrol"],
    "provider/aws/checks/kinds/": ["kinds"],
    "provider/aws/checks/between/": ["kinds"],
    "provider/aws/run/": ["run"],
    "provider/aws/build/": ["build"],
    "provider/aws/sts/": ["transport/t0905-caller-identity.sh", "transport/t0900-credentials.sh"],
    "examples/": ["examples"],
    "modules/": ["aws/ec2/t1090-network-base.sh", "stacks/t0600-module-catalog.sh"],
    "docs/": ["docs"],
    "tests/servers/": CORE,
    "tests/integration/": CORE,
    "Makefile": CORE,
}

TYPE_NAME = re.compile(r"\baws\.([a-z0-9]+)\.[a-z_]+")
AWSCC_NAME = re.compile(r"\bawscc\.[a-z0-9]+\.[a-z_]+")
TEST_NAME = re.compile(r"^t[0-9]{4}-[\w.-]+\.sh$")


def services():
    """The service folders of provider/aws/ that hold types."""
    return sorted(d for d in os.listdir(os.path.join(ROOT, "provider", "aws"))
                  if os.path.isdir(os.path.join(ROOT, "provider", "aws", d))
                  and d not in ("gen", "transport", "cloudcontrol", "kinds", "between", "run", "build"))


def driven_services(text):
    """{service: count} of the aws.SERVICE.type names in TEXT."""
    known = set(services())
    return collections.Counter(m.group(1) for m in TYPE_NAME.finditer(text) if m.group(1) in known)


def place(path):
    """(folder, how) for the file at PATH, or (None, why not)."""
    name = os.path.basename(path)
    if not TEST_NAME.match(name):
        return None, "%s is not named tNNNN-words.sh" % name
    for folder, regex in RULES:
        if re.search(regex, name):
            return folder, "rule %r" % regex
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    counts = driven_services(text)
    if counts:
        (top, n), total = counts.most_common(1)[0], sum(counts.values())
        if 2 * n >= total:
            return "aws/" + top, "drives aws.%s types (%d of %d type names)" % (top, n, total)
    elif AWSCC_NAME.search(text):
        return "cloudcontrol", "drives awscc types only"
    return None, ("no rule places %s (it drives %s): add one to RULES in %s"
                  % (name, dict(counts) or "no aws type", os.path.relpath(__file__)))


def test_files():
    """Every integration file under tests/integration, at any depth."""
    out = []
    for dirpath, dirnames, filenames in os.walk(HERE):
        rel = os.path.relpath(dirpath, HERE)
        parts = [] if rel == "." else rel.split(os.sep)
        # helper folders (tNNNN/, every_type/) hold no integration file
        if any(re.match(r"^t[0-9]{4}$", p) or p == "every_type" for p in parts):
            continue
        out += [os.path.join(dirpath, n) for n in filenames if TEST_NAME.match(n)]
    return sorted(out)


def folder_named(folder):
    return folder in FOLDERS or (folder.startswith("aws/") and folder[4:] in services())


def rewrite(name, text, folder):
    """TEXT of the file NAME moved from tests/integration/ into FOLDER: lib.sh
    named from there, its own helper folder tNNNN/ from $TEST_HERE. A helper
    folder of another number is left for a person to name (a warning)."""
    up = "/".join([".."] * len(folder.split("/")))
    # the tree's root from the test's folder first: the line naming lib.sh
    # below may hold the same ../.. once rewritten
    text = text.replace('$(dirname "$0")/../..', '$TEST_DIR/../..')
    text = text.replace('. "$(dirname "$0")/lib.sh"', '. "$(dirname "$0")/%s/lib.sh"' % up)
    own = name[:5]
    text = re.sub(r"\$(?:TEST_DIR|REPO_ROOT/tests/integration)/%s\b" % own, "$TEST_HERE/" + own, text)
    for m in re.finditer(r"\$(?:TEST_DIR|REPO_ROOT/tests/integration)/(t[0-9]{4})\b", text):
        print("group.py: %s names %s/, another file's helper folder: name it from its folder"
              % (name, m.group(1)), file=sys.stderr)
    return text


def move(path):
    folder, how = place(path)
    if folder is None:
        print("group.py: " + how, file=sys.stderr)
        return 1
    if os.path.dirname(os.path.abspath(path)) != HERE:
        print("group.py: %s is not in tests/integration/ itself" % path, file=sys.stderr)
        return 1
    dest = os.path.join(HERE, folder)
    os.makedirs(dest, exist_ok=True)
    name = os.path.basename(path)
    subprocess.run(["git", "mv", path, os.path.join(dest, name)], check=True)
    helper = os.path.join(HERE, name[:5])
    # the helper folder goes with the first file of its number that moves
    if os.path.isdir(helper):
        subprocess.run(["git", "mv", helper, os.path.join(dest, name[:5])], check=True)
    moved = os.path.join(dest, name)
    with open(moved, encoding="utf-8") as f:
        text = f.read()
    with open(moved, "w", encoding="utf-8") as f:
        f.write(rewrite(name, text, folder))
    print("%s -> %s/ (%s)" % (name, os.path.relpath(dest, ROOT), how))
    return 0


def check():
    bad = 0
    files = test_files()
    for path in files:
        rel = os.path.relpath(path, HERE)
        folder = os.path.dirname(rel)
        want, how = place(path)
        if not folder:
            print("%s: not in a folder (group.py --move places it: %s)" % (rel, want or how))
            bad += 1
        elif want is None:
            print("%s: %s" % (rel, how))
            bad += 1
        elif folder != want:
            print("%s: in %s/, but %s places it in %s/" % (rel, folder, how, want))
            bad += 1
        with open(path, encoding="utf-8", errors="replace") as f:
            lib = re.findall(r'(?m)^\. "\$\(dirname "\$0"\)/(.*)"\s*$', f.read())
        if [os.path.normpath(os.path.join(os.path.dirname(path), x)) for x in lib] != [os.path.join(HERE, "lib.sh")]:
            print('%s: sources %s, not tests/integration/lib.sh from its folder' % (rel, lib or "nothing"))
            bad += 1
    for dirpath, dirnames, _ in os.walk(HERE):
        rel = os.path.relpath(dirpath, HERE)
        dirnames[:] = [d for d in dirnames if not re.match(r"^t[0-9]{4}$", d)
                       and d not in ("every_type", "__pycache__")]
        if rel != "." and rel != "aws" and not folder_named(rel):
            print("%s/: a folder FOLDERS does not name" % rel)
            bad += 1
    for prefix, targets in SOURCES.items():
        for t in targets:
            if not (os.path.isdir(os.path.join(HERE, t)) or os.path.isfile(os.path.join(HERE, t))):
                print("SOURCES[%r]: %s is no folder or file of tests/integration" % (prefix, t))
                bad += 1
    # run.sh finds each file by its bare name, and each folder's files by its name
    names = [os.path.basename(f) for f in files]
    got = subprocess.run([os.path.join(HERE, "run.sh"), "--list"] + names,
                         capture_output=True, text=True, cwd=HERE)
    if got.returncode != 0 or [os.path.join(HERE, f) for f in got.stdout.split()] != files:
        print("run.sh --list BARE_NAME... does not give the files: %s" % (got.stderr.strip() or "other paths"))
        bad += 1
    for folder in sorted({os.path.relpath(os.path.dirname(f), HERE) for f in files} - {"."}):
        got = subprocess.run([os.path.join(HERE, "run.sh"), "--list", folder],
                             capture_output=True, text=True, cwd=ROOT)
        want = [f for f in files if f.startswith(os.path.join(HERE, folder) + os.sep)]
        if got.returncode != 0 or got.stdout.split() != want:
            print("run.sh --list %s does not give the folder's %d file(s)" % (folder, len(want)))
            bad += 1
    bad += check_for_change()
    print("group.py: %d integration file(s) in %d folder(s), %d misplaced or unnamed,"
          " %d --for-change row(s)" % (len(files), len({os.path.dirname(f) for f in files}), bad,
                                       len(FOR_CHANGE_ROWS)))
    return 1 if bad else 0


def sources_for(path):
    """The test folders and files (relative to tests/integration) a change to
    PATH (relative to the root) runs."""
    if path.startswith("tests/integration/"):
        rel = path[len("tests/integration/"):]
        if TEST_NAME.match(os.path.basename(rel)) and "/" in rel:
            return [rel] if os.path.exists(os.path.join(HERE, rel)) else []
        m = re.match(r"^(.*)/t[0-9]{4}/", rel)  # a helper folder: its folder's files of that number
        if m:
            num = rel[len(m.group(1)) + 1:][:5]
            return [os.path.relpath(f, HERE) for f in glob.glob(os.path.join(HERE, m.group(1), num + "-*.sh"))]
    m = re.match(r"^provider/aws/([a-z0-9]+)/", path)
    if m and m.group(1) in services():
        svc = m.group(1)
        if os.path.isdir(os.path.join(HERE, "aws", svc)):
            return ["aws/" + svc]
        # no folder of its own: the aws/ files that drive its types
        out = []
        for f in test_files():
            rel = os.path.relpath(f, HERE)
            if rel.startswith("aws/"):
                with open(f, encoding="utf-8", errors="replace") as h:
                    if driven_services(h.read()).get(svc):
                        out.append(rel)
        return out
    best = max((p for p in SOURCES if path.startswith(p)), key=len, default=None)
    return SOURCES[best] if best is not None else []


def for_change(paths):
    """The test files to run for PATHS, as paths under tests/integration."""
    out = []
    for p in paths:
        for t in sources_for(p) + (TREE if TREE_CODE.match(p) else []):
            full = os.path.join(HERE, t)
            found = sorted(f for f in test_files() if f.startswith(full + os.sep)) \
                if os.path.isdir(full) else [full]
            out += [os.path.relpath(f, HERE) for f in found if f not in out]
    return sorted(set(out))


def check_for_change():
    """Each row of FOR_CHANGE_ROWS: what --for-change gives for its path."""
    bad = 0
    for path, given, not_given in FOR_CHANGE_ROWS:
        for t in given + not_given:
            if not os.path.isfile(os.path.join(HERE, t)):
                print("FOR_CHANGE_ROWS[%s]: %s is no file of tests/integration" % (path, t))
                bad += 1
        got = for_change([path])
        for t in given:
            if t not in got:
                print("--for-change %s: does not give %s" % (path, t))
                bad += 1
        for t in not_given:
            if t in got:
                print("--for-change %s: gives %s, which it does not touch" % (path, t))
                bad += 1
    return bad


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if argv else 2
    cmd, args = argv[0], argv[1:]
    if cmd == "--place":
        rc = 0
        for a in args:
            folder, how = place(a)
            if folder is None:
                print("group.py: " + how, file=sys.stderr)
                rc = 1
            else:
                print("tests/integration/%s/ (%s)" % (folder, how))
        return rc
    if cmd == "--move":
        return max([move(a) for a in args] or [0])
    if cmd == "--apply":
        return max([move(f) for f in sorted(glob.glob(os.path.join(HERE, "t[0-9]*.sh")))] or [0])
    if cmd == "--check":
        return check()
    if cmd == "--for-change":
        for t in for_change(args):
            print(t)
        return 0
    print("group.py: unknown command %s" % cmd, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
