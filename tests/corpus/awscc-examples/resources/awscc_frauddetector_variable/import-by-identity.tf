import {
  to = awscc_frauddetector_variable.example
  identity = {
    arn = "arn"
  }
}
