import {
  to = awscc_pcs_compute_node_group.example
  id = "arn"
}