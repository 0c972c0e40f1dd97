import {
  to = awscc_pcs_cluster.example
  id = "arn"
}