import {
  to = awscc_apigateway_domain_name_v2.example
  id = "domain_name_arn"
}