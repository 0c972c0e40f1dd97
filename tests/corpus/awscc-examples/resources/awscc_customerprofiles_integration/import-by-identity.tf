import {
  to = awscc_customerprofiles_integration.example
  identity = {
    domain_name = "domain_name"
    uri         = "uri"
  }
}
