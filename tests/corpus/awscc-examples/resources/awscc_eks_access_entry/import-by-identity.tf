import {
  to = awscc_eks_access_entry.example
  identity = {
    principal_arn = "principal_arn"
    cluster_name  = "cluster_name"
  }
}
