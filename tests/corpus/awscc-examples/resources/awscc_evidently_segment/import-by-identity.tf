import {
  to = awscc_evidently_segment.example
  identity = {
    arn = "arn"
  }
}
