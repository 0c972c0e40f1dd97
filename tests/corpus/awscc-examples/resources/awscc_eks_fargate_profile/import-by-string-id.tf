import {
  to = awscc_eks_fargate_profile.example
  id = "cluster_name|fargate_profile_name"
}