import {
  to = awscc_ecs_task_set.example
  identity = {
    cluster = "cluster"
    service = "service"
    id      = "id"
  }
}
