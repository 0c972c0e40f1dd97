import {
  to = awscc_appstream_entitlement.example
  identity = {
    stack_name = "stack_name"
    name       = "name"
  }
}
