import {
  to = awscc_wafv2_web_acl_association.example
  id = "resource_arn|web_acl_arn"
}