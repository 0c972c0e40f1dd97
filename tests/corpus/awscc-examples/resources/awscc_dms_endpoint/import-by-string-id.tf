import {
  to = awscc_dms_endpoint.example
  id = "endpoint_arn"
}