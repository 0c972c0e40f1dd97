"""KMS ReplicateKey as the API reference describes it.

ReplicateKey(KeyId, ReplicaRegion, Policy, Description, Tags, ...) makes a
replica of a multi-Region primary key in ReplicaRegion: the replica has the
key policy, description and tags the request gives (the default key policy
where Policy is not given), grants and aliases of its own, and DescribeKey
answers its MultiRegionConfiguration with MultiRegionKeyType REPLICA, the
primary's ARN and Region, and every replica of the key (the primary's lists
them too); a key that is not a multi-Region primary is
UnsupportedOperationException, a Region that holds the key already
AlreadyExistsException. A replica of an EXTERNAL key has no key material: PendingImport
until material is imported into it (kms_import_key_material.py). The answer
is ReplicaKeyMetadata, ReplicaPolicy and ReplicaTags.

moto 5.2.1 copied the primary whole (its policy, description, grants and
aliases shared with it, MultiRegionKeyType PRIMARY), ignored Policy,
Description and Tags, and answered the default policy: hashicorp/aws's
aws_kms_replica_key waited for the policy it sent to read back until
stopped (terraform-aws-kms `complete`; tests/twins, issue 86).
"""
import json
from copy import copy

from moto.core.exceptions import JsonRESTError
from moto.kms.models import kms_backends
from moto.kms.responses import KmsResponse


def replicate_key(self):
    key_id = self._get_param("KeyId")
    self._validate_key_id(key_id)
    backend = self.kms_backend
    primary = backend.describe_key(backend.get_key_id(key_id))
    region = self._get_param("ReplicaRegion")
    if not primary.multi_region or primary.multi_region_configuration.get("MultiRegionKeyType") != "PRIMARY":
        raise JsonRESTError("UnsupportedOperationException",
                            f"{primary.arn} is not a multi-Region primary key.")
    if region == primary.region or any(r["Region"] == region for r in
                                       primary.multi_region_configuration.get("ReplicaKeys", [])):
        raise JsonRESTError("AlreadyExistsException",
                            f"{primary.arn.replace(primary.region, region, 1)} already exists")
    replica = copy(primary)
    replica.region = region
    replica.arn = primary.arn.replace(f":{primary.region}:", f":{region}:", 1)
    replica.grants, replica.aliases, replica.rotations = {}, {}, []
    replica.policy = self._get_param("Policy") or replica.generate_default_policy()
    replica.description = self._get_param("Description") or ""
    replica.import_parameters, replica.expiration_model, replica.valid_to = None, None, None
    external = primary.origin == "EXTERNAL"
    replica.key_state, replica.enabled = ("PendingImport", False) if external else ("Enabled", True)
    target = kms_backends[self.current_account][region]
    target.keys[replica.id] = replica
    tags = self._get_param("Tags") or []
    if tags:
        target.tag_resource(replica.id, tags)

    config = primary.multi_region_configuration
    replicas = [r for r in config.get("ReplicaKeys", []) if r["Region"] != region]
    replicas.append({"Arn": replica.arn, "Region": region})
    primary.multi_region_configuration = {"MultiRegionKeyType": "PRIMARY",
                                          "PrimaryKey": dict(config["PrimaryKey"]),
                                          "ReplicaKeys": replicas}
    replica.multi_region_configuration = {"MultiRegionKeyType": "REPLICA",
                                          "PrimaryKey": dict(config["PrimaryKey"]),
                                          "ReplicaKeys": [dict(r) for r in replicas]}
    for other in replicas[:-1]:  # the replicas made before list this one too
        held = kms_backends[self.current_account][other["Region"]].keys.get(replica.id)
        if held is not None and held is not primary:
            held.multi_region_configuration = dict(held.multi_region_configuration,
                                                   ReplicaKeys=[dict(r) for r in replicas])
    return json.dumps({"ReplicaKeyMetadata": replica.to_dict()["KeyMetadata"],
                       "ReplicaPolicy": replica.policy, "ReplicaTags": tags})


KmsResponse.replicate_key = replicate_key
