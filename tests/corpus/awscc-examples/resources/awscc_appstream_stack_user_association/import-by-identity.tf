import {
  to = awscc_appstream_stack_user_association.example
  identity = {
    stack_name          = "stack_name"
    user_name           = "user_name"
    authentication_type = "authentication_type"
  }
}
