import {
  to = awscc_deadline_fleet.example
  identity = {
    arn = "arn"
  }
}
