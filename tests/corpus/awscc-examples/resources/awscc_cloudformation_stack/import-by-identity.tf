import {
  to = awscc_cloudformation_stack.example
  identity = {
    stack_id = "stack_id"
  }
}
