import {
  to = awscc_iot_dimension.example
  id = "name"
}