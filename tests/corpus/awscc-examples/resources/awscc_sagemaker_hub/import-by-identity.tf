import {
  to = awscc_sagemaker_hub.example
  identity = {
    hub_arn = "hub_arn"
  }
}
