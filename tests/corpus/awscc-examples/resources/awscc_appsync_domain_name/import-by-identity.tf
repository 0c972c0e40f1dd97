import {
  to = awscc_appsync_domain_name.example
  identity = {
    domain_name = "domain_name"
  }
}
