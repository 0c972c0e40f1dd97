import {
  to = awscc_frauddetector_list.example
  identity = {
    arn = "arn"
  }
}
