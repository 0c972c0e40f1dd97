import {
  to = awscc_scheduler_schedule.example
  identity = {
    name = "name"
  }
}
