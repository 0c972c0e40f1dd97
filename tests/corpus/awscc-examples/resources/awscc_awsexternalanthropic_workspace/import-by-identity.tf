import {
  to = awscc_awsexternalanthropic_workspace.example
  identity = {
    arn = "arn"
  }
}
