import {
  to = awscc_rds_db_proxy_target_group.example
  id = "target_group_arn"
}