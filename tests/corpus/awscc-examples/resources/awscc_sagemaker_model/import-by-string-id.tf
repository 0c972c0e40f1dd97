import {
  to = awscc_sagemaker_model.example
  id = "model_arn"
}