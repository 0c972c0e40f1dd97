import {
  to = awscc_iotfleetwise_vehicle.example
  id = "name"
}