import {
  to = awscc_cloudformation_stack.example
  id = "stack_id"
}