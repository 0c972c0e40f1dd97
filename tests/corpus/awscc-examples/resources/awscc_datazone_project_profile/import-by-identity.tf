import {
  to = awscc_datazone_project_profile.example
  identity = {
    domain_identifier = "domain_identifier"
    identifier        = "identifier"
  }
}
