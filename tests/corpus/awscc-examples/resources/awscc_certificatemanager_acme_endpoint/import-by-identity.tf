import {
  to = awscc_certificatemanager_acme_endpoint.example
  identity = {
    acme_endpoint_arn = "acme_endpoint_arn"
  }
}
