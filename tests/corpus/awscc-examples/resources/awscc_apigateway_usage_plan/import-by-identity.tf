import {
  to = awscc_apigateway_usage_plan.example
  identity = {
    id = "id"
  }
}
