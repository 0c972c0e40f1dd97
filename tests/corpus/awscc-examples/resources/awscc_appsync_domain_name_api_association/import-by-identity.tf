import {
  to = awscc_appsync_domain_name_api_association.example
  identity = {
    api_association_identifier = "api_association_identifier"
  }
}
