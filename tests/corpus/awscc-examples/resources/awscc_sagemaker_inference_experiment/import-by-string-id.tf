import {
  to = awscc_sagemaker_inference_experiment.example
  id = "name"
}