import {
  to = awscc_apigateway_domain_name_access_association.example
  id = "domain_name_access_association_arn"
}