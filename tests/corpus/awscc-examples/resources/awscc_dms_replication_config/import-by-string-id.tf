import {
  to = awscc_dms_replication_config.example
  id = "replication_config_arn"
}