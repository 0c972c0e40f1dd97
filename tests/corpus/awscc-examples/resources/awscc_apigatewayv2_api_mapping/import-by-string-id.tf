import {
  to = awscc_apigatewayv2_api_mapping.example
  id = "api_mapping_id|domain_name"
}