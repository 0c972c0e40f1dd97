import {
  to = awscc_appstream_stack_user_association.example
  id = "stack_name|user_name|authentication_type"
}