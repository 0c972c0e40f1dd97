import {
  to = awscc_mediaconnect_flow_entitlement.example
  id = "entitlement_arn"
}