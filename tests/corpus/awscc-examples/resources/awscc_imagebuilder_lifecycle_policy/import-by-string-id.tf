import {
  to = awscc_imagebuilder_lifecycle_policy.example
  id = "arn"
}