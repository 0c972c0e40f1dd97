import {
  to = awscc_lambda_event_invoke_config.example
  identity = {
    function_name = "function_name"
    qualifier     = "qualifier"
  }
}
