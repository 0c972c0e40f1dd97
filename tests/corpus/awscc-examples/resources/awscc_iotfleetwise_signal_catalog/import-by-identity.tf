import {
  to = awscc_iotfleetwise_signal_catalog.example
  identity = {
    name = "name"
  }
}
