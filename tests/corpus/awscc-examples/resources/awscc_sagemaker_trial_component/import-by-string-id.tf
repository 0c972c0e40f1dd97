import {
  to = awscc_sagemaker_trial_component.example
  id = "trial_component_arn"
}