import {
  to = awscc_elasticloadbalancingv2_trust_store_revocation.example
  identity = {
    revocation_id   = "revocation_id"
    trust_store_arn = "trust_store_arn"
  }
}
