import {
  to = awscc_sagemaker_trial_component.example
  identity = {
    trial_component_arn = "trial_component_arn"
  }
}
