import {
  to = awscc_frauddetector_outcome.example
  id = "arn"
}