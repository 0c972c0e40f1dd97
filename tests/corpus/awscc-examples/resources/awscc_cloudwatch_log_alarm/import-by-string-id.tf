import {
  to = awscc_cloudwatch_log_alarm.example
  id = "alarm_name"
}