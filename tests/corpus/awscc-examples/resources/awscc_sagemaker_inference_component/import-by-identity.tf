import {
  to = awscc_sagemaker_inference_component.example
  identity = {
    inference_component_arn = "inference_component_arn"
  }
}
