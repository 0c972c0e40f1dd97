import {
  to = awscc_customerprofiles_domain.example
  id = "domain_name"
}