import {
  to = awscc_rds_db_shard_group.example
  identity = {
    db_shard_group_identifier = "db_shard_group_identifier"
  }
}
