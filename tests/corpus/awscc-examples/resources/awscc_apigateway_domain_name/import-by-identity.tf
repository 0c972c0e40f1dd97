import {
  to = awscc_apigateway_domain_name.example
  identity = {
    domain_name = "domain_name"
  }
}
