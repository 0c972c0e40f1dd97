import {
  to = awscc_appstream_entitlement.example
  id = "stack_name|name"
}