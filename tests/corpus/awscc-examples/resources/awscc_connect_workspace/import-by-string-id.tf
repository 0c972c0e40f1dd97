import {
  to = awscc_connect_workspace.example
  id = "arn"
}