import {
  to = awscc_scn_namespace.example
  id = "arn"
}