import {
  to = awscc_aps_workspace.example
  id = "arn"
}