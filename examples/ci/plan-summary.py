#!/usr/bin/env python3
"""plan-summary.py: a merge-request comment from `terrace show -json PLANFILE`.

Reads the JSON plan (Terraform's JSON plan format) on stdin or from a file and
prints Markdown: the counts, one table row per resource that changes, and the
output changes. Values are never printed, only addresses and actions, so a
summary cannot leak what the plan redacts.

  terrace show -json tfplan | examples/ci/plan-summary.py > summary.md
  examples/ci/plan-summary.py --deny-delete plan.json   # exit 3 if anything is deleted

Exit codes: 0 summary printed, 2 not a JSON plan, 3 a --deny-delete policy failed.
"""
import argparse
import json
import sys

SYMBOLS = {
    ("create",): "+ create",
    ("update",): "~ update",
    ("delete", "create"): "-/+ replace",
    ("create", "delete"): "+/- replace",
    ("delete",): "- delete",
}


def load(path):
    try:
        doc = json.load(open(path) if path != "-" else sys.stdin)
    except (OSError, ValueError) as e:
        sys.exit(f"plan-summary: cannot read {path}: {e}")
    if not isinstance(doc, dict) or not str(doc.get("format_version", "")).startswith("1."):
        print(f"plan-summary: {path} is not a JSON plan (format_version 1.x)", file=sys.stderr)
        sys.exit(2)
    return doc


def summarise(doc):
    changes = [c for c in doc.get("resource_changes", [])
               if tuple(c["change"]["actions"]) in SYMBOLS]
    add = sum("create" in c["change"]["actions"] for c in changes)
    change = sum(c["change"]["actions"] == ["update"] for c in changes)
    destroy = sum("delete" in c["change"]["actions"] for c in changes)
    lines = ["### terrace plan", ""]
    if not changes:
        lines.append("No changes. Your infrastructure matches the configuration.")
    else:
        lines.append(f"**Plan:** {add} to add, {change} to change, {destroy} to destroy.")
        lines += ["", "| Action | Resource | Type |", "|---|---|---|"]
        for c in changes:
            lines.append(f"| {SYMBOLS[tuple(c['change']['actions'])]} | `{c['address']}` | {c['type']} |")
    outs = {k: v for k, v in doc.get("output_changes", {}).items() if v["actions"] != ["no-op"]}
    if outs:
        lines += ["", "Outputs: " + ", ".join(f"`{k}` ({v['actions'][0]})" for k, v in sorted(outs.items()))]
    return "\n".join(lines), destroy


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("plan", nargs="?", default="-", help="JSON plan file (default: stdin)")
    ap.add_argument("--deny-delete", action="store_true",
                    help="exit 3 when the plan deletes or replaces anything")
    args = ap.parse_args()
    text, destroy = summarise(load(args.plan))
    print(text)
    if args.deny_delete and destroy:
        print(f"plan-summary: policy: the plan deletes {destroy} resource(s)", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
