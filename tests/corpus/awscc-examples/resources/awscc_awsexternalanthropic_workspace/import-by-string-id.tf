import {
  to = awscc_awsexternalanthropic_workspace.example
  id = "arn"
}