"""t0435/corpus/policies.py PLAN.json: ten policies over a Terraform JSON
plan (`terraform show -json`, or terrace's `show -json -terraform-names`),
written the way conftest (OPA/Rego) and checkov's plan mode read plans: a
resource is found in resource_changes by its type and address, and a
setting Terraform keeps in a resource of its own (a bucket's versioning,
encryption, public access block, lifecycle) is linked to its bucket through
configuration (root_module.resources, or module_calls.NAME.module.resources
for a module's), by the reference its `bucket` expression makes (`bucket = aws_s3_bucket.raw.id` gives references
["aws_s3_bucket.raw.id", "aws_s3_bucket.raw"]), never by comparing names.

No OPA, conftest or checkov can be installed on this machine (no Debian
package; npm has only OPA's WebAssembly runner, which needs `opa build`), so
each policy is a Python function that stands for the Rego deny rule in its
docstring. Prints one "ADDRESS: POLICY: finding" line per finding, sorted.
"""
import json
import re
import sys

WRITES = ("create", "update")


def changes(plan, type_):
    """input.resource_changes[_] of a type, created or updated."""
    for rc in plan.get("resource_changes", []):
        if rc["type"] == type_ and any(a in WRITES for a in rc["change"]["actions"]):
            yield rc


def config_module(plan, module_address):
    """The configuration module of a module instance ("module.zone[\"a\"]"):
    root_module.module_calls.zone.module, and so on down."""
    m = plan.get("configuration", {}).get("root_module", {})
    for name in re.findall(r'module\.([^.\[]+)(?:\[[^\]]*\])?', module_address or ""):
        m = m.get("module_calls", {}).get(name, {}).get("module", {})
    return m


def referencing(plan, type_, rc, attr="bucket"):
    """The addresses of the instances, in rc's module instance, of the
    configuration resources of type_ whose attr refers to rc's resource:
    r.expressions[attr].references[_] == the module-relative address."""
    ma = rc.get("module_address")
    local = rc["address"][len(ma) + 1:] if ma else rc["address"]
    return [f"{ma}.{r['address']}" if ma else r["address"]
            for r in config_module(plan, ma).get("resources", []) if r["type"] == type_
            and local in r.get("expressions", {}).get(attr, {}).get("references", [])]


def linked_blocks(plan, type_, rc, block):
    """The `block` blocks of the planned resources of type_ whose bucket
    refers to rc's (a bucket's versioning, encryption, lifecycle)."""
    return [b for a in referencing(plan, type_, rc) for b in after(plan, a).get(block) or []]


def after(plan, address):
    for rc in plan.get("resource_changes", []):
        if rc["address"] == address:
            return rc["change"]["after"] or {}
    return {}


def statements(document):
    doc = json.loads(document) if isinstance(document, str) else (document or {})
    st = doc.get("Statement", [])
    return st if isinstance(st, list) else [st]


def as_list(v):
    return v if isinstance(v, list) else [v]


def deny_s3_encryption(plan):
    """deny[msg] { b := buckets[_]; not has_sse(b.address) } where has_sse
    finds an aws_s3_bucket_server_side_encryption_configuration whose
    bucket references b with an sse_algorithm set (CKV2_AWS_... style)."""
    for b in changes(plan, "aws_s3_bucket"):
        ok = any(rule.get("apply_server_side_encryption_by_default", [{}])[0].get("sse_algorithm")
                 for rule in linked_blocks(plan, "aws_s3_bucket_server_side_encryption_configuration",
                                           b, "rule"))
        if not ok:
            yield b["address"], "s3_encryption", "bucket without default encryption"


def deny_s3_public_access(plan):
    """deny[msg] { b := buckets[_]; not blocked(b.address) }: an
    aws_s3_bucket_public_access_block referencing b with all four settings
    true (CKV2_AWS_6)."""
    keys = ("block_public_acls", "ignore_public_acls", "block_public_policy", "restrict_public_buckets")
    for b in changes(plan, "aws_s3_bucket"):
        ok = any(all(after(plan, a).get(k) is True for k in keys)
                 for a in referencing(plan, "aws_s3_bucket_public_access_block", b))
        if not ok:
            yield b["address"], "s3_public_access", "public access not blocked"


def deny_s3_versioning(plan):
    """deny[msg] { b := buckets[_]; not versioned(b.address) }: an
    aws_s3_bucket_versioning referencing b with status Enabled (CKV_AWS_21)."""
    for b in changes(plan, "aws_s3_bucket"):
        ok = any(vc.get("status") == "Enabled" for vc in linked_blocks(
            plan, "aws_s3_bucket_versioning", b, "versioning_configuration"))
        if not ok:
            yield b["address"], "s3_versioning", "bucket without versioning"


