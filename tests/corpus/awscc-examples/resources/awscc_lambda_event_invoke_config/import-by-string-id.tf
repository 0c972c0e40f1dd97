import {
  to = awscc_lambda_event_invoke_config.example
  id = "function_name|qualifier"
}