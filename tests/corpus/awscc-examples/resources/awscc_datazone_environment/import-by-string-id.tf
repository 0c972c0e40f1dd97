import {
  to = awscc_datazone_environment.example
  id = "domain_id|id"
}