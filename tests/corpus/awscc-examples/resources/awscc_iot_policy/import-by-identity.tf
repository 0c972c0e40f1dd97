import {
  to = awscc_iot_policy.example
  identity = {
    id = "id"
  }
}
