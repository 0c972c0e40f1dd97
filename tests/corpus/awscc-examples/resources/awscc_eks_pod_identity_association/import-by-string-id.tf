import {
  to = awscc_eks_pod_identity_association.example
  id = "association_arn"
}