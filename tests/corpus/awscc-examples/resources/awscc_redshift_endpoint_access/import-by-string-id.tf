import {
  to = awscc_redshift_endpoint_access.example
  id = "endpoint_name"
}