import {
  to = awscc_iot_policy.example
  id = "id"
}