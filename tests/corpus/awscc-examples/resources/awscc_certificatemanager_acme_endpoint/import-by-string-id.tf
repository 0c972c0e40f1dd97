import {
  to = awscc_certificatemanager_acme_endpoint.example
  id = "acme_endpoint_arn"
}