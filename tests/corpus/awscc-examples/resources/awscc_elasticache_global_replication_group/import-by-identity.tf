import {
  to = awscc_elasticache_global_replication_group.example
  identity = {
    global_replication_group_id = "global_replication_group_id"
  }
}
