"""DynamoDB CreateTable: SSESpecification with Enabled false makes no KMS key.

From the DynamoDB API reference (SSESpecification, Enabled): "Indicates
whether server-side encryption is done using an AWS managed key or an AWS
owned key. If enabled (true), server-side encryption type is set to KMS and
an AWS managed key is used (AWS KMS charges apply). If disabled (false) or
not specified, server-side encryption is set to AWS owned key." Only the
AWS managed key, alias/aws/dynamodb, is one of the account's KMS keys.
moto 5.2.1 makes that key (and its alias) whenever SSESpecification is sent,
Enabled false too, so an account where a table was made with encryption
switched off holds a key AWS never makes (tests/twins, issue 86:
terraform-aws-dynamodb-table's examples/basic, whose module sends
`enabled = false` by default, showed alias/aws/dynamodb only in the
original's account). DescribeTable is unchanged: it answered SSEDescription
only for Enabled true already.
"""
from moto.dynamodb.models.table import Table

_original_init = Table.__init__


def __init__(self, *args, **kwargs):
    sse = kwargs.get("sse_specification")
    if sse and sse.get("Enabled") is not True and "KMSMasterKeyId" not in sse:
        kwargs["sse_specification"] = None
        _original_init(self, *args, **kwargs)
        self.sse_specification = sse
        return
    _original_init(self, *args, **kwargs)


Table.__init__ = __init__
