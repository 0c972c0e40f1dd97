import {
  to = awscc_evidently_feature.example
  id = "arn"
}