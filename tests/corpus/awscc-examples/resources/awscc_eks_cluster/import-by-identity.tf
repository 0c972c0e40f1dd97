import {
  to = awscc_eks_cluster.example
  identity = {
    name = "name"
  }
}
