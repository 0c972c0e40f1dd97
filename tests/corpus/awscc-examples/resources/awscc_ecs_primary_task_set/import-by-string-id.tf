import {
  to = awscc_ecs_primary_task_set.example
  id = "cluster|service"
}