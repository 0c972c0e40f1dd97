import {
  to = awscc_datazone_environment.example
  identity = {
    domain_id = "domain_id"
    id        = "id"
  }
}
