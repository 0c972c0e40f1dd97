import {
  to = awscc_eks_pod_identity_association.example
  identity = {
    association_arn = "association_arn"
  }
}
