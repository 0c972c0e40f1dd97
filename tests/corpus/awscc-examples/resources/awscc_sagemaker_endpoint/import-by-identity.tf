import {
  to = awscc_sagemaker_endpoint.example
  identity = {
    endpoint_arn = "endpoint_arn"
  }
}
