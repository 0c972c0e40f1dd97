import {
  to = awscc_elasticache_replication_group.example
  identity = {
    replication_group_id = "replication_group_id"
  }
}
