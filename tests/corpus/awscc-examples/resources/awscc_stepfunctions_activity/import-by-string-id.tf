import {
  to = awscc_stepfunctions_activity.example
  id = "arn"
}