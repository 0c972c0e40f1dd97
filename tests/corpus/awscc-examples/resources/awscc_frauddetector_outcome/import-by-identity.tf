import {
  to = awscc_frauddetector_outcome.example
  identity = {
    arn = "arn"
  }
}
