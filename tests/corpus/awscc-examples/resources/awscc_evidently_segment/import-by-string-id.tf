import {
  to = awscc_evidently_segment.example
  id = "arn"
}