import {
  to = awscc_dms_endpoint.example
  identity = {
    endpoint_arn = "endpoint_arn"
  }
}
