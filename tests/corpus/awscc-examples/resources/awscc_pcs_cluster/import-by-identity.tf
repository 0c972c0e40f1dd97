import {
  to = awscc_pcs_cluster.example
  identity = {
    arn = "arn"
  }
}
