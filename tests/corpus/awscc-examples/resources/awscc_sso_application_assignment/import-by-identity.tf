import {
  to = awscc_sso_application_assignment.example
  identity = {
    application_arn = "application_arn"
    principal_type  = "principal_type"
    principal_id    = "principal_id"
  }
}
