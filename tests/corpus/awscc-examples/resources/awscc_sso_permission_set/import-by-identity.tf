import {
  to = awscc_sso_permission_set.example
  identity = {
    instance_arn       = "instance_arn"
    permission_set_arn = "permission_set_arn"
  }
}
