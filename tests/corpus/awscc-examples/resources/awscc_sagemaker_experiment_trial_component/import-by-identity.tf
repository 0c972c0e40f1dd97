import {
  to = awscc_sagemaker_experiment_trial_component.example
  identity = {
    arn = "arn"
  }
}
