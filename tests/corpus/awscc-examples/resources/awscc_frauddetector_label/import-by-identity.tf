import {
  to = awscc_frauddetector_label.example
  identity = {
    arn = "arn"
  }
}
