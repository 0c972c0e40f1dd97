import {
  to = awscc_cloudwatch_composite_alarm.example
  identity = {
    alarm_name = "alarm_name"
  }
}
