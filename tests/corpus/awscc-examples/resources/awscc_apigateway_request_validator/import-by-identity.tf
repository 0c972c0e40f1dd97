import {
  to = awscc_apigateway_request_validator.example
  identity = {
    rest_api_id          = "rest_api_id"
    request_validator_id = "request_validator_id"
  }
}
