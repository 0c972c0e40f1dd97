import {
  to = awscc_customerprofiles_integration.example
  id = "domain_name|uri"
}