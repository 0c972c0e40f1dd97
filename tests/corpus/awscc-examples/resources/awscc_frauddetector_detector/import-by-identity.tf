import {
  to = awscc_frauddetector_detector.example
  identity = {
    arn = "arn"
  }
}