def deny_s3_lifecycle(plan):
    """deny[msg] { b := buckets[_]; not expiring(b.address) }: an
    aws_s3_bucket_lifecycle_configuration referencing b with a rule
    Enabled (CKV2_AWS_61)."""
    for b in changes(plan, "aws_s3_bucket"):
        ok = any(rule.get("status") == "Enabled" for rule in linked_blocks(
            plan, "aws_s3_bucket_lifecycle_configuration", b, "rule"))
        if not ok:
            yield b["address"], "s3_lifecycle", "bucket without a lifecycle rule"


def deny_wildcard_actions(plan):
    """deny[msg] { p := policies[_]; s := json.unmarshal(p.change.after.policy).Statement[_];
    s.Effect == "Allow"; s.Action[_] == "*" } (CKV_AWS_62/63), for IAM and
    bucket policies."""
    for t in ("aws_iam_policy", "aws_s3_bucket_policy"):
        for rc in changes(plan, t):
            if any(s.get("Effect") == "Allow" and any(a == "*" or a.endswith(":*") for a in as_list(s.get("Action")))
                   for s in statements(rc["change"]["after"].get("policy"))):
                yield rc["address"], "wildcard_actions", "allows every action"


def deny_public_trust(plan):
    """deny[msg] { grants to Principal "*" or {"AWS": "*"} }: a role anyone
    may assume, or a bucket policy open to everyone (CKV_AWS_60, CKV_AWS_70)."""
    for t, attr in (("aws_iam_role", "assume_role_policy"), ("aws_s3_bucket_policy", "policy")):
        for rc in changes(plan, t):
            for s in statements(rc["change"]["after"].get(attr)):
                p = s.get("Principal")
                if s.get("Effect") == "Allow" and (p == "*" or (isinstance(p, dict) and "*" in as_list(p.get("AWS")))):
                    yield rc["address"], "public_trust", "grants to everyone"
                    break


def deny_owner_tag(plan):
    """deny[msg] { r := input.resource_changes[_]; tags := object.get(after,
    "tags_all", after.tags); not tags.owner } for every taggable resource
    (one whose after has tags)."""
    for rc in plan.get("resource_changes", []):
        a = rc["change"]["after"] or {}
        if not any(x in WRITES for x in rc["change"]["actions"]) or "tags" not in a:
            continue
        tags = a.get("tags_all") or a.get("tags") or {}
        if "owner" not in tags:
            yield rc["address"], "owner_tag", "no owner tag"


def deny_unmarked_secrets(plan):
    """deny[msg] { r.type == "aws_secretsmanager_secret_version";
    not r.change.after_sensitive.secret_string } and the same for a
    database's password: a secret a tool would print."""
    for t, attr in (("aws_secretsmanager_secret_version", "secret_string"), ("aws_db_instance", "password")):
        for rc in changes(plan, t):
            if (rc["change"].get("after_sensitive") or {}).get(attr) is not True:
                yield rc["address"], "sensitive_values", f"{attr} not marked sensitive"


def deny_no_deletion_protection(plan):
    """deny[msg]: a database destroyed without a final snapshot
    (skip_final_snapshot), a secret deleted without a recovery window."""
    for rc in changes(plan, "aws_db_instance"):
        if rc["change"]["after"].get("skip_final_snapshot") is True:
            yield rc["address"], "deletion_protection", "destroyed without a final snapshot"
    for rc in changes(plan, "aws_secretsmanager_secret"):
        if rc["change"]["after"].get("recovery_window_in_days") == 0:
            yield rc["address"], "deletion_protection", "deleted without a recovery window"


def deny_log_retention(plan):
    """deny[msg] { r.type == "aws_cloudwatch_log_group";
    not r.change.after.retention_in_days } (CKV_AWS_66): logs kept for
    ever, or not said."""
    for rc in changes(plan, "aws_cloudwatch_log_group"):
        if not rc["change"]["after"].get("retention_in_days"):
            yield rc["address"], "logging", "log group without a retention"


def deny_public_database(plan):
    """deny[msg] { r.type == "aws_db_instance"; r.change.after.publicly_accessible } (CKV_AWS_17)."""
    for rc in changes(plan, "aws_db_instance"):
        if rc["change"]["after"].get("publicly_accessible") is True:
            yield rc["address"], "public_database", "database reachable from the internet"


POLICIES = [deny_s3_encryption, deny_s3_public_access, deny_s3_versioning, deny_s3_lifecycle,
            deny_wildcard_actions, deny_public_trust, deny_owner_tag, deny_unmarked_secrets,
            deny_no_deletion_protection, deny_log_retention, deny_public_database]

if __name__ == "__main__":
    plan = json.load(open(sys.argv[1]))
    found = sorted(f"{a}: {p}: {m}" for policy in POLICIES for a, p, m in policy(plan))
    for line in found:
        print(line)
