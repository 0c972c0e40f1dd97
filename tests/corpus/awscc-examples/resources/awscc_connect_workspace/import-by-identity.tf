import {
  to = awscc_connect_workspace.example
  identity = {
    arn = "arn"
  }
}
