import {
  to = awscc_lightsail_alarm.example
  identity = {
    alarm_name = "alarm_name"
  }
}
