import {
  to = awscc_apigateway_documentation_version.example
  id = "documentation_version|rest_api_id"
}