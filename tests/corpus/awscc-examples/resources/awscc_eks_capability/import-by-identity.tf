import {
  to = awscc_eks_capability.example
  identity = {
    arn = "arn"
  }
}
