import {
  to = awscc_eks_capability.example
  id = "arn"
}