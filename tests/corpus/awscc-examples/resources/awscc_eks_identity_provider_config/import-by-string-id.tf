import {
  to = awscc_eks_identity_provider_config.example
  id = "identity_provider_config_name|cluster_name|type"
}