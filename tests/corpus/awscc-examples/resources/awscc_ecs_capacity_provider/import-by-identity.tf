import {
  to = awscc_ecs_capacity_provider.example
  identity = {
    name = "name"
  }
}
