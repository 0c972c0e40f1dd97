import {
  to = awscc_appsync_domain_name_api_association.example
  id = "api_association_identifier"
}