import {
  to = awscc_rds_db_proxy_target_group.example
  identity = {
    target_group_arn = "target_group_arn"
  }
}
