import {
  to = awscc_elasticloadbalancingv2_trust_store_revocation.example
  id = "revocation_id|trust_store_arn"
}