import {
  to = awscc_eks_nodegroup.example
  id = "id"
}