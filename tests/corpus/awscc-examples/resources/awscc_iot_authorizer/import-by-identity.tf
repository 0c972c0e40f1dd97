import {
  to = awscc_iot_authorizer.example
  identity = {
    authorizer_name = "authorizer_name"
  }
}
