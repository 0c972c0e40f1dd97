import {
  to = awscc_scheduler_schedule.example
  id = "name"
}