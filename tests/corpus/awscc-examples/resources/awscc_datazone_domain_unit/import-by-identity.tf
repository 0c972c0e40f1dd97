import {
  to = awscc_datazone_domain_unit.example
  identity = {
    domain_id = "domain_id"
    id        = "id"
  }
}
