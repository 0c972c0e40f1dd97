import {
  to = awscc_datazone_project.example
  id = "domain_id|id"
}