import {
  to = awscc_iotevents_detector_model.example
  identity = {
    detector_model_name = "detector_model_name"
  }
}
