import {
  to = awscc_aps_workspace.example
  identity = {
    arn = "arn"
  }
}
