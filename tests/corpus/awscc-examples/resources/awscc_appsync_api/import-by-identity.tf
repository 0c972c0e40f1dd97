import {
  to = awscc_appsync_api.example
  identity = {
    api_arn = "api_arn"
  }
}
