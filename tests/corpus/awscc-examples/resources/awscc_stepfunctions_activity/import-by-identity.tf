import {
  to = awscc_stepfunctions_activity.example
  identity = {
    arn = "arn"
  }
}
