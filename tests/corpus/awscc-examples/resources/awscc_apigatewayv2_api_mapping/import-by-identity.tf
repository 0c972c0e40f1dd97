import {
  to = awscc_apigatewayv2_api_mapping.example
  identity = {
    api_mapping_id = "api_mapping_id"
    domain_name    = "domain_name"
  }
}
