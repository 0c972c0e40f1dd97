import {
  to = awscc_ecs_cluster_capacity_provider_associations.example
  id = "cluster"
}