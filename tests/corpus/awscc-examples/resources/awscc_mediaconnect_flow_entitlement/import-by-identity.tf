import {
  to = awscc_mediaconnect_flow_entitlement.example
  identity = {
    entitlement_arn = "entitlement_arn"
  }
}
