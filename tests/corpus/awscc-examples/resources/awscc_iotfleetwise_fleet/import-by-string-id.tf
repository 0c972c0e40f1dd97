import {
  to = awscc_iotfleetwise_fleet.example
  id = "id"
}