"""IAM DeletePolicy: refuse a policy that is attached or has other versions.

The API reference (DeletePolicy) says that before a managed policy can be
deleted it must be detached from every user, group and role, and every
version but the default one must be deleted; otherwise AWS answers
409 DeleteConflict. moto 5.2.1 deletes the policy regardless; this makes it
answer the way AWS does.
"""
from moto.iam.exceptions import DeleteConflictException
from moto.iam.models import IAMBackend

_delete_policy = IAMBackend.delete_policy


def delete_policy(self, policy_arn):
    policy = self.get_policy(policy_arn)
    if policy.attachment_count > 0:
        raise DeleteConflictException(
            "Cannot delete a policy attached to entities.")
    if len(policy.versions) > 1:
        raise DeleteConflictException(
            "This policy has more than one version. Before you delete a policy, "
            "you must delete the policy's versions. The default version is deleted "
            "with the policy.")
    return _delete_policy(self, policy_arn)


IAMBackend.delete_policy = delete_policy
