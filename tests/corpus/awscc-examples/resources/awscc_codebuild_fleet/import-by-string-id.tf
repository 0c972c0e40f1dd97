import {
  to = awscc_codebuild_fleet.example
  id = "arn"
}