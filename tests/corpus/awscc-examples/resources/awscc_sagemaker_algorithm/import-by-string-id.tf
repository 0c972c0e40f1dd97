import {
  to = awscc_sagemaker_algorithm.example
  id = "algorithm_arn"
}