import {
  to = awscc_sagemaker_experiment_trial_component.example
  id = "arn"
}