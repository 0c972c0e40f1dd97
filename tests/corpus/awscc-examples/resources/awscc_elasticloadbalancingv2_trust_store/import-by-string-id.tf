import {
  to = awscc_elasticloadbalancingv2_trust_store.example
  id = "trust_store_arn"
}