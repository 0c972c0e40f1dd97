"""CloudWatch Logs AssociateKmsKey and DisassociateKmsKey, which moto 5.2.1
lacks.

From the CloudWatch Logs API reference: AssociateKmsKey "Associates the
specified KMS key with ... the specified log group" (logGroupName, kmsKeyId:
"The Amazon Resource Name (ARN) of the KMS key to use when encrypting log
data"); DisassociateKmsKey "Disassociates the specified KMS key from the
specified log group"; both answer ResourceNotFoundException for a log group
that does not exist. DescribeLogGroups gives the group's kmsKeyId from then
on (moto's LogGroup keeps it in kms_key_id, which its describe already
gives). moto does not use the key, so a key CloudWatch Logs may not use is
not refused here (terrace's check of the key's policy refuses it first).
"""
from moto.logs.exceptions import ResourceNotFoundException
from moto.logs.responses import LogsResponse


def _group(self):
    group = self.logs_backend.groups.get(self._get_param("logGroupName"))
    if group is None:
        raise ResourceNotFoundException()
    return group


def associate_kms_key(self):
    _group(self).kms_key_id = self._get_param("kmsKeyId")
    return ""


def disassociate_kms_key(self):
    _group(self).kms_key_id = None
    return ""


LogsResponse.associate_kms_key = associate_kms_key
LogsResponse.disassociate_kms_key = disassociate_kms_key
