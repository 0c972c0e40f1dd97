import {
  to = awscc_frauddetector_label.example
  id = "arn"
}