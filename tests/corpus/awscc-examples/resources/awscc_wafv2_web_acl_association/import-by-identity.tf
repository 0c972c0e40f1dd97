import {
  to = awscc_wafv2_web_acl_association.example
  identity = {
    resource_arn = "resource_arn"
    web_acl_arn  = "web_acl_arn"
  }
}
