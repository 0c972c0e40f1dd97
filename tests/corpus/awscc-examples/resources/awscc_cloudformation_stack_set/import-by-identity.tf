import {
  to = awscc_cloudformation_stack_set.example
  identity = {
    stack_set_id = "stack_set_id"
  }
}
