import {
  to = awscc_sagemaker_endpoint.example
  id = "endpoint_arn"
}