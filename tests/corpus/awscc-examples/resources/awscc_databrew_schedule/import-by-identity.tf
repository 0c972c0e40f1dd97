import {
  to = awscc_databrew_schedule.example
  identity = {
    name = "name"
  }
}
