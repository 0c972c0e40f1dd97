import {
  to = awscc_ecs_cluster.example
  id = "cluster_name"
}