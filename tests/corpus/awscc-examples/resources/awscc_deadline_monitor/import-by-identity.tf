import {
  to = awscc_deadline_monitor.example
  identity = {
    arn = "arn"
  }
}
