import {
  to = awscc_cloudwatch_alarm_mute_rule.example
  id = "arn"
}