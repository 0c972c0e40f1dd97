import {
  to = awscc_evidently_feature.example
  identity = {
    arn = "arn"
  }
}
