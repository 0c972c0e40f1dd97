import {
  to = awscc_evidently_launch.example
  id = "arn"
}