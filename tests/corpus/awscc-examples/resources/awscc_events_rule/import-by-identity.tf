import {
  to = awscc_events_rule.example
  identity = {
    arn = "arn"
  }
}
