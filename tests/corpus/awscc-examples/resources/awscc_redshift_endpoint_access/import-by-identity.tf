import {
  to = awscc_redshift_endpoint_access.example
  identity = {
    endpoint_name = "endpoint_name"
  }
}
