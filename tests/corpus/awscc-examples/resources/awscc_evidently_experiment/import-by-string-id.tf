import {
  to = awscc_evidently_experiment.example
  id = "arn"
}