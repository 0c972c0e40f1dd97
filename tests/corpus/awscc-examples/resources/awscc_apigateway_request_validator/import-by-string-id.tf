import {
  to = awscc_apigateway_request_validator.example
  id = "rest_api_id|request_validator_id"
}