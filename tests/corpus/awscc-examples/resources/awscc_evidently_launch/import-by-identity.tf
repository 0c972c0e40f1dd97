import {
  to = awscc_evidently_launch.example
  identity = {
    arn = "arn"
  }
}
