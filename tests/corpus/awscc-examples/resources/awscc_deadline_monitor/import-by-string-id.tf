import {
  to = awscc_deadline_monitor.example
  id = "arn"
}