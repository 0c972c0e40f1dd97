import {
  to = awscc_sso_assignment.example
  identity = {
    instance_arn       = "instance_arn"
    target_id          = "target_id"
    target_type        = "target_type"
    permission_set_arn = "permission_set_arn"
    principal_type     = "principal_type"
    principal_id       = "principal_id"
  }
}
