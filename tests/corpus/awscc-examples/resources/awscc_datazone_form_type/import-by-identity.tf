import {
  to = awscc_datazone_form_type.example
  identity = {
    domain_identifier    = "domain_identifier"
    form_type_identifier = "form_type_identifier"
  }
}
