import {
  to = awscc_iotwireless_task_definition.example
  identity = {
    id = "id"
  }
}
