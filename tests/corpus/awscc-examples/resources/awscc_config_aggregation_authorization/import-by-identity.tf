import {
  to = awscc_config_aggregation_authorization.example
  identity = {
    authorized_account_id = "authorized_account_id"
    authorized_aws_region = "authorized_aws_region"
  }
}
