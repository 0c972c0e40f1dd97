import {
  to = awscc_eks_identity_provider_config.example
  identity = {
    identity_provider_config_name = "identity_provider_config_name"
    cluster_name                  = "cluster_name"
    type                          = "type"
  }
}
