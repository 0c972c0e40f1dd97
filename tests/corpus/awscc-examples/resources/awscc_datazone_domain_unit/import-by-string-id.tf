import {
  to = awscc_datazone_domain_unit.example
  id = "domain_id|id"
}