import {
  to = awscc_appstream_application_entitlement_association.example
  identity = {
    stack_name             = "stack_name"
    entitlement_name       = "entitlement_name"
    application_identifier = "application_identifier"
  }
}
