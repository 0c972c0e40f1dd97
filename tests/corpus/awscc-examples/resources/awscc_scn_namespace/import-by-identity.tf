import {
  to = awscc_scn_namespace.example
  identity = {
    arn = "arn"
  }
}
