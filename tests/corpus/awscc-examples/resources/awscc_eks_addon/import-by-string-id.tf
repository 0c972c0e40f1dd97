import {
  to = awscc_eks_addon.example
  id = "cluster_name|addon_name"
}