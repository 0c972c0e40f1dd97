import {
  to = awscc_iam_service_linked_role.example
  identity = {
    role_name = "role_name"
  }
}
