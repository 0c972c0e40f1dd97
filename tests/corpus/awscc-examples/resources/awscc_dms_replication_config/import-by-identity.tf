import {
  to = awscc_dms_replication_config.example
  identity = {
    replication_config_arn = "replication_config_arn"
  }
}
