import {
  to = awscc_notifications_event_rule.example
  id = "arn"
}