import {
  to = awscc_elasticache_replication_group.example
  id = "replication_group_id"
}