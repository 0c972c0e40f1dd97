import {
  to = awscc_frauddetector_variable.example
  id = "arn"
}