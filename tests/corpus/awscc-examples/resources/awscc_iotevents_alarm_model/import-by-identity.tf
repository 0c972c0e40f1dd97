import {
  to = awscc_iotevents_alarm_model.example
  identity = {
    alarm_model_name = "alarm_model_name"
  }
}
