import {
  to = awscc_datazone_data_source.example
  identity = {
    domain_id = "domain_id"
    id        = "id"
  }
}
