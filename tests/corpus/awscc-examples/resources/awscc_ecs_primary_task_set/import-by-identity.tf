import {
  to = awscc_ecs_primary_task_set.example
  identity = {
    cluster = "cluster"
    service = "service"
  }
}
