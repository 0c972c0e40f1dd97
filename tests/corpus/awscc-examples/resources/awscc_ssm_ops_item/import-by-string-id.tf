import {
  to = awscc_ssm_ops_item.example
  id = "ops_item_arn"
}