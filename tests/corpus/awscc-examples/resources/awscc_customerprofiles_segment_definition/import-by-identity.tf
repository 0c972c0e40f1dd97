import {
  to = awscc_customerprofiles_segment_definition.example
  identity = {
    domain_name             = "domain_name"
    segment_definition_name = "segment_definition_name"
  }
}
