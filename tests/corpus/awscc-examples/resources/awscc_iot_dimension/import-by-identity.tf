import {
  to = awscc_iot_dimension.example
  identity = {
    name = "name"
  }
}
