import {
  to = awscc_ses_multi_region_endpoint.example
  id = "endpoint_name"
}