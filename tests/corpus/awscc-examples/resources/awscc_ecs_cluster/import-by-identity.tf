import {
  to = awscc_ecs_cluster.example
  identity = {
    cluster_name = "cluster_name"
  }
}
