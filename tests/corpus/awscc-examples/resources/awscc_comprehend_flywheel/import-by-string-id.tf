import {
  to = awscc_comprehend_flywheel.example
  id = "arn"
}