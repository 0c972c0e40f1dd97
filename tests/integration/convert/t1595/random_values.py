"""t1595/random_values.py: tests/twins/normalise.py's set_aside_random_values
on inventories as the terraform-aws-modules examples leave them: a table and
an alarm named with a random_pet's id by Terraform (hashicorp/random) and
with terrace's 8 hex digits in its place (stacks/convert_tf_refs.c), a
random_id's hex in a bucket's name and policy; and the cases that must still
differ: another difference beside the random part, a hex string where the
original has no random value, a pet name with other text around it; and a
pet inside a policy document (a string) each tool spaces its own way; a
pet before a name_prefix's suffix (a bucket_prefix of "${pet}-"), each
tool's suffix its own.
Prints each case and its difference lines (none: "same").
"""
import json
import sys

sys.path.insert(0, sys.argv[1])
import normalise  # noqa: E402

PET, HEX = "related-tiger", "3f9a0c1e5b7d"


def table(name, mode="PAY_PER_REQUEST", extra=None):
    attrs = {"TableName": name, "BillingMode": mode, "Tags": {"Name": name}}
    attrs.update(extra or {})
    return {"type": "dynamodb.table", "name": name, "attrs": attrs}


def alarm(table_name, uuid):
    name = "TargetTracking-table/" + table_name + "-AlarmHigh-" + uuid
    return {"type": "cloudwatch.alarm", "name": name, "attrs": {"AlarmName": name, "Threshold": 70.0}}


def bucket(name):
    return {"type": "s3.bucket", "name": name, "attrs": {"policy": {"Statement": [{
        "Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "s3:GetObject",
        "Resource": "arn:aws:s3:::" + name + "/*"}]}}}


def key(bucket_name, compact):
    """A KMS key whose policy (a JSON document held as a string, as KMS
    answers it) names the pet; each tool spaces the document its own way."""
    doc = {"Statement": [{"Effect": "Allow", "Action": "kms:Decrypt", "Condition": {"StringLike": {
        "kms:EncryptionContext:aws:s3:arn": ["arn:aws:s3tables:eu-west-1:123456789012:bucket/" + bucket_name + "/*"]}}}]}
    text = json.dumps(doc, separators=(",", ":")) if compact else json.dumps(doc, indent=2)
    return {"type": "kms.key", "name": "key", "attrs": {"policy": text}}


CASES = [
    ("a pet's name and terrace's stand-in", [table("my-table-" + PET)], [table("my-table-92f51286")],
     [(PET, 8)]),
    ("a random_id's hex in a name and a policy", [bucket("logs-" + HEX)], [bucket("logs-0a1b2c3d4e5f")],
     [(HEX, 12)]),
    ("another difference beside it still shows", [table("my-table-" + PET)],
     [table("my-table-92f51286", mode="PROVISIONED")], [(PET, 8)]),
    ("hex where the original has no random value", [table("my-table-fixed", extra={"Alias": "a-00000000"})],
     [table("my-table-fixed", extra={"Alias": "a-92f51286"})], [(PET, 8)]),
    ("other text around the stand-in", [table("my-table-" + PET)], [table("your-table-92f51286")],
     [(PET, 8)]),
    ("a whole value's stand-in, not an account id's digits",
     [table(PET, extra={"CreatedBy": "123456789012"})], [table("92f51286", extra={"CreatedBy": "123456789012"})],
     [(PET, 8)]),
    ("a UUID of each side's after the random part",
     [alarm("my-table-" + PET, "864bc1b6-4cea-4e48-941d-0bdb9d1b0638")],
     [alarm("my-table-92f51286", "0b6e58a2-51f4-4a7c-9b1e-7d3c2f7e9a10")], [(PET, 8)]),
    ("a stand-in of another length", [table("my-table-" + PET)], [table("my-table-92f5")], [(PET, 8)]),
    ("a pet in a policy document each tool spaces its own way", [key("tables-" + PET, True)],
     [key("tables-92f51286", False)], [(PET, 8)]),
    ("a pet before a name_prefix's suffix, each tool's own",
     [bucket(PET + "-20261130223408123400000001")], [bucket("92f51286-5f5df110")], [(PET, 8)]),
    ("a pet before a name_prefix's suffix, another name beside",
     [bucket(PET + "-20261130223408123400000001")], [bucket("92f51286-data-5f5df110")], [(PET, 8)]),
]

for label, original, twin, values in CASES:
    a, b = normalise.set_aside_random_values(original, twin, values)
    lines = normalise.compare(a, b)
    print(label + ":", "same" if not lines else "")
    for line in lines:
        print("  " + line)
