import {
  to = awscc_cloudwatch_alarm.example
  id = "alarm_name"
}