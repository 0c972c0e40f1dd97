import {
  to = awscc_iotevents_alarm_model.example
  id = "alarm_model_name"
}