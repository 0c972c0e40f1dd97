import {
  to = awscc_sagemaker_experiment.example
  identity = {
    arn = "arn"
  }
}
