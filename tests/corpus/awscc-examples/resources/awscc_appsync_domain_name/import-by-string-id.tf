import {
  to = awscc_appsync_domain_name.example
  id = "domain_name"
}