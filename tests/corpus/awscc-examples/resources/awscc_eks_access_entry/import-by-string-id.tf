import {
  to = awscc_eks_access_entry.example
  id = "principal_arn|cluster_name"
}