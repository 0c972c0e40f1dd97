import {
  to = awscc_appstream_application_entitlement_association.example
  id = "stack_name|entitlement_name|application_identifier"
}