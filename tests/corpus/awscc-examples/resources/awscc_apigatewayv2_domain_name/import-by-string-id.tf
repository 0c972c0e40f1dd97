import {
  to = awscc_apigatewayv2_domain_name.example
  id = "domain_name"
}