import {
  to = awscc_ecs_task_definition.example
  identity = {
    task_definition_arn = "task_definition_arn"
  }
}
