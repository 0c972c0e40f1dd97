import {
  to = awscc_apigateway_documentation_part.example
  identity = {
    documentation_part_id = "documentation_part_id"
    rest_api_id           = "rest_api_id"
  }
}
