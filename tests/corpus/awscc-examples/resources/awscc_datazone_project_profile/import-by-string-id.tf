import {
  to = awscc_datazone_project_profile.example
  id = "domain_identifier|identifier"
}