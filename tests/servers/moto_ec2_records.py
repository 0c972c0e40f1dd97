"""tests/servers/moto_ec2_records.py: what the EC2 patches of moto_patches/
that keep objects as records of their own (a dict each, its tags in
"TagDict": capacity reservations, placement groups, VPC Block Public Access
exclusions) share: the Filters of their Describe call, as EC2 reads them.
Not a patch itself (moto_run.py imports moto_patches/*.py; this folder is on
the path of every moto it starts).
"""
from moto.ec2.exceptions import EC2ClientError


def ec2_filtered(records, filters, fields):
    """records kept by EC2's Filters (name -> values): a name of `fields` (a
    filter's name -> the record's key), tag:KEY and tag-key; another name is
    InvalidParameterValue, as EC2 answers it."""
    for name, values in filters.items():
        if name in fields:
            records = [r for r in records if r.get(fields[name]) in values]
        elif name.startswith("tag:"):
            records = [r for r in records if r["TagDict"].get(name[4:]) in values]
        elif name == "tag-key":
            records = [r for r in records if any(k in values for k in r["TagDict"])]
        else:
            raise EC2ClientError("InvalidParameterValue", f"The filter '{name}' is invalid")
    return records
