import {
  to = awscc_scheduler_schedule_group.example
  identity = {
    name = "name"
  }
}
