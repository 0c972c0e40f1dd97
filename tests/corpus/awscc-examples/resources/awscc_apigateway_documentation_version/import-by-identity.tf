import {
  to = awscc_apigateway_documentation_version.example
  identity = {
    documentation_version = "documentation_version"
    rest_api_id           = "rest_api_id"
  }
}
