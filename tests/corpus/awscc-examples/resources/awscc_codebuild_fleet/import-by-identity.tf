import {
  to = awscc_codebuild_fleet.example
  identity = {
    arn = "arn"
  }
}
