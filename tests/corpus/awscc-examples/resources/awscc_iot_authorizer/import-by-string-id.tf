import {
  to = awscc_iot_authorizer.example
  id = "authorizer_name"
}