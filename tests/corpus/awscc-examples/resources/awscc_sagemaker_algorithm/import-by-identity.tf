import {
  to = awscc_sagemaker_algorithm.example
  identity = {
    algorithm_arn = "algorithm_arn"
  }
}
