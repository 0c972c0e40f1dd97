import {
  to = awscc_apigateway_domain_name.example
  id = "domain_name"
}