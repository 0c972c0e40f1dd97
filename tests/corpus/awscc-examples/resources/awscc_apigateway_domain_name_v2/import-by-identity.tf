import {
  to = awscc_apigateway_domain_name_v2.example
  identity = {
    domain_name_arn = "domain_name_arn"
  }
}
