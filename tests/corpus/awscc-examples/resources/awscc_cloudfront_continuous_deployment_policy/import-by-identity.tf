import {
  to = awscc_cloudfront_continuous_deployment_policy.example
  identity = {
    id = "id"
  }
}
