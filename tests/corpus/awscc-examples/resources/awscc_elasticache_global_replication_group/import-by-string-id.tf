import {
  to = awscc_elasticache_global_replication_group.example
  id = "global_replication_group_id"
}