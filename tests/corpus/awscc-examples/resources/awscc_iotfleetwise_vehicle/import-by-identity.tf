import {
  to = awscc_iotfleetwise_vehicle.example
  identity = {
    name = "name"
  }
}
