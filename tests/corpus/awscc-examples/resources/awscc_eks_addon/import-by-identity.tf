import {
  to = awscc_eks_addon.example
  identity = {
    cluster_name = "cluster_name"
    addon_name   = "addon_name"
  }
}
