import {
  to = awscc_rds_db_shard_group.example
  id = "db_shard_group_identifier"
}