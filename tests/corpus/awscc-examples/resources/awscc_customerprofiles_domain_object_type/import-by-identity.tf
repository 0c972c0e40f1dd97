import {
  to = awscc_customerprofiles_domain_object_type.example
  identity = {
    domain_name      = "domain_name"
    object_type_name = "object_type_name"
  }
}
