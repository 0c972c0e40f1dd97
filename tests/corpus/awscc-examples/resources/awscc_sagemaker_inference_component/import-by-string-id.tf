import {
  to = awscc_sagemaker_inference_component.example
  id = "inference_component_arn"
}