import {
  to = awscc_cloudwatch_composite_alarm.example
  id = "alarm_name"
}