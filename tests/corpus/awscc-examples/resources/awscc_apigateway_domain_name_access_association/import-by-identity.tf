import {
  to = awscc_apigateway_domain_name_access_association.example
  identity = {
    domain_name_access_association_arn = "domain_name_access_association_arn"
  }
}
