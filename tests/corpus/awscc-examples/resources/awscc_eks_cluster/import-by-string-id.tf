import {
  to = awscc_eks_cluster.example
  id = "name"
}