import {
  to = awscc_apigateway_documentation_part.example
  id = "documentation_part_id|rest_api_id"
}