import {
  to = awscc_cloudwatch_log_alarm.example
  identity = {
    alarm_name = "alarm_name"
  }
}
