import {
  to = awscc_eks_fargate_profile.example
  identity = {
    cluster_name         = "cluster_name"
    fargate_profile_name = "fargate_profile_name"
  }
}
