import {
  to = awscc_ecs_capacity_provider.example
  id = "name"
}