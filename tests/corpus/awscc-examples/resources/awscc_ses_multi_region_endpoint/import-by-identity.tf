import {
  to = awscc_ses_multi_region_endpoint.example
  identity = {
    endpoint_name = "endpoint_name"
  }
}
