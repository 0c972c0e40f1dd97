import {
  to = awscc_apigateway_usage_plan_key.example
  identity = {
    id = "id"
  }
}
