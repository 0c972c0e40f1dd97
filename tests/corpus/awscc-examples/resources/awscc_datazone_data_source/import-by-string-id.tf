import {
  to = awscc_datazone_data_source.example
  id = "domain_id|id"
}