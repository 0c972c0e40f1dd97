import {
  to = awscc_sagemaker_experiment.example
  id = "arn"
}