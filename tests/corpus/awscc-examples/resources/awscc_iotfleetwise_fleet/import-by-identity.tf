import {
  to = awscc_iotfleetwise_fleet.example
  identity = {
    id = "id"
  }
}
