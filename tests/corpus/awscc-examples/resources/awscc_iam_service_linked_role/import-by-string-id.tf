import {
  to = awscc_iam_service_linked_role.example
  id = "role_name"
}