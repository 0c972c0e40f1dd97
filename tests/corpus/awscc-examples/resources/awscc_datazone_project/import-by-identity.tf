import {
  to = awscc_datazone_project.example
  identity = {
    domain_id = "domain_id"
    id        = "id"
  }
}
