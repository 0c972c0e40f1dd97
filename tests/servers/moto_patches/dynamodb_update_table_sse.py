"""DynamoDB UpdateTable: SSESpecification changes a table's encryption.

From the DynamoDB API reference (UpdateTable, SSESpecification): "The new
server-side encryption settings for the specified table." Enabled true with
KMSMasterKeyId encrypts the table with that KMS key; Enabled true without one
with the AWS managed key, alias/aws/dynamodb; Enabled false with a key AWS
owns. DescribeTable's SSEDescription then shows it (Status ENABLED, SSEType
KMS, KMSMasterKeyArn), or none once it is off. moto 5.2.1's UpdateTable
ignores SSESpecification, so a table whose encryption terrace's
aws.dynamodb.table changes read back unchanged and planned the change again
(server_side_encryption, from terraform-aws-dynamodb-table's `global-tables`;
tests/twins, issue 86).
"""
from moto.dynamodb.responses import DynamoHandler

_update_table = DynamoHandler.update_table


def update_table(self):
    spec = self.body.get("SSESpecification")
    if spec is None:
        return _update_table(self)
    table = self.dynamodb_backend.get_table(self.body["TableName"])
    if spec.get("Enabled") is True:
        key = spec.get("KMSMasterKeyId") or table._get_default_encryption_key(table.account_id,
                                                                              table.region_name)
        table.sse_specification = {"Enabled": True, "SSEType": "KMS", "KMSMasterKeyId": key}
    else:
        table.sse_specification = {"Enabled": False}
    rest = {k: v for k, v in self.body.items() if k != "SSESpecification"}
    if len(rest) == 1:  # the table's name alone
        from moto.dynamodb.responses import DynamoResult
        return DynamoResult(table.describe())
    self.body = rest
    return _update_table(self)


DynamoHandler.update_table = update_table
