import {
  to = awscc_iotevents_detector_model.example
  id = "detector_model_name"
}