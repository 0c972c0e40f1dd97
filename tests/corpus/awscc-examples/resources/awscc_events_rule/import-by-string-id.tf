import {
  to = awscc_events_rule.example
  id = "arn"
}