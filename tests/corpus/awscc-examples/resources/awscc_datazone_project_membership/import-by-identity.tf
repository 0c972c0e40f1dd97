import {
  to = awscc_datazone_project_membership.example
  identity = {
    domain_identifier      = "domain_identifier"
    member_identifier      = "member_identifier"
    member_identifier_type = "member_identifier_type"
    project_identifier     = "project_identifier"
  }
}
