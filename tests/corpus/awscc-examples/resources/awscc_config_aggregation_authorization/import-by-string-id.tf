import {
  to = awscc_config_aggregation_authorization.example
  id = "authorized_account_id|authorized_aws_region"
}