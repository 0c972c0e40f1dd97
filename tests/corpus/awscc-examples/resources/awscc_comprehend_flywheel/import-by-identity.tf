import {
  to = awscc_comprehend_flywheel.example
  identity = {
    arn = "arn"
  }
}
