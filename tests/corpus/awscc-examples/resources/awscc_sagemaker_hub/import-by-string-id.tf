import {
  to = awscc_sagemaker_hub.example
  id = "hub_arn"
}