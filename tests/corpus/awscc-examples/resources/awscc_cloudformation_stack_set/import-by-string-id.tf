import {
  to = awscc_cloudformation_stack_set.example
  id = "stack_set_id"
}