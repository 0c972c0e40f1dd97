import {
  to = awscc_apigatewayv2_domain_name.example
  identity = {
    domain_name = "domain_name"
  }
}
