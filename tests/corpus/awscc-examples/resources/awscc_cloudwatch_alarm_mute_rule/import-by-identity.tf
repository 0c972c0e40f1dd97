import {
  to = awscc_cloudwatch_alarm_mute_rule.example
  identity = {
    arn = "arn"
  }
}
