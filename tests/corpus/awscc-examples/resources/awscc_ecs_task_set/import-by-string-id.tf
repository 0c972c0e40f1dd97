import {
  to = awscc_ecs_task_set.example
  id = "cluster|service|id"
}