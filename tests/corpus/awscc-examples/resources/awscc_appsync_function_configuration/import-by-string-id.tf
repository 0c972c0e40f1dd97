import {
  to = awscc_appsync_function_configuration.example
  id = "function_arn"
}