import {
  to = awscc_databrew_schedule.example
  id = "name"
}