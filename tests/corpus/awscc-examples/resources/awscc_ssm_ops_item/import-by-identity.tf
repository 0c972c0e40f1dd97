import {
  to = awscc_ssm_ops_item.example
  identity = {
    ops_item_arn = "ops_item_arn"
  }
}
