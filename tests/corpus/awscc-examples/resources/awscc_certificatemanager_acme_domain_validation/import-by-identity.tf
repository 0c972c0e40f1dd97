import {
  to = awscc_certificatemanager_acme_domain_validation.example
  identity = {
    arn = "arn"
  }
}
