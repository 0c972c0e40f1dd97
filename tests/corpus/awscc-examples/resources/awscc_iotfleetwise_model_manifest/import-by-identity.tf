import {
  to = awscc_iotfleetwise_model_manifest.example
  identity = {
    name = "name"
  }
}
