import {
  to = awscc_sso_application_assignment.example
  id = "application_arn|principal_type|principal_id"
}