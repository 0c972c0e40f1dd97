import {
  to = awscc_sagemaker_action.example
  id = "arn"
}