import {
  to = awscc_aiops_investigation_group.example
  identity = {
    arn = "arn"
  }
}
