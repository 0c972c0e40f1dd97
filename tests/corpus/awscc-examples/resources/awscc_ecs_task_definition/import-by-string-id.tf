import {
  to = awscc_ecs_task_definition.example
  id = "task_definition_arn"
}