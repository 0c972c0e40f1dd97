import {
  to = awscc_deadline_fleet.example
  id = "arn"
}