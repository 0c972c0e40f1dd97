import {
  to = awscc_redshift_endpoint_authorization.example
  identity = {
    cluster_identifier = "cluster_identifier"
    account            = "account"
  }
}
