import {
  to = awscc_cloudwatch_alarm.example
  identity = {
    alarm_name = "alarm_name"
  }
}
