import {
  to = awscc_appsync_function_configuration.example
  identity = {
    function_arn = "function_arn"
  }
}
