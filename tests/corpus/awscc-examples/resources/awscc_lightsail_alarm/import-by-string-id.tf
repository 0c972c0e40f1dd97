import {
  to = awscc_lightsail_alarm.example
  id = "alarm_name"
}