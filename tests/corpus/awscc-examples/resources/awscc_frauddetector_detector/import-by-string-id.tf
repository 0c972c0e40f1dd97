import {
  to = awscc_frauddetector_detector.example
  id = "arn"
}