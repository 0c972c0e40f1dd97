import {
  to = awscc_evidently_experiment.example
  identity = {
    arn = "arn"
  }
}
