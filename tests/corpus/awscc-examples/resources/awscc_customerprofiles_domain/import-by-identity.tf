import {
  to = awscc_customerprofiles_domain.example
  identity = {
    domain_name = "domain_name"
  }
}
