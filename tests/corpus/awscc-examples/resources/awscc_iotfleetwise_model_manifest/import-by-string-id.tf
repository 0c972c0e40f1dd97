import {
  to = awscc_iotfleetwise_model_manifest.example
  id = "name"
}