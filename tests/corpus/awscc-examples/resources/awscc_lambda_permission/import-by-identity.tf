import {
  to = awscc_lambda_permission.example
  identity = {
    function_name = "function_name"
    id            = "id"
  }
}
