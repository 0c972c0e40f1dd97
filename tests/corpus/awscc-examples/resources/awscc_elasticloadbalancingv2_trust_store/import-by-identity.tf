import {
  to = awscc_elasticloadbalancingv2_trust_store.example
  identity = {
    trust_store_arn = "trust_store_arn"
  }
}
