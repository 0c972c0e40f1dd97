import {
  to = awscc_appsync_api.example
  id = "api_arn"
}