import {
  to = awscc_redshift_endpoint_authorization.example
  id = "cluster_identifier|account"
}