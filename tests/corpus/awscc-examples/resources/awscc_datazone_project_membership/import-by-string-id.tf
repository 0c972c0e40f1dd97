import {
  to = awscc_datazone_project_membership.example
  id = "domain_identifier|member_identifier|member_identifier_type|project_identifier"
}