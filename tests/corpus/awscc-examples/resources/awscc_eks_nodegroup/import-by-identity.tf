import {
  to = awscc_eks_nodegroup.example
  identity = {
    id = "id"
  }
}
