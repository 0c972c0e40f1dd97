import {
  to = awscc_datazone_form_type.example
  id = "domain_identifier|form_type_identifier"
}